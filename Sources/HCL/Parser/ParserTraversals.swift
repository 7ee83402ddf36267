extension Parser {
    /// Attribute access, indexing and splats after a term: `a.b[0].*.c[*].d`.
    mutating func parseTraversals(from start: Expression, _ diagnostics: inout [Diagnostic]) -> Expression {
        var result = start
        while true {
            switch stream.peek().kind {
            case .dot:
                let dot = stream.read()
                let next = stream.peek()
                switch next.kind {
                case .identifier:
                    stream.read()
                    result = Expression(
                        .getAttribute(result, name: text(next), nameRange: next.range), range: result.range.through(next.range))
                case .numberLiteral:
                    stream.read()
                    result = legacyIndex(result, dot: dot, number: next, inSplat: false, &diagnostics)
                case .star:
                    result = parseAttributeSplat(source: result, dot: dot, &diagnostics)
                default:
                    diagnostics.append(.error("Invalid attribute name", "An attribute name is required after a dot.", at: next.range))
                    recovering = true
                    return Expression(.invalid, range: result.range.through(dot.range))
                }
            case .openBracket:
                let open = stream.read()
                if stream.peek().kind == .star {
                    stream.read()
                    var close = stream.read()
                    if close.kind != .closeBracket && !recovering {
                        diagnostics.append(.error(
                            "Missing close bracket on splat index",
                            "The star for a full splat operator must be immediately followed by a closing bracket (\"]\").",
                            at: close.range))
                        close = skip(to: .closeBracket)
                    }
                    let item = Expression(.splatItem, range: open.range.through(close.range))
                    let each = parseTraversals(from: item, &diagnostics)
                    result = Expression(.splat(result, each: each, isFull: true), range: result.range.through(each.range))
                    continue
                }
                stream.pushNewlineMode(false)
                var keyDiagnostics: [Diagnostic] = []
                let key = parseExpression(&keyDiagnostics)
                diagnostics.append(contentsOf: keyDiagnostics)
                var close: Token
                if recovering && keyDiagnostics.hasErrors {
                    close = skip(to: .closeBracket)
                } else {
                    close = stream.read()
                    if close.kind != .closeBracket && !recovering {
                        diagnostics.append(.error(
                            "Missing close bracket on index", "The index operator must end with a closing bracket (\"]\").",
                            at: close.range))
                        close = skip(to: .closeBracket)
                    }
                }
                stream.popNewlineMode()
                result = Expression(.index(result, key: key, isLegacyDot: false), range: result.range.through(close.range))
            default:
                return result
            }
        }
    }

    /// `source.0`: the legacy index form; `a.0.1` scans as the number `0.1` and is rejected.
    private mutating func legacyIndex(
        _ source: Expression, dot: Token, number: Token, inSplat: Bool, _ diagnostics: inout [Diagnostic]
    ) -> Expression {
        let literal = text(number)
        let range = source.range.through(number.range)
        if let dotIndex = literal.firstIndex(of: ".") {
            let first = literal[..<dotIndex]
            let second = literal[literal.index(after: dotIndex)...]
            let how = inSplat ? "the proper index syntax with a full splat expression [*] instead" : "the proper index syntax instead"
            diagnostics.append(.error(
                "Invalid legacy index syntax",
                "When using the legacy index syntax, chaining two indexes together is not permitted. Use \(how), like [\(first)][\(second)].",
                at: number.range))
            return Expression(.index(source, key: Expression(.invalid, range: number.range), isLegacyDot: true), range: range)
        }
        let key = numberLiteral(number, &diagnostics)
        return Expression(.index(source, key: key, isLegacyDot: true), range: range)
    }

    /// `source.*.a.b`: the attribute-only splat, which takes only attribute and legacy index steps.
    private mutating func parseAttributeSplat(source: Expression, dot: Token, _ diagnostics: inout [Diagnostic]) -> Expression {
        let star = stream.read()
        var each = Expression(.splatItem, range: dot.range.through(star.range))
        var lastRange = star.range
        while stream.peek().kind == .dot {
            let stepDot = stream.read()
            let next = stream.peek()
            if next.kind == .numberLiteral {
                stream.read()
                each = legacyIndex(each, dot: stepDot, number: next, inSplat: true, &diagnostics)
                lastRange = next.range
                continue
            }
            guard next.kind == .identifier else {
                if !recovering {
                    if next.kind == .star {
                        diagnostics.append(.error(
                            "Nested splat expression not allowed",
                            "A splat expression (*) cannot be used inside another attribute-only splat expression.",
                            at: next.range))
                    } else {
                        diagnostics.append(.error("Invalid attribute name", "An attribute name is required after a dot.", at: next.range))
                    }
                }
                recovering = true
                break
            }
            stream.read()
            each = Expression(.getAttribute(each, name: text(next), nameRange: next.range), range: each.range.through(next.range))
            lastRange = next.range
        }
        return Expression(.splat(source, each: each, isFull: false), range: source.range.through(lastRange))
    }
}
