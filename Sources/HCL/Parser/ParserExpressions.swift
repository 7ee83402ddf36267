extension Parser {
    /// Binary operators from the loosest to the tightest binding; each level is left-associative.
    private static let precedenceLevels: [[TokenKind: BinaryOperator]] = [
        [.or: .or],
        [.and: .and],
        [.equalOp: .equal, .notEqual: .notEqual],
        [.greaterThan: .greaterThan, .greaterThanOrEqual: .greaterThanOrEqual, .lessThan: .lessThan, .lessThanOrEqual: .lessThanOrEqual],
        [.plus: .add, .minus: .subtract],
        [.star: .multiply, .slash: .divide, .percent: .modulo],
    ]

    mutating func parseExpression(_ diagnostics: inout [Diagnostic]) -> Expression {
        parseConditional(&diagnostics)
    }

    private mutating func parseConditional(_ diagnostics: inout [Diagnostic]) -> Expression {
        let startRange = stream.nextRange
        var conditionDiagnostics: [Diagnostic] = []
        let condition = parseBinary(level: 0, &conditionDiagnostics)
        diagnostics.append(contentsOf: conditionDiagnostics)
        if recovering && conditionDiagnostics.hasErrors { return condition }
        guard stream.peek().kind == .question else { return condition }
        stream.read()

        var thenDiagnostics: [Diagnostic] = []
        let thenResult = parseExpression(&thenDiagnostics)
        diagnostics.append(contentsOf: thenDiagnostics)
        if recovering && thenDiagnostics.hasErrors { return condition }

        let colon = stream.peek()
        guard colon.kind == .colon else {
            diagnostics.append(.error(
                "Missing false expression in conditional",
                "The conditional operator (...?...:...) requires a false expression, delimited by a colon.",
                at: colon.range, context: startRange.through(colon.range)))
            return condition
        }
        stream.read()

        var elseDiagnostics: [Diagnostic] = []
        let elseResult = parseExpression(&elseDiagnostics)
        diagnostics.append(contentsOf: elseDiagnostics)
        if recovering && elseDiagnostics.hasErrors { return condition }
        return Expression(
            .conditional(condition, then: thenResult, else: elseResult), range: startRange.through(elseResult.range))
    }

    private mutating func parseBinary(level: Int, _ diagnostics: inout [Diagnostic]) -> Expression {
        guard level < Parser.precedenceLevels.count else { return parseTermWithTraversals(&diagnostics) }
        let operators = Parser.precedenceLevels[level]
        var operandDiagnostics: [Diagnostic] = []
        var result = parseBinary(level: level + 1, &operandDiagnostics)
        diagnostics.append(contentsOf: operandDiagnostics)
        if recovering && operandDiagnostics.hasErrors { return result }
        while let operation = operators[stream.peek().kind] {
            stream.read()
            var rightDiagnostics: [Diagnostic] = []
            let right = parseBinary(level: level + 1, &rightDiagnostics)
            diagnostics.append(contentsOf: rightDiagnostics)
            result = Expression(.binary(operation, result, right), range: result.range.through(right.range))
            if recovering && rightDiagnostics.hasErrors { return result }
        }
        return result
    }

    mutating func parseTermWithTraversals(_ diagnostics: inout [Diagnostic]) -> Expression {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth {
            let token = stream.peek()
            if !recovering {
                diagnostics.append(tooDeep(at: token.range))
            }
            recovering = true
            return Expression(.invalid, range: token.range)
        }
        let term = parseTerm(&diagnostics)
        return parseTraversals(from: term, &diagnostics)
    }

    private mutating func parseTerm(_ diagnostics: inout [Diagnostic]) -> Expression {
        let start = stream.peek()
        switch start.kind {
        case .openParen:
            return parseParenthesized(&diagnostics)
        case .numberLiteral:
            stream.read()
            return numberLiteral(start, &diagnostics)
        case .identifier:
            stream.read()
            let next = stream.peek().kind
            if next == .openParen || next == .doubleColon {
                return parseFunctionCall(name: start, &diagnostics)
            }
            switch text(start) {
            case "true": return Expression(.literal(.bool(true)), range: start.range)
            case "false": return Expression(.literal(.bool(false)), range: start.range)
            case "null": return Expression(.literal(.null), range: start.range)
            case let name: return Expression(.variable(name), range: start.range)
            }
        case .openQuote, .openHeredoc:
            return parseTemplateExpression(&diagnostics)
        case .minus, .bang:
            stream.read()
            let operand = parseTermWithTraversals(&diagnostics)
            let operation: UnaryOperator = start.kind == .minus ? .negate : .not
            return Expression(.unary(operation, operand), range: start.range.through(operand.range))
        case .openBracket:
            return parseTuple(&diagnostics)
        case .openBrace:
            return parseObject(&diagnostics)
        default:
            if !recovering {
                if start.kind == .endOfFile {
                    diagnostics.append(.error(
                        "Missing expression", "Expected the start of an expression, but found the end of the file.",
                        at: start.range))
                } else {
                    diagnostics.append(.error(
                        "Invalid expression", "Expected the start of an expression, but found an invalid expression token.",
                        at: start.range))
                }
            }
            recovering = true
            return Expression(.invalid, range: start.range)
        }
    }

    func tooDeep(at range: SourceRange) -> Diagnostic {
        .error(
            "Nesting too deep",
            "This configuration nests expressions or blocks more than \(Parser.maximumDepth) levels deep. Split it into smaller parts, for example with local values.",
            at: range)
    }

    private mutating func parseParenthesized(_ diagnostics: inout [Diagnostic]) -> Expression {
        let open = stream.read()
        stream.pushNewlineMode(false)
        defer { stream.popNewlineMode() }
        var innerDiagnostics: [Diagnostic] = []
        let inner = parseExpression(&innerDiagnostics)
        diagnostics.append(contentsOf: innerDiagnostics)
        if innerDiagnostics.hasErrors {
            skip(to: .closeParen)
            return inner
        }
        let close = stream.peek()
        if close.kind != .closeParen {
            diagnostics.append(.error(
                "Unbalanced parentheses", "Expected a closing parenthesis to terminate the expression.",
                at: close.range, context: open.range.through(close.range)))
            recovering = true
        }
        let closing = stream.read()
        return Expression(.parenthesized(inner), range: open.range.through(closing.range))
    }

    func numberLiteral(_ token: Token, _ diagnostics: inout [Diagnostic]) -> Expression {
        let literal = text(token)
        if !NumberSyntax.isValid(literal) {
            diagnostics.append(.error(
                "Invalid number literal", "Failed to recognize the value of this number literal.", at: token.range))
            return Expression(.invalid, range: token.range)
        }
        return Expression(.literal(.number(literal)), range: token.range)
    }

    private mutating func parseFunctionCall(name: Token, _ diagnostics: inout [Diagnostic]) -> Expression {
        var open = stream.read()
        var fullName = text(name)
        var nameEnd = name.range
        while open.kind == .doubleColon {
            let part = stream.read()
            guard part.kind == .identifier else {
                diagnostics.append(.error(
                    "Missing function name",
                    "Function scope resolution symbol :: must be followed by a function name in this scope.",
                    at: part.range, context: name.range.through(part.range)))
                skipOver(.openParen)
                return Expression(.invalid, range: name.range.through(part.range))
            }
            fullName += "::" + text(part)
            nameEnd = part.range
            open = stream.read()
        }
        let nameRange = name.range.through(nameEnd)
        guard open.kind == .openParen else {
            diagnostics.append(.error(
                "Missing open parenthesis",
                "Function selector must be followed by an open parenthesis to begin the function call.",
                at: open.range, context: name.range.through(open.range)))
            skipOver(.openParen)
            return Expression(.invalid, range: name.range.through(open.range))
        }

        var arguments: [Expression] = []
        var expandsFinal = false
        var close = open
        stream.pushNewlineMode(false)
        defer { stream.popNewlineMode() }
        loop: while true {
            if stream.peek().kind == .closeParen {
                close = stream.read()
                break
            }
            var argumentDiagnostics: [Diagnostic] = []
            let argument = parseExpression(&argumentDiagnostics)
            arguments.append(argument)
            diagnostics.append(contentsOf: argumentDiagnostics)
            if recovering && argumentDiagnostics.hasErrors {
                let recovered = skip(to: .closeParen)
                close = recovered.kind == .closeParen ? recovered : stream.previousRangeToken
                break
            }
            let separator = stream.read()
            switch separator.kind {
            case .closeParen:
                close = separator
                break loop
            case .ellipsis:
                expandsFinal = true
                if stream.peek().kind != .closeParen {
                    if !recovering {
                        diagnostics.append(.error(
                            "Missing closing parenthesis",
                            "An expanded function argument (with ...) must be immediately followed by closing parentheses.",
                            at: separator.range, context: name.range.through(separator.range)))
                    }
                    close = skip(to: .closeParen)
                } else {
                    close = stream.read()
                }
                break loop
            case .comma:
                if stream.peek().kind == .closeParen {
                    close = stream.read()
                    break loop
                }
            case .endOfFile:
                diagnostics.append(.error(
                    "Unterminated function call",
                    "There is no closing parenthesis for this function call before the end of the file. This may be caused by incorrect parenthesis nesting elsewhere in this file.",
                    at: name.range.through(open.range)))
                close = separator
                recovering = true
                break loop
            default:
                diagnostics.append(.error(
                    "Missing argument separator", "A comma is required to separate each function argument from the next.",
                    at: separator.range, context: name.range.through(separator.range)))
                close = skip(to: .closeParen)
                break loop
            }
        }
        let call = FunctionCall(
            name: fullName, nameRange: nameRange, arguments: arguments, expandsFinalArgument: expandsFinal,
            openParenRange: open.range, closeParenRange: close.range)
        return Expression(.functionCall(call), range: name.range.through(close.range))
    }

    /// Skips to the next `start` bracket and then past its matching closer.
    private mutating func skipOver(_ start: TokenKind) {
        while true {
            let token = stream.read()
            if token.kind == start || token.kind == .endOfFile { break }
        }
        if let closer = Parser.closing(of: start) { skip(to: closer) }
    }

    static func closing(of opener: TokenKind) -> TokenKind? {
        switch opener {
        case .openBrace: .closeBrace
        case .openBracket: .closeBracket
        case .openParen: .closeParen
        case .openQuote: .closeQuote
        case .openHeredoc: .closeHeredoc
        case .templateInterp, .templateControl: .templateSequenceEnd
        default: nil
        }
    }
}

extension TokenStream {
    /// The last token read, for ranges when recovery ended at the end of the file.
    var previousRangeToken: Token {
        tokens[max(0, min(nextIndex, tokens.count) - 1)]
    }
}
