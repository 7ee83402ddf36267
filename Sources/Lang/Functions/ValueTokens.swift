import HCL
import Values

/// HCL source text for wholly known values, as hclwrite generates it and `terraform fmt` lays it
/// out: strings quoted with escapes, numbers as shortest decimals, sequences inline `[a, b]`, maps
/// and objects with one `key = value` line per element and their `=` signs aligned.
enum ValueTokens {
    /// The expression text for `value`, which must be wholly known and unmarked.
    static func expression(for value: Value) -> String {
        var writer = Writer(roots: [value])
        writer.output = Array(attributePrefix.utf8)
        writer.write(value)
        let text = writer.formatted()
        guard text.hasPrefix(attributePrefix) else { return text }
        return String(text.dropFirst(attributePrefix.count))
    }

    /// The text of a file that sets each attribute, one `name = value` line each, in the order
    /// given; every name must be an identifier and every value wholly known and unmarked.
    static func attributes(_ attributes: [(name: String, value: Value)]) -> String {
        var writer = Writer(roots: attributes.map(\.value), names: attributes.map(\.name))
        for (name, value) in attributes {
            writer.output += name.utf8
            writer.output += " = ".utf8
            writer.write(value)
            writer.output.append(UInt8(ascii: "\n"))
        }
        return writer.formatted()
    }

    /// Whether `text` is exactly one identifier of the native syntax (letters, digits,
    /// underscores and dashes, not starting with a digit or dash).
    static func isIdentifier(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let tokens = Lexer.tokens(of: SourceFile(filename: "", bytes: bytes))
        return tokens.count == 2 && tokens[0].kind == .identifier && tokens[0].range.byteRange == 0..<bytes.count
    }

    /// An expression is formatted as the value of this attribute, so that it forms a valid file.
    private static let attributePrefix = "v = "

    /// Builds the unformatted text. Tokens the formatter would mistake (a key `for`, which starts
    /// a for expression after `{`, and `+Inf`, whose sign it would space as an operator) are
    /// written as unique identifiers of the same width and put back after formatting.
    private struct Writer {
        /// The values written, and the attribute names written before them.
        let roots: [Value]
        let names: [String]
        var output: [UInt8] = []
        /// Placeholder identifier → the text it stands for.
        var placeholders: [String: String] = [:]
        /// Every name and key in the text, found when the first placeholder is needed.
        var takenNames: Set<String>?

        init(roots: [Value], names: [String] = []) {
            self.roots = roots
            self.names = names
        }

        mutating func write(_ value: Value) {
            if value.isNull {
                output += "null".utf8
            } else if let flag = value.boolValue {
                output += (flag ? "true" : "false").utf8
            } else if let number = value.numberValue {
                let text = number.description
                output += (number.isInfinite ? placeholder(for: text) : text).utf8
            } else if let text = value.stringValue {
                writeQuoted(text)
            } else if let elements = value.elements {
                output.append(UInt8(ascii: "["))
                for (index, element) in elements.enumerated() {
                    if index > 0 { output += ", ".utf8 }
                    write(element)
                }
                output.append(UInt8(ascii: "]"))
            } else if let attributes = value.attributes {
                output.append(UInt8(ascii: "{"))
                if !attributes.isEmpty { output.append(UInt8(ascii: "\n")) }
                for (key, element) in attributes.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                    if key == "for" {
                        output += placeholder(for: key).utf8
                    } else if ValueTokens.isIdentifier(key) {
                        output += key.utf8
                    } else {
                        writeQuoted(key)
                    }
                    output += " = ".utf8
                    write(element)
                    output.append(UInt8(ascii: "\n"))
                }
                output.append(UInt8(ascii: "}"))
            }
        }

        /// A quoted string literal: `\n \r \t \" \\` escaped, `${` and `%{` doubled, and
        /// characters Go does not count as printable written as `\uXXXX` or `\UXXXXXXXX`.
        private mutating func writeQuoted(_ text: String) {
            output.append(UInt8(ascii: "\""))
            var escaped = ""
            var scalars = text.unicodeScalars.makeIterator()
            var next = scalars.next()
            while let scalar = next {
                next = scalars.next()
                switch scalar {
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                case "\t": escaped += "\\t"
                case "\"": escaped += "\\\""
                case "\\": escaped += "\\\\"
                case "$", "%":
                    escaped.unicodeScalars.append(scalar)
                    if next == "{" { escaped.unicodeScalars.append(scalar) }
                default:
                    if isGoPrintable(scalar) {
                        escaped.unicodeScalars.append(scalar)
                    } else if scalar.value < 0x10000 {
                        escaped += "\\u" + hexDigits(scalar.value, width: 4)
                    } else {
                        escaped += "\\U" + hexDigits(scalar.value, width: 8)
                    }
                }
            }
            output += escaped.utf8
            output.append(UInt8(ascii: "\""))
        }

        /// A fresh identifier as wide as `text` that stands for it, or `text` itself in the
        /// (practically impossible) case that every candidate is taken.
        private mutating func placeholder(for text: String) -> String {
            let taken = takenNames ?? Self.keys(in: roots).union(names)
            takenNames = taken
            let digits = text.count - 1
            var candidate = 0
            while true {
                let suffix = String(candidate, radix: 36)
                guard suffix.count <= digits else { return text }
                let name = "p" + String(repeating: "0", count: digits - suffix.count) + suffix
                if !taken.contains(name) && placeholders[name] == nil {
                    placeholders[name] = text
                    return name
                }
                candidate += 1
            }
        }

        private static func keys(in values: [Value]) -> Set<String> {
            var keys = Set<String>()
            var pending = values
            while let current = pending.popLast() {
                if let elements = current.elements { pending += elements }
                if let attributes = current.attributes {
                    keys.formUnion(attributes.keys)
                    pending += attributes.values
                }
            }
            return keys
        }

        /// The text laid out by the formatter, with placeholders replaced; the text as written
        /// if the formatter cannot read it (nesting deeper than the parser accepts).
        func formatted() -> String {
            guard case .formatted(let bytes) = Formatter.format(SourceFile(filename: "", bytes: output)) else {
                return String(decoding: output, as: UTF8.self)
            }
            guard !placeholders.isEmpty else { return String(decoding: bytes, as: UTF8.self) }
            var result: [UInt8] = []
            var copied = 0
            for token in Lexer.tokens(of: SourceFile(filename: "", bytes: bytes)) where token.kind == .identifier {
                let range = token.range.byteRange
                guard let original = placeholders[String(decoding: bytes[range], as: UTF8.self)] else { continue }
                result += bytes[copied..<range.lowerBound]
                result += original.utf8
                copied = range.upperBound
            }
            result += bytes[copied...]
            return String(decoding: result, as: UTF8.self)
        }
    }
}
