/// Decodes the text of a literal token: backslash escapes (in quoted strings only) and the
/// `$${` / `%%{` escapes of template sequences.
enum StringLiteral {
    static func decode(_ token: Token, in source: SourceFile, quoted: Bool, _ diagnostics: inout [Diagnostic]) -> String {
        let bytes = source.bytes[token.range.byteRange]
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let b = bytes[index]
            if quoted && b == UInt8(ascii: "\\") {
                index = decodeEscape(bytes, at: index, token: token, source: source, into: &result, &diagnostics)
                continue
            }
            if (b == UInt8(ascii: "$") || b == UInt8(ascii: "%")) && index + 2 < bytes.endIndex
                && bytes[index + 1] == b && bytes[index + 2] == UInt8(ascii: "{")
            {
                result.append(b)
                result.append(UInt8(ascii: "{"))
                index += 3
                continue
            }
            result.append(b)
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Decodes one escape at `start` (a backslash) and returns the index after it.
    private static func decodeEscape(
        _ bytes: ArraySlice<UInt8>, at start: Int, token: Token, source: SourceFile, into result: inout [UInt8],
        _ diagnostics: inout [Diagnostic]
    ) -> Int {
        func range(_ end: Int) -> SourceRange {
            let startColumn = token.range.start.column + source.text(token.range.start.byte..<start).count
            let endColumn = startColumn + source.text(start..<end).count
            return SourceRange(
                filename: token.range.filename,
                start: SourcePosition(line: token.range.start.line, column: startColumn, byte: start),
                end: SourcePosition(line: token.range.start.line, column: endColumn, byte: end))
        }
        guard start + 1 < bytes.endIndex else {
            diagnostics.append(.error(
                "Invalid escape sequence", "Backslash must be followed by an escape sequence selector character.",
                at: range(start + 1)))
            return start + 1
        }
        let selector = bytes[start + 1]
        switch selector {
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "\""): result.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): result.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let wanted = selector == UInt8(ascii: "u") ? 4 : 8
            var end = start + 2
            while end < bytes.endIndex, end - start - 2 < wanted, isHexDigit(bytes[end]) { end += 1 }
            guard end - start - 2 == wanted else {
                let detail = wanted == 4
                    ? "The \\u escape sequence must be followed by four hexadecimal digits."
                    : "The \\U escape sequence must be followed by eight hexadecimal digits."
                diagnostics.append(.error("Invalid escape sequence", detail, at: range(end)))
                result.append(contentsOf: bytes[start..<end])
                return end
            }
            let hex = String(decoding: bytes[(start + 2)..<end], as: UTF8.self)
            guard let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                let code = String(UInt32(hex, radix: 16) ?? 0, radix: 16)
                diagnostics.append(.error(
                    "Invalid escape sequence",
                    "Cannot encode character U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) in UTF-8.",
                    at: range(end)))
                return end
            }
            result.append(contentsOf: Array(String(Character(scalar)).utf8))
            return end
        default:
            var end = start + 2
            while end < bytes.endIndex && bytes[end] & 0xC0 == 0x80 { end += 1 }
            let symbol = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
            diagnostics.append(.error(
                "Invalid escape sequence", "The symbol \"\(symbol)\" is not a valid escape sequence selector.",
                at: range(end)))
            result.append(contentsOf: bytes[(start + 1)..<end])
            return end
        }
        return start + 2
    }

    private static func isHexDigit(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "f"))
            || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "F"))
    }
}
