/// Reading and writing the text of a quoted block label, so that every label can be rewritten in
/// the one canonical quoted form.
enum QuotedLabel {
    /// The value of the literal text between a label's quotes, or nil if an escape is invalid.
    static func decode(_ bytes: [UInt8]) -> String? {
        let text = SourceFile(filename: "", bytes: bytes)
        let end = SourcePosition(line: 1, column: 1 + text.text(0..<bytes.count).count, byte: bytes.count)
        let token = Token(kind: .quotedLiteral, range: SourceRange(filename: "", start: .start, end: end))
        var diagnostics: [Diagnostic] = []
        let value = StringLiteral.decode(token, in: text, quoted: true, &diagnostics)
        return diagnostics.isEmpty ? value : nil
    }

    /// The literal text that reads back as `value` between quotes: quotes, backslashes and control
    /// characters escaped, and `${`/`%{` doubled so they stay literal.
    static func encode(_ value: String) -> [UInt8] {
        var output = ""
        let scalars = Array(value.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "$", "%":
                output.unicodeScalars.append(scalar)
                if index + 1 < scalars.count && scalars[index + 1] == "{" {
                    output.unicodeScalars.append(scalar)
                }
            default:
                if isPrintable(scalar) {
                    output.unicodeScalars.append(scalar)
                } else if scalar.value < 0x10000 {
                    output += "\\u" + hex(scalar.value, width: 4)
                } else {
                    output += "\\U" + hex(scalar.value, width: 8)
                }
            }
        }
        return Array(output.utf8)
    }

    /// Printable as Go's `unicode.IsPrint` has it: letters, marks, numbers, punctuation, symbols
    /// and the ASCII space.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }

    private static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
