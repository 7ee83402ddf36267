/// Sets the spacing between neighbouring tokens within the lead and assign cells of each line.
enum Spacing {
    static func apply(to lines: [FormatLine], in tokens: inout [FormatToken]) {
        for line in lines {
            space(line.lead, in: &tokens)
            if let assign = line.assign, let first = assign.first {
                tokens[first].spacesBefore = 1
                space(assign, in: &tokens)
            }
        }
    }

    private static func space(_ cell: Range<Int>, in tokens: inout [FormatToken]) {
        for index in cell.dropLast() {
            let previous = index > cell.lowerBound ? tokens[index - 1] : nil
            let wantsSpace = spaceBetween(tokens[index], tokens[index + 1], following: previous)
            tokens[index + 1].spacesBefore = wantsSpace ? 1 : 0
        }
    }

    /// Whether `subject` and `next` are separated by a space; `previous` is the token before
    /// `subject` in the same cell, if any, and helps tell a negation from a subtraction.
    static func spaceBetween(_ subject: FormatToken, _ next: FormatToken, following previous: FormatToken?) -> Bool {
        let s = subject.kind
        let n = next.kind
        if n == .newline { return false }
        if s == .identifier && n == .openParen { return false }
        if (s == .identifier && n == .doubleColon) || (s == .doubleColon && n == .identifier) { return false }
        if s == .dot || n == .dot { return false }
        if n == .comma || n == .ellipsis { return false }
        if s == .comma { return true }
        if isTemplateText(s) || s == .openQuote || s == .openHeredoc
            || isTemplateText(n) || n == .closeQuote || n == .closeHeredoc {
            return false
        }
        if subject.isIdentifier("in") && previous?.kind == .identifier { return true }
        if n == .openBracket && (s == .identifier || s == .numberLiteral || subject.bracketChange < 0) { return false }
        if s == .bang { return false }
        if s == .minus { return !startsOperand(previous?.kind) }
        if s == .openBrace || n == .closeBrace { return !(s == .openBrace && n == .closeBrace) }
        if (s == .templateInterp || s == .templateControl) && n == .openBrace { return true }
        if s == .closeBrace && n == .templateSequenceEnd { return true }
        if s == .templateSequenceEnd && (n == .templateInterp || n == .templateControl) { return false }
        if subject.bracketChange > 0 { return false }
        if next.bracketChange < 0 { return false }
        return true
    }

    private static func isTemplateText(_ kind: TokenKind) -> Bool {
        kind == .quotedLiteral || kind == .stringLiteral
    }

    /// Whether a `-` after a token of this kind must be a negation (nothing can end an operand
    /// there), so that no space follows it.
    private static func startsOperand(_ kind: TokenKind?) -> Bool {
        guard let kind else { return true }
        switch kind {
        case .openParen, .openBrace, .openBracket, .equal, .colon, .comma, .question,
             .plus, .star, .slash, .percent, .minus,
             .equalOp, .notEqual, .greaterThan, .greaterThanOrEqual, .lessThan, .lessThanOrEqual,
             .and, .or, .bang:
            return true
        default:
            return false
        }
    }
}
