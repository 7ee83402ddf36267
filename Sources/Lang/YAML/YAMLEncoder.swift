import Values

/// Writes a value as YAML exactly as Terraform's `yamlencode` does (go-cty-yaml on go-yaml's
/// emitter): block collections with sorted keys, strings double-quoted (literal blocks for
/// multi-line text), lines folded after 80 columns, and `...` after a bare top-level scalar.
struct YAMLEncoder {
    private var output = ""
    private var column = 0
    private var whitespace = true
    private var indention = true
    private var indent = -1
    private var indents: [Int] = []
    private var openEnded = false
    private static let bestIndent = 2
    private static let bestWidth = 80

    static func encode(_ value: Value) throws(FunctionError) -> String {
        var encoder = YAMLEncoder()
        try encoder.node(value, root: true, mappingContext: false, simpleKey: false)
        encoder.writeIndent()
        if encoder.openEnded {
            encoder.writeIndicator("...", needWhitespace: true, isWhitespace: false, isIndention: false)
            encoder.writeIndent()
        }
        return encoder.output
    }

    // MARK: Nodes

    private mutating func node(_ value: Value, root: Bool, mappingContext: Bool, simpleKey: Bool) throws(FunctionError) {
        if value.isMarked { throw .call("value has marks, so it cannot be serialized") }
        if value.isNull {
            return plainScalar("null", root: root)
        }
        guard value.isKnown else { throw .call("cannot serialize unknown value as YAML") }
        if let text = value.stringValue { return stringScalar(text, simpleKey: simpleKey) }
        if let number = value.numberValue { return plainScalar(number.description, root: root) }
        if let flag = value.boolValue { return plainScalar(flag ? "true" : "false", root: root) }
        if let elements = value.elements {
            guard !elements.isEmpty else { return emptyCollection("[", "]") }
            increaseIndent(flow: false, indentless: mappingContext && !indention)
            for element in elements {
                writeIndent()
                writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
                try node(element, root: false, mappingContext: false, simpleKey: false)
            }
            indent = indents.popLast() ?? -1
            return
        }
        guard let attributes = value.sortedAttributes else { throw .call("cannot serialize \(value.type.friendlyName) as YAML") }
        guard !attributes.isEmpty else { return emptyCollection("{", "}") }
        increaseIndent(flow: false, indentless: false)
        for (key, element) in attributes {
            writeIndent()
            let analysis = Analysis(key)
            if !analysis.multiline && key.utf8.count <= 128 {
                stringScalar(key, simpleKey: true)
                writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
            } else {
                writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                stringScalar(key, simpleKey: false)
                writeIndent()
                writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
            }
            try node(element, root: false, mappingContext: true, simpleKey: false)
        }
        indent = indents.popLast() ?? -1
    }

