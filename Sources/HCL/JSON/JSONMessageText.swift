/// Helpers for the wording of JSON syntax diagnostics, which HCL builds with Go's `%q` and its
/// first-match name suggestions.
enum JSONMessageText {
    /// The first of `candidates` within edit distance 2 of `given`: HCL's JSON syntax tries its
    /// suggestions in order rather than looking for the closest.
    static func suggestion(near given: String, among candidates: [String]) -> String? {
        candidates.first { NameSuggestion.closest(to: given, among: [$0]) != nil }
    }

    /// `text` quoted as Go's `%q` does: printable characters as they are, the common control
    /// characters as `\n`-style escapes, and other unprintable ones as hex escapes.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            if let escape = shortEscapes[scalar] {
                result += escape
            } else if isPrintable(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                let (prefix, width) = scalar.value < 0x80 ? ("\\x", 2) : scalar.value < 0x10000 ? ("\\u", 4) : ("\\U", 8)
                let hex = String(scalar.value, radix: 16)
                result += prefix + String(repeating: "0", count: max(0, width - hex.count)) + hex
            }
        }
        return result + "\""
    }

    private static let shortEscapes: [Unicode.Scalar: String] = [
        "\"": "\\\"", "\\": "\\\\", "\u{07}": "\\a", "\u{08}": "\\b", "\u{0C}": "\\f", "\n": "\\n", "\r": "\\r",
        "\t": "\\t", "\u{0B}": "\\v",
    ]

    /// Go's `unicode.IsPrint`: the ASCII space, and letters, marks, numbers, punctuation and symbols.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: false
        case .spaceSeparator: scalar == " "
        default: true
        }
    }
}
