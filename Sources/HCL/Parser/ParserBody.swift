extension Parser {
    mutating func parseBody(until end: TokenKind, topLevel: Bool = false, diagnostics: inout [Diagnostic]) -> Body {
        let startRange = stream.previousRange
        var items: [BodyItem] = []
        var seen: [String: SourceRange] = [:]
        var endRange = startRange
        itemLoop: while true {
            if topLevel { recovering = false }
            let next = stream.peek()
            if next.kind == end {
                endRange = next.range
                stream.read()
                break
            }
            switch next.kind {
            case .newline:
                stream.read()
            case .identifier:
                guard let item = parseBodyItem(&diagnostics) else { continue }
                if case .attribute(let attribute) = item {
                    if let existing = seen[attribute.name] {
                        diagnostics.append(.error(
                            "Attribute redefined",
                            "The argument \"\(attribute.name)\" was already set at \(existing.displayString). Each argument may be set only once.",
                            at: attribute.nameRange))
                    } else {
                        seen[attribute.name] = attribute.nameRange
                    }
                }
                items.append(item)
            default:
                let bad = stream.read()
                if !recovering {
                    switch bad.kind {
                    case .openQuote:
                        diagnostics.append(.error("Invalid argument name", "Argument names must not be quoted.", at: bad.range))
                    case .endOfFile where end == .closeBrace:
                        diagnostics.append(.error(
                            "Unclosed configuration block",
                            "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                            at: startRange))
                    default:
                        diagnostics.append(.error(
                            "Argument or block definition required",
                            "An argument or block definition is required here.", at: bad.range))
                    }
                }
                endRange = stream.previousRange
                if topLevel {
                    if bad.kind == .endOfFile { break itemLoop }
                    if bad.kind != .newline { skipBodyItem() }
                    continue
                }
                if bad.kind != .endOfFile { skip(to: end) }
                return Body(items: items, range: contentRange(after: startRange, before: endRange))
            }
        }
        return Body(items: items, range: contentRange(after: startRange, before: endRange))
    }

    private func contentRange(after start: SourceRange, before end: SourceRange) -> SourceRange {
        SourceRange(filename: source.filename, start: start.end, end: max(start.end, end.start))
    }

    mutating func parseBodyItem(_ diagnostics: inout [Diagnostic]) -> BodyItem? {
        depth += 1
        defer { depth -= 1 }
        if depth > Parser.maximumDepth {
            if !recovering { diagnostics.append(tooDeep(at: stream.nextRange)) }
            skipBodyItem()
            return nil
        }
        let name = stream.read()
        let next = stream.peek()
        switch next.kind {
        case .equal:
            return .attribute(finishAttribute(name, singleLine: false, &diagnostics))
        case .openQuote, .openBrace, .identifier:
            return finishBlock(name, &diagnostics).map(BodyItem.block)
        default:
            skipBodyItem()
            diagnostics.append(missingEquals(at: name.range))
            return nil
        }
    }

    private func missingEquals(at range: SourceRange) -> Diagnostic {
        .error(
            "Argument or block definition required",
            "An argument or block definition is required here. To set an argument, use the equals sign \"=\" to introduce the argument value.",
            at: range)
    }

    mutating func finishAttribute(_ name: Token, singleLine: Bool, _ diagnostics: inout [Diagnostic]) -> Attribute {
        let equals = stream.read()
        var expressionDiagnostics: [Diagnostic] = []
        let expression = parseExpression(&expressionDiagnostics)
        diagnostics.append(contentsOf: expressionDiagnostics)
        if recovering && expressionDiagnostics.hasErrors {
            skipBodyItem()
        } else if !singleLine {
            let end = stream.peek()
            if end.kind != .newline && end.kind != .endOfFile {
                if !recovering {
                    let comma = end.kind == .comma
                    diagnostics.append(.error(
                        comma ? "Unexpected comma after argument" : "Missing newline after argument",
                        (comma ? "Argument definitions must be separated by newlines, not commas. " : "")
                            + "An argument definition must end with a newline.",
                        at: end.range, context: name.range.through(end.range)))
                }
                skipBodyItem()
            } else {
                stream.read()
            }
        }
        return Attribute(name: text(name), nameRange: name.range, equalsRange: equals.range, expression: expression)
    }

    mutating func finishBlock(_ typeToken: Token, _ diagnostics: inout [Diagnostic]) -> Block? {
        var labels: [BlockLabel] = []
        var openBrace: Token
        while true {
            let token = stream.peek()
            switch token.kind {
            case .openBrace:
                openBrace = stream.read()
            case .openQuote:
                labels.append(parseQuotedLabel(&diagnostics))
                continue
            case .identifier:
                stream.read()
                labels.append(BlockLabel(value: text(token), range: token.range, isQuoted: false))
                continue
            default:
                let context = typeToken.range.through(token.range)
                switch token.kind {
                case .equal:
                    diagnostics.append(.error(
                        "Invalid block definition",
                        "The equals sign \"=\" indicates an argument definition, and must not be used when defining a block.",
                        at: token.range, context: context))
                case .newline:
                    diagnostics.append(.error(
                        "Invalid block definition",
                        "A block definition must have block content delimited by \"{\" and \"}\", starting on the same line as the block header.",
                        at: token.range, context: context))
                default:
                    if !recovering {
                        diagnostics.append(.error(
                            "Invalid block definition",
                            "Either a quoted string block label or an opening brace (\"{\") is expected here.",
                            at: token.range, context: context))
                    }
                }
                skipBodyItem()
                return nil
            }
            break
        }

        let body: Body
        switch stream.peek().kind {
        case .newline, .endOfFile, .closeBrace:
            body = parseBody(until: .closeBrace, diagnostics: &diagnostics)
        default:
            body = parseSingleAttributeBody(after: openBrace, typeToken: typeToken, &diagnostics)
        }
        let closeBraceRange = stream.previousRange

        let end = stream.peek()
        if end.kind == .newline || end.kind == .endOfFile {
            stream.read()
        } else {
            if !recovering {
                diagnostics.append(.error(
                    "Missing newline after block definition", "A block definition must end with a newline.",
                    at: end.range, context: typeToken.range.through(end.range)))
            }
            skipBodyItem()
        }
        return Block(
            type: text(typeToken), typeRange: typeToken.range, labels: labels,
            openBraceRange: openBrace.range, closeBraceRange: closeBraceRange, body: body)
    }

    /// `block { name = value }` on one line: exactly one argument, then the closing brace.
    private mutating func parseSingleAttributeBody(after openBrace: Token, typeToken: Token, _ diagnostics: inout [Diagnostic]) -> Body {
        var items: [BodyItem] = []
        let name = stream.read()
        if name.kind != .identifier {
            skipBodyItem()
            diagnostics.append(.error(
                "Argument or block definition required", "An argument or block definition is required here.",
                at: name.range))
            return Body(items: [], range: openBrace.range.endOnly)
        }
        let next = stream.peek()
        switch next.kind {
        case .equal:
            items.append(.attribute(finishAttribute(name, singleLine: true, &diagnostics)))
        case .openQuote, .openBrace, .identifier:
            skipBodyItem()
            diagnostics.append(.error(
                "Argument definition required",
                "A single-line block definition can contain only a single argument. If you meant to define argument \"\(text(name))\", use an equals sign to assign it a value. To define a nested block, place it on a line of its own within its parent block.",
                at: name.range.through(next.range)))
            return Body(items: [], range: openBrace.range.endOnly)
        default:
            skipBodyItem()
            diagnostics.append(missingEquals(at: name.range))
            return Body(items: [], range: openBrace.range.endOnly)
        }
        let bodyRange = SourceRange(filename: source.filename, start: openBrace.range.end, end: stream.previousRange.end)

        let close = stream.peek()
        switch close.kind {
        case .closeBrace:
            stream.read()
        case .comma:
            diagnostics.append(.error(
                "Invalid single-argument block definition",
                "Single-line block syntax can include only one argument definition. To define multiple arguments, use the multi-line block syntax with one argument definition per line.",
                at: close.range))
            skip(to: .closeBrace)
        case .newline:
            diagnostics.append(.error(
                "Invalid single-argument block definition",
                "An argument definition on the same line as its containing block creates a single-line block definition, which must also be closed on the same line. Place the block's closing brace immediately after the argument definition.",
                at: close.range))
            skip(to: .closeBrace)
        default:
            if !recovering {
                if close.kind == .endOfFile {
                    diagnostics.append(.error(
                        "Unclosed configuration block",
                        "There is no closing brace for this block before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
                        at: openBrace.range, context: typeToken.range.through(openBrace.range)))
                } else {
                    diagnostics.append(.error(
                        "Invalid single-argument block definition",
                        "A single-line block definition must end with a closing brace immediately after its single argument definition.",
                        at: close.range))
                }
            }
            skip(to: .closeBrace)
        }
        return Body(items: items, range: bodyRange)
    }

    /// A block label in quotes: a plain string, no interpolation.
    mutating func parseQuotedLabel(_ diagnostics: inout [Diagnostic]) -> BlockLabel {
        let open = stream.read()
        var value = ""
        var endRange = open.range
        loop: while true {
            let token = stream.read()
            switch token.kind {
            case .closeQuote:
                endRange = token.range
                break loop
            case .quotedLiteral:
                value += StringLiteral.decode(token, in: source, quoted: true, &diagnostics)
            case .templateInterp, .templateControl:
                let sign = token.kind == .templateInterp ? "$" : "%"
                diagnostics.append(.error(
                    "Invalid string literal",
                    "Template sequences are not allowed in this string. To include a literal \"\(sign)\", double it (as \"\(sign)\(sign)\") to escape it.",
                    at: token.range, context: open.range.through(token.range)))
                value += sign + "{ ... }"
                skip(to: .templateSequenceEnd)
            case .endOfFile:
                diagnostics.append(.error(
                    "Unterminated string literal", "Unable to find the closing quote mark before the end of the file.",
                    at: token.range, context: open.range.through(token.range)))
                endRange = token.range
                break loop
            default:
                diagnostics.append(.error(
                    "Invalid string literal", "This item is not valid in a string literal.",
                    at: token.range, context: open.range.through(token.range)))
                skip(to: .closeQuote)
                endRange = token.range
                break loop
            }
        }
        return BlockLabel(value: value, range: open.range.through(endRange), isQuoted: true)
    }
}