    private mutating func emptyCollection(_ open: String, _ close: String) {
        writeIndicator(open, needWhitespace: true, isWhitespace: true, isIndention: false)
        writeIndicator(close, needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    private mutating func plainScalar(_ text: String, root: Bool) {
        increaseIndent(flow: true, indentless: false)
        if !whitespace { put(" ") }
        for scalar in text.unicodeScalars { put(scalar) }
        whitespace = false
        indention = false
        if root { openEnded = true }
        indent = indents.popLast() ?? -1
    }

    private mutating func stringScalar(_ text: String, simpleKey: Bool) {
        let analysis = Analysis(text)
        increaseIndent(flow: true, indentless: false)
        if analysis.multiline && analysis.blockAllowed && !simpleKey {
            literalScalar(text)
        } else {
            doubleQuotedScalar(text, allowBreaks: !simpleKey)
        }
        indent = indents.popLast() ?? -1
    }

    // MARK: Writing

    private mutating func put(_ scalar: Unicode.Scalar) {
        output.unicodeScalars.append(scalar)
        column += 1
    }

    private mutating func putBreak() {
        output += "\n"
        column = 0
    }

    private mutating func increaseIndent(flow: Bool, indentless: Bool) {
        indents.append(indent)
        if indent < 0 {
            indent = flow ? Self.bestIndent : 0
        } else if !indentless {
            indent += Self.bestIndent
        }
    }

    private mutating func writeIndent() {
        let target = max(indent, 0)
        if !indention || column > target || (column == target && !whitespace) { putBreak() }
        while column < target { put(" ") }
        whitespace = true
        indention = true
    }

    private mutating func writeIndicator(_ indicator: String, needWhitespace: Bool, isWhitespace: Bool, isIndention: Bool) {
        if needWhitespace && !whitespace { put(" ") }
        for scalar in indicator.unicodeScalars { put(scalar) }
        whitespace = isWhitespace
        indention = indention && isIndention
        openEnded = false
    }

    private mutating func doubleQuotedScalar(_ text: String, allowBreaks: Bool) {
        writeIndicator("\"", needWhitespace: true, isWhitespace: false, isIndention: false)
        let scalars = Array(text.unicodeScalars)
        var spaces = false
        for (index, scalar) in scalars.enumerated() {
            if !Analysis.isPrintable(scalar) || Analysis.isBreak(scalar) || scalar == "\"" || scalar == "\\" {
                put("\\")
                for escaped in Self.escape(scalar).unicodeScalars { put(escaped) }
                spaces = false
            } else if scalar == " " {
                if allowBreaks && !spaces && column > Self.bestWidth && index != 0 && index != scalars.count - 1 {
                    writeIndent()
                    if index + 1 < scalars.count && scalars[index + 1] == " " { put("\\") }
                } else {
                    put(scalar)
                }
                spaces = true
            } else {
                put(scalar)
                spaces = false
            }
        }
        writeIndicator("\"", needWhitespace: false, isWhitespace: false, isIndention: false)
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\0": return "0"
        case "\u{7}": return "a"
        case "\u{8}": return "b"
        case "\t": return "t"
        case "\n": return "n"
        case "\u{B}": return "v"
        case "\u{C}": return "f"
        case "\r": return "r"
        case "\u{1B}": return "e"
        case "\"": return "\""
        case "\\": return "\\"
        case "\u{85}": return "N"
        case "\u{A0}": return "_"
        case "\u{2028}": return "L"
        case "\u{2029}": return "P"
        default:
            let (prefix, width) = scalar.value <= 0xFF ? ("x", 2) : scalar.value <= 0xFFFF ? ("u", 4) : ("U", 8)
            let digits = String(scalar.value, radix: 16, uppercase: true)
            return prefix + String(repeating: "0", count: width - digits.count) + digits
        }
    }

    private mutating func literalScalar(_ text: String) {
        writeIndicator("|", needWhitespace: true, isWhitespace: false, isIndention: false)
        let scalars = Array(text.unicodeScalars)
        if let first = scalars.first, first == " " || Analysis.isBreak(first) {
            writeIndicator(String(Self.bestIndent), needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        if let last = scalars.last, Analysis.isBreak(last) {
            if scalars.count == 1 || Analysis.isBreak(scalars[scalars.count - 2]) {
                writeIndicator("+", needWhitespace: false, isWhitespace: false, isIndention: false)
            }
        } else {
            writeIndicator("-", needWhitespace: false, isWhitespace: false, isIndention: false)
        }
        putBreak()
        indention = true
        whitespace = true
        var breaks = true
        for scalar in scalars {
            if Analysis.isBreak(scalar) {
                if scalar == "\n" {
                    putBreak()
                } else {
                    output.unicodeScalars.append(scalar)
                    column = 0
                }
                indention = true
                breaks = true
            } else {
                if breaks { writeIndent() }
                put(scalar)
                indention = false
                breaks = false
            }
        }
    }

    /// What go-yaml's emitter learns about a string before choosing how to write it.
    private struct Analysis {
        var multiline = false
        var blockAllowed = true

        init(_ text: String) {
            let scalars = Array(text.unicodeScalars)
            var special = false
            var spaceBreak = false
            for (index, scalar) in scalars.enumerated() {
                if !Self.isPrintable(scalar) { special = true }
                if Self.isBreak(scalar) { multiline = true }
                if scalar == " ", index + 1 < scalars.count, Self.isBreak(scalars[index + 1]) { spaceBreak = true }
            }
            let trailingSpace = scalars.last == " "
            blockAllowed = !(special || spaceBreak || trailingSpace)
        }

        /// go-yaml's `is_printable`: line feed, printable ASCII and the BMP outside surrogates,
        /// C1 controls, the byte-order mark and the two non-characters at its end.
        static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar.value {
            case 0x0A, 0x20...0x7E, 0xA0...0xD7FF: true
            case 0xE000...0xFFFD: scalar.value != 0xFEFF
            default: false
            }
        }

        static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\r" || scalar == "\n" || scalar == "\u{85}" || scalar == "\u{2028}" || scalar == "\u{2029}"
        }
    }
}
