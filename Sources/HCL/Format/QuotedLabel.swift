/// Reading and writing the text of a quoted block label, so that every label can be rewritten in
/// the one canonical quoted form.
enum QuotedLabel {
    /// The value of the literal text between a label's quotes, or nil if an escape is invalid.
    static func decode(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        let text = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var index = 0
        while index < text.count {
            let scalar = text[index]
            if (scalar == "$" || scalar == "%"), index + 2 < text.count,
               text[index + 1] == scalar, text[index + 2] == "{" {
                scalars.append(scalar)
                scalars.append("{")
                index += 3
                continue
            }
            guard scalar == "\\" else {
                scalars.append(scalar)
                index += 1
                continue
            }
            guard index + 1 < text.count else { return nil }
            let escape = text[index + 1]
            index += 2
            switch escape {
            case "n": scalars.append("\n")
            case "r": scalars.append("\r")
            case "t": scalars.append("\t")
            case "\"": scalars.append("\"")
            case "\\": scalars.append("\\")
            case "u", "U":
                let digits = escape == "u" ? 4 : 8
                guard index + digits <= text.count else { return nil }
                let hex = String(String.UnicodeScalarView(text[index..<(index + digits)]))
                guard let value = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(value) else { return nil }
                scalars.append(decoded)
                index += digits
            default:
                return nil
            }
        }
        return String(scalars)
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
