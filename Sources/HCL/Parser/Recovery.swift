extension Parser {
    /// Skips forward past the token `end`, counting nested pairs of the same bracket, and returns
    /// the token it stopped at (`end`, or end-of-file).
    @discardableResult
    mutating func skip(to end: TokenKind) -> Token {
        let opener = Parser.opening(of: end)
        recovering = true
        var depth = 0
        while true {
            let token = stream.read()
            var kind = token.kind
            if end == .templateSequenceEnd && kind == .templateControl { kind = .templateInterp }
            if kind == .endOfFile { return token }
            if kind == end {
                if depth < 1 { return token }
                depth -= 1
            } else if let opener, kind == opener {
                depth += 1
            }
        }
    }

    /// Skips to the end of the current body item: the next newline outside any brackets.
    mutating func skipBodyItem() {
        recovering = true
        var open: [TokenKind] = []
        while true {
            let token = stream.read()
            switch token.kind {
            case .newline where open.isEmpty, .endOfFile:
                return
            case .openBrace, .openBracket, .openParen, .openQuote, .openHeredoc, .templateInterp, .templateControl:
                open.append(token.kind)
            case .closeBrace, .closeBracket, .closeParen, .closeQuote, .closeHeredoc:
                let opener = Parser.opening(of: token.kind)
                while let last = open.last, last != opener { open.removeLast() }
                if !open.isEmpty { open.removeLast() }
            case .templateSequenceEnd:
                while let last = open.last, last != .templateInterp, last != .templateControl { open.removeLast() }
                if !open.isEmpty { open.removeLast() }
            default:
                break
            }
        }
    }

    static func opening(of closer: TokenKind) -> TokenKind? {
        switch closer {
        case .closeBrace: .openBrace
        case .closeBracket: .openBracket
        case .closeParen: .openParen
        case .closeQuote: .openQuote
        case .closeHeredoc: .openHeredoc
        case .templateSequenceEnd: .templateInterp
        default: nil
        }
    }
}
