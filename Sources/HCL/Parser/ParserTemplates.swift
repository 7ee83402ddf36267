extension Parser {
    /// A flat piece of a template before directives are nested.
    enum TemplateToken {
        case literal(String, SourceRange)
        case interpolation(Expression, SourceRange)
        case ifOpen(Expression, SourceRange)
        case forOpen(key: String?, value: String, collection: Expression, SourceRange)
        case elseMarker(SourceRange)
        case endIf(SourceRange)
        case endFor(SourceRange)
        case end(SourceRange)

        var range: SourceRange {
            switch self {
            case .literal(_, let r), .interpolation(_, let r), .ifOpen(_, let r), .forOpen(_, _, _, let r),
                .elseMarker(let r), .endIf(let r), .endFor(let r), .end(let r):
                r
            }
        }
    }

    /// A quoted string or heredoc.
    mutating func parseTemplateExpression(_ diagnostics: inout [Diagnostic]) -> Expression {
        let open = stream.read()
        let flush = open.kind == .openHeredoc && source.text(open.range).hasPrefix("<<-")
        let closer: TokenKind = open.kind == .openQuote ? .closeQuote : .closeHeredoc
        let template = parseTemplate(until: closer, flush: flush, &diagnostics)
        return Expression(.template(template), range: open.range.through(stream.previousRange))
    }

    mutating func parseTemplate(until end: TokenKind, flush: Bool, _ diagnostics: inout [Diagnostic]) -> Template {
        var tokens = parseTemplateTokens(until: end, &diagnostics)
        if flush { TemplateIndentation.flush(&tokens) }
        TemplateIndentation.meldLiterals(&tokens)
        var builder = TemplateBuilder(tokens: tokens)
        return builder.build(&diagnostics)
    }

    private mutating func parseTemplateTokens(until end: TokenKind, _ diagnostics: inout [Diagnostic]) -> [TemplateToken] {
        var parts: [TemplateToken] = []
        let startRange = stream.nextRange
        var trimNextLeft = false
        var nextCanTrimPrevious = false
        var endRange = startRange
        loop: while true {
            let next = stream.read()
            if next.kind == end {
                endRange = next.range
                break
            }
            let trimLeft = trimNextLeft
            trimNextLeft = false
            let canTrimPrevious = nextCanTrimPrevious
            nextCanTrimPrevious = false

            switch next.kind {
            case .quotedLiteral, .stringLiteral:
                var value = StringLiteral.decode(next, in: source, quoted: next.kind == .quotedLiteral, &diagnostics)
                if trimLeft { value = String(value.drop(while: \.isWhitespaceForTrim)) }
                parts.append(.literal(value, next.range))
                nextCanTrimPrevious = true
            case .templateInterp:
                if canTrimPrevious && stripsBefore(next) { trimTrailingWhitespace(&parts) }
                stream.pushNewlineMode(false)
                var expressionDiagnostics: [Diagnostic] = []
                let expression = parseExpression(&expressionDiagnostics)
                diagnostics.append(contentsOf: expressionDiagnostics)
                let close = stream.peek()
                if close.kind != .templateSequenceEnd {
                    if !recovering {
                        diagnostics.append(unclosedInterpolation(close, start: startRange, end: end))
                    }
                    skip(to: .templateSequenceEnd)
                } else {
                    stream.read()
                    trimNextLeft = stripsAfter(close)
                }
                stream.popNewlineMode()
                parts.append(.interpolation(expression, next.range.through(close.range)))
            case .templateControl:
                if canTrimPrevious && stripsBefore(next) { trimTrailingWhitespace(&parts) }
                stream.pushNewlineMode(false)
                defer { stream.popNewlineMode() }
                guard let directive = parseDirective(opener: next, start: startRange, &diagnostics) else { continue loop }
                parts.append(directive)
                let close = stream.peek()
                if close.kind != .templateSequenceEnd {
                    if !recovering {
                        let keyword = directiveKeyword(directive)
                        diagnostics.append(.error(
                            "Extra characters in \(keyword) marker",
                            "Expected a closing brace to end the sequence, but found extra characters.",
                            at: close.range, context: startRange.through(close.range)))
                    }
                    skip(to: .templateSequenceEnd)
                } else {
                    stream.read()
                    trimNextLeft = stripsAfter(close)
                }
            default:
                if !recovering {
                    diagnostics.append(.error(
                        "Unterminated template string", "No closing marker was found for the string.",
                        at: next.range, context: startRange.through(next.range)))
                }
                let final = next.kind == .endOfFile ? next : skip(to: end)
                endRange = final.range
                break loop
            }
        }
        if parts.isEmpty {
            parts.append(.literal("", startRange.startOnly))
        }
        parts.append(.end(endRange))
        return parts
    }

    private func directiveKeyword(_ directive: TemplateToken) -> String {
        switch directive {
        case .ifOpen: "if"
        case .forOpen: "for"
        case .elseMarker: "else"
        case .endIf: "endif"
        case .endFor: "endfor"
        default: "template"
        }
    }

    private func unclosedInterpolation(_ close: Token, start: SourceRange, end: TokenKind) -> Diagnostic {
        switch close.kind {
        case .endOfFile:
            return .error(
                "Unclosed template interpolation sequence",
                "There is no closing brace for this interpolation sequence before the end of the file. This might be caused by incorrect nesting inside the given expression.",
                at: start)
        case .colon:
            return .error(
                "Extra characters after interpolation expression",
                "Template interpolation doesn't expect a colon at this location. Did you intend this to be a literal sequence to be processed as part of another language? If so, you can escape it by starting with \"$${\" instead of just \"${\".",
                at: close.range, context: start.through(close.range))
        case .closeQuote where end == .closeQuote, .openQuote where end == .closeQuote:
            return .error(
                "Unclosed template interpolation sequence",
                "There is no closing brace for this interpolation sequence before the end of the quoted template. This might be caused by incorrect nesting inside the given expression.",
                at: start)
        default:
            return .error(
                "Extra characters after interpolation expression",
                "Expected a closing brace to end the interpolation expression, but found extra characters.\n\nThis can happen when you include interpolation syntax for another language, such as shell scripting, but forget to escape the interpolation start token. If this is an embedded sequence for another language, escape it by starting with \"$${\" instead of just \"${\".",
                at: close.range, context: start.through(close.range))
        }
    }

    /// The directive after `%{`: `if cond`, `else`, `endif`, `for k, v in coll`, `endfor`.
    private mutating func parseDirective(opener: Token, start: SourceRange, _ diagnostics: inout [Diagnostic]) -> TemplateToken? {
        let keyword = stream.peek()
        guard keyword.kind == .identifier else {
            if !recovering {
                diagnostics.append(.error(
                    "Invalid template directive",
                    "A template directive keyword (\"if\", \"for\", etc) is expected at the beginning of a %{ sequence.",
                    at: keyword.range, context: opener.range.through(keyword.range)))
            }
            skip(to: .templateSequenceEnd)
            return nil
        }
        stream.read()
        func rangeToHere(_ parser: Parser) -> SourceRange { opener.range.through(parser.stream.nextRange) }
        switch text(keyword) {
        case "if":
            let condition = parseExpression(&diagnostics)
            return .ifOpen(condition, rangeToHere(self))
        case "else":
            return .elseMarker(rangeToHere(self))
        case "endif":
            return .endIf(rangeToHere(self))
        case "endfor":
            return .endFor(rangeToHere(self))
        case "for":
            func fail(_ detail: String, _ parser: inout Parser, _ diagnostics: inout [Diagnostic]) -> TemplateToken? {
                if !parser.recovering {
                    diagnostics.append(.error("Invalid 'for' directive", detail, at: parser.stream.nextRange))
                }
                parser.skip(to: .templateSequenceEnd)
                return nil
            }
            guard stream.peek().kind == .identifier else {
                return fail("For directive requires variable name after 'for'.", &self, &diagnostics)
            }
            var key: String?
            var value = text(stream.read())
            if stream.peek().kind == .comma {
                stream.read()
                key = value
                guard stream.peek().kind == .identifier else {
                    return fail("For directive requires value variable name after comma.", &self, &diagnostics)
                }
                value = text(stream.read())
            }
            guard isKeyword("in", stream.peek()) else {
                return fail("For directive requires 'in' keyword after names.", &self, &diagnostics)
            }
            stream.read()
            let collection = parseExpression(&diagnostics)
            return .forOpen(key: key, value: value, collection: collection, rangeToHere(self))
        case let given:
            if !recovering {
                let suggestion = NameSuggestion.closest(to: given, among: ["if", "for", "else", "endif", "endfor"])
                    .map { " Did you mean \"\($0)\"?" } ?? ""
                diagnostics.append(.error(
                    "Invalid template control keyword", "\"\(given)\" is not a valid template control keyword.\(suggestion)",
                    at: keyword.range, context: opener.range.through(keyword.range)))
            }
            skip(to: .templateSequenceEnd)
            return nil
        }
    }

    private func stripsBefore(_ opener: Token) -> Bool {
        opener.range.end.byte - opener.range.start.byte == 3
    }

    private func stripsAfter(_ closer: Token) -> Bool {
        closer.range.end.byte - closer.range.start.byte == 2
    }

    private func trimTrailingWhitespace(_ parts: inout [TemplateToken]) {
        guard let last = parts.last, case .literal(let value, let range) = last else { return }
        var trimmed = Substring(value)
        while let character = trimmed.last, character.isWhitespaceForTrim { trimmed = trimmed.dropLast() }
        parts[parts.count - 1] = .literal(String(trimmed), range)
    }
}

extension Character {
    /// Whitespace as template strip markers and heredoc indentation understand it.
    var isWhitespaceForTrim: Bool {
        unicodeScalars.allSatisfy { $0.properties.isWhitespace }
    }
}
