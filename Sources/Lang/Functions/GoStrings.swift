/// Go's `strings` package operations on UTF-8 bytes, as Terraform's string functions use them:
/// matching is byte for byte and splitting is by Unicode scalar, never by grapheme cluster.
enum GoStrings {
    /// Every occurrence of `old` replaced by `new`; an empty `old` matches before every scalar
    /// and at the end (Go's `strings.ReplaceAll`).
    static func replacingAll(_ text: String, _ old: String, with new: String) -> String {
        if old == new { return text }
        if old.isEmpty {
            var result = new
            for scalar in text.unicodeScalars {
                result.unicodeScalars.append(scalar)
                result += new
            }
            return result
        }
        let source = Array(text.utf8)
        let pattern = Array(old.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(source.count)
        var start = 0
        while let match = firstIndex(of: pattern, in: source, from: start) {
            result.append(contentsOf: source[start..<match])
            result.append(contentsOf: new.utf8)
            start = match + pattern.count
        }
        result.append(contentsOf: source[start...])
        return String(decoding: result, as: UTF8.self)
    }

    /// The pieces of `text` between occurrences of `separator`; an empty separator splits into
    /// single scalars (Go's `strings.Split`).
    static func split(_ text: String, separator: String) -> [String] {
        if separator.isEmpty {
            return text.unicodeScalars.map { String($0) }
        }
        let source = Array(text.utf8)
        let pattern = Array(separator.utf8)
        var pieces: [String] = []
        var start = 0
        while let match = firstIndex(of: pattern, in: source, from: start) {
            pieces.append(String(decoding: source[start..<match], as: UTF8.self))
            start = match + pattern.count
        }
        pieces.append(String(decoding: source[start...], as: UTF8.self))
        return pieces
    }

    static func contains(_ text: String, _ part: String) -> Bool {
        part.isEmpty || firstIndex(of: Array(part.utf8), in: Array(text.utf8), from: 0) != nil
    }

    static func hasPrefix(_ text: String, _ prefix: String) -> Bool {
        text.utf8.starts(with: prefix.utf8)
    }

    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        text.utf8.reversed().starts(with: suffix.utf8.reversed())
    }

    static func trimmingPrefix(_ text: String, _ prefix: String) -> String {
        guard !prefix.isEmpty, hasPrefix(text, prefix) else { return text }
        return String(decoding: text.utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
    }

    static func trimmingSuffix(_ text: String, _ suffix: String) -> String {
        guard !suffix.isEmpty, hasSuffix(text, suffix) else { return text }
        return String(decoding: text.utf8.dropLast(suffix.utf8.count), as: UTF8.self)
    }

    /// `text` without the leading and trailing scalars that satisfy `shouldTrim`.
    static func trimming(_ text: String, where shouldTrim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !shouldTrim($0) }),
              let last = scalars.lastIndex(where: { !shouldTrim($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// `text` without the trailing scalars that satisfy `shouldTrim`.
    static func trimmingTrailing(_ text: String, where shouldTrim: (Unicode.Scalar) -> Bool) -> String {
        let scalars = text.unicodeScalars
        guard let last = scalars.lastIndex(where: { !shouldTrim($0) }) else { return "" }
        return String(scalars[...last])
    }

    /// Go's `unicode.IsSpace`: the Unicode White_Space property.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    private static func firstIndex(of pattern: [UInt8], in source: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, source.count - start >= pattern.count else { return nil }
        let first = pattern[0]
        var index = start
        let lastStart = source.count - pattern.count
        while index <= lastStart {
            if source[index] == first, source[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }
}
