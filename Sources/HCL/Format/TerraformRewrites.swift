/// The changes `terraform fmt` makes beyond spacing: block labels in quoted form, values that
/// are a lone interpolation (`"${x}"`) unwrapped, and the legacy type names of top-level
/// `variable` blocks replaced by type expressions.
enum TerraformRewrites {
    /// Applies every rewrite to a valid file's tokens.
    static func apply(to tokens: [FormatToken]) -> [FormatToken] {
        let layout = BodyLayout(tokens: tokens)
        var edits: [(range: Range<Int>, replacement: [FormatToken])] = []
        for block in layout.blocks {
            guard let last = block.labels.last else { continue }
            let labels = block.labels.map { quotedLabel(tokens[$0]) }
            edits.append(((block.typeIndex + 1)..<last.upperBound, labels.flatMap { $0 }))
        }
        for attribute in layout.attributes {
            let value = Array(tokens[attribute.value])
            let isVariableType = attribute.blockPath == ["variable"] && attribute.name == "type"
            let rewritten = isVariableType ? typeExpression(value) : unwrappedInterpolation(value)
            if let rewritten { edits.append((attribute.value, rewritten)) }
        }
        // From the end backwards, so that each range still points at the tokens it was found on;
        // an edit overlapping one already made (impossible for valid input) is skipped.
        var result = tokens
        var limit = tokens.count
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) where edit.range.upperBound <= limit {
            result.replaceSubrange(edit.range, with: edit.replacement)
            limit = edit.range.lowerBound
        }
        return result
    }

    /// A label written as an identifier or a quoted string, in canonical quoted form. A quoted
    /// label that the scanner split into several pieces of text (at a `$` or `%`), or whose escapes
    /// cannot be read, is dropped, as Terraform drops it.
    static func quotedLabel(_ label: ArraySlice<FormatToken>) -> [FormatToken] {
        let value: String
        if label.count == 1, let only = label.first, only.kind == .identifier {
            value = String(decoding: only.bytes, as: UTF8.self)
        } else {
            let inner = label.dropFirst().dropLast()
            guard label.first?.kind == .openQuote, label.last?.kind == .closeQuote,
                  inner.count <= 1, inner.allSatisfy({ $0.kind == .quotedLiteral }),
                  let decoded = QuotedLabel.decode(inner.flatMap(\.bytes)) else { return [] }
            value = decoded
        }
        var result = [FormatToken(kind: .openQuote, text: "\"")]
        let literal = QuotedLabel.encode(value)
        if !literal.isEmpty { result.append(FormatToken(kind: .quotedLiteral, bytes: literal)) }
        result.append(FormatToken(kind: .closeQuote, text: "\""))
        return result
    }

    /// The inner expression of a value that is exactly one interpolation, `"${expression}"`,
    /// or nil when the value is anything else. Newlines just inside the delimiters are dropped,
    /// and an expression still spanning lines is parenthesised so it stays one expression.
    static func unwrappedInterpolation(_ tokens: [FormatToken]) -> [FormatToken]? {
        guard tokens.count >= 5,
              tokens[0].kind == .openQuote, tokens[1].kind == .templateInterp,
              tokens[tokens.count - 2].kind == .templateSequenceEnd,
              tokens[tokens.count - 1].kind == .closeQuote else { return nil }
        let inside = tokens[2..<(tokens.count - 2)]
        var nestedQuotes = 0
        for token in inside {
            switch token.kind {
            case .openQuote: nestedQuotes += 1
            case .closeQuote: nestedQuotes -= 1
            case .templateInterp, .templateSequenceEnd, .quotedLiteral:
                if nestedQuotes <= 0 { return nil }
            default: break
            }
        }
        var trimmed = inside
        while trimmed.first?.kind == .newline { trimmed.removeFirst() }
        while trimmed.last?.kind == .newline { trimmed.removeLast() }
        let spansLines = trimmed.contains { $0.kind == .newline }
        let parenthesised = trimmed.first?.kind == .openParen && trimmed.last?.kind == .closeParen && trimmed.count > 1
        guard spansLines && !parenthesised else { return Array(trimmed) }
        return [FormatToken(kind: .openParen, text: "(")] + trimmed + [FormatToken(kind: .closeParen, text: ")")]
    }

    /// The type expression for a legacy type: `"string"`, `"list"` and `"map"` (whose elements were
    /// strings) and bare `list`, `map` and `set` (whose elements may be anything); nil otherwise.
    static func typeExpression(_ tokens: [FormatToken]) -> [FormatToken]? {
        func collection(_ name: String, of element: String) -> [FormatToken] {
            [FormatToken(kind: .identifier, text: name), FormatToken(kind: .openParen, text: "("),
             FormatToken(kind: .identifier, text: element), FormatToken(kind: .closeParen, text: ")")]
        }
        if tokens.count == 1, tokens[0].kind == .identifier {
            let name = String(decoding: tokens[0].bytes, as: UTF8.self)
            return ["list", "map", "set"].contains(name) ? collection(name, of: "any") : nil
        }
        guard tokens.count == 3, tokens[0].kind == .openQuote, tokens[1].kind == .quotedLiteral,
              tokens[2].kind == .closeQuote else { return nil }
        switch String(decoding: tokens[1].bytes, as: UTF8.self) {
        case "string": return [FormatToken(kind: .identifier, text: "string")]
        case "list": return collection("list", of: "string")
        case "map": return collection("map", of: "string")
        default: return nil
        }
    }
}
