extension Parser {
    mutating func parseTuple(_ diagnostics: inout [Diagnostic]) -> Expression {
        let open = stream.read()
        stream.pushNewlineMode(false)
        defer { stream.popNewlineMode() }
        if isKeyword("for", stream.peek()) { return finishForExpression(open: open, &diagnostics) }

        var elements: [Expression] = []
        var close: Token
        while true {
            if stream.peek().kind == .closeBracket {
                close = stream.read()
                break
            }
            var elementDiagnostics: [Diagnostic] = []
            let element = parseExpression(&elementDiagnostics)
            elements.append(element)
            diagnostics.append(contentsOf: elementDiagnostics)
            if recovering && elementDiagnostics.hasErrors {
                close = skip(to: .closeBracket)
                break
            }
            let next = stream.peek()
            if next.kind == .closeBracket {
                close = stream.read()
                break
            }
            if next.kind != .comma {
                if !recovering {
                    if next.kind == .endOfFile {
                        diagnostics.append(.error(
                            "Unterminated tuple constructor expression",
                            "There is no corresponding closing bracket before the end of the file. This may be caused by incorrect bracket nesting elsewhere in this file.",
                            at: open.range))
                    } else {
                        diagnostics.append(.error(
                            "Missing item separator", "Expected a comma to mark the beginning of the next item.",
                            at: next.range, context: open.range.through(next.range)))
                    }
                }
                close = skip(to: .closeBracket)
                break
            }
            stream.read()
        }
        return Expression(.tuple(elements), range: open.range.through(close.range))
    }

    mutating func parseObject(_ diagnostics: inout [Diagnostic]) -> Expression {
        let open = stream.read()
        stream.pushNewlineMode(false)
        let isFor = isKeyword("for", stream.peek())
        stream.popNewlineMode()
        if isFor {
            stream.pushNewlineMode(false)
            defer { stream.popNewlineMode() }
            return finishForExpression(open: open, &diagnostics)
        }
        stream.pushNewlineMode(true)
        defer { stream.popNewlineMode() }

        var items: [ObjectItem] = []
        var close: Token
        while true {
            let next = stream.peek()
            if next.kind == .newline {
                stream.read()
                continue
            }
            if next.kind == .closeBrace {
                close = stream.read()
                break
            }
            let parenthesized = next.kind == .openParen
            var keyDiagnostics: [Diagnostic] = []
            let keyExpression = parseExpression(&keyDiagnostics)
            diagnostics.append(contentsOf: keyDiagnostics)
            if recovering && keyDiagnostics.hasErrors {
                close = skip(to: .closeBrace)
                break
            }
            let key: ObjectKey
            if !parenthesized, case .variable(let name) = keyExpression.kind {
                key = .name(name, range: keyExpression.range)
            } else {
                key = .expression(keyExpression)
            }

            let separator = stream.peek()
            if separator.kind != .equal && separator.kind != .colon {
                if !recovering {
                    let context = open.range.through(separator.range)
                    switch separator.kind {
                    case .newline, .comma:
                        diagnostics.append(.error(
                            "Missing attribute value", "Expected an attribute value, introduced by an equals sign (\"=\").",
                            at: separator.range, context: context))
                    case .identifier:
                        diagnostics.append(.error(
                            "Missing key/value separator",
                            "Expected an equals sign (\"=\") to mark the beginning of the attribute value. If you intended to given an attribute name containing periods or spaces, write the name in quotes to create a string literal.",
                            at: separator.range, context: context))
                    case .endOfFile:
                        diagnostics.append(unterminatedObject(open))
                    default:
                        diagnostics.append(.error(
                            "Missing key/value separator", "Expected an equals sign (\"=\") to mark the beginning of the attribute value.",
                            at: separator.range, context: context))
                    }
                }
                close = skip(to: .closeBrace)
                break
            }
            stream.read()

            var valueDiagnostics: [Diagnostic] = []
            let value = parseExpression(&valueDiagnostics)
            diagnostics.append(contentsOf: valueDiagnostics)
            items.append(ObjectItem(key: key, value: value))
            if recovering && valueDiagnostics.hasErrors {
                close = skip(to: .closeBrace)
                break
            }
            let after = stream.peek()
            if after.kind == .closeBrace {
                close = stream.read()
                break
            }
            if after.kind != .comma && after.kind != .newline {
                if !recovering {
                    if after.kind == .endOfFile {
                        diagnostics.append(unterminatedObject(open))
                    } else {
                        diagnostics.append(.error(
                            "Missing attribute separator", "Expected a newline or comma to mark the beginning of the next attribute.",
                            at: after.range, context: open.range.through(after.range)))
                    }
                }
                close = skip(to: .closeBrace)
                break
            }
            stream.read()
        }
        return Expression(.object(items), range: open.range.through(close.range))
    }

    private func unterminatedObject(_ open: Token) -> Diagnostic {
        .error(
            "Unterminated object constructor expression",
            "There is no corresponding closing brace before the end of the file. This may be caused by incorrect brace nesting elsewhere in this file.",
            at: open.range)
    }

    func isKeyword(_ keyword: String, _ token: Token) -> Bool {
        token.kind == .identifier && text(token) == keyword
    }
}
