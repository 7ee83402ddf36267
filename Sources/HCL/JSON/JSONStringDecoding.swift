/// Decodes a JSON string token as Go's `encoding/json` does, which HCL relies on: the escapes
/// `\" \\ \/ \b \f \n \r \t \uXXXX` (a UTF-16 surrogate pair makes one character, a lone
/// surrogate becomes U+FFFD), and each byte of broken UTF-8 becomes U+FFFD.
enum JSONStringDecoding {
    /// The decoded bytes, and for each of them (plus one for the end) the file offset of the
    /// source character or escape it came from, so that positions inside the decoded text can
    /// be mapped back into the file.
    struct Decoded {
        var bytes: [UInt8] = []
        var origins: [Int] = []
    }

    /// Decodes the token at `token` (opening quote included). On a syntax error, returns the
    /// offset from the token's start that Go's `SyntaxError` reports: one past the offending
    /// byte, or the token's length when the string is cut short.
    static func decode(_ bytes: [UInt8], token: Range<Int>) -> Result<Decoded, SyntaxError> {
        var decoded = Decoded()
        decoded.bytes.reserveCapacity(token.count)
        decoded.origins.reserveCapacity(token.count + 1)
        let end = token.upperBound
        let truncated = SyntaxError(offset: token.count)
        var index = token.lowerBound + 1
        func append(_ output: [UInt8], from origin: Int) {
            decoded.bytes.append(contentsOf: output)
            decoded.origins.append(contentsOf: repeatElement(origin, count: output.count))
        }
        while true {
            guard index < end else { return .failure(truncated) }
            let b = bytes[index]
            switch b {
            case UInt8(ascii: "\""):
                decoded.origins.append(index)
                return .success(decoded)
            case UInt8(ascii: "\\"):
                guard index + 1 < end else { return .failure(truncated) }
                let selector = bytes[index + 1]
                if let simple = simpleEscape(selector) {
                    append([simple], from: index)
                    index += 2
                    continue
                }
                guard selector == UInt8(ascii: "u") else {
                    return .failure(SyntaxError(offset: index + 2 - token.lowerBound))
                }
                switch hexQuad(bytes, at: index + 2, end: end) {
                case .failure(let bad):
                    return .failure(bad.offset == end ? truncated : SyntaxError(offset: bad.offset + 1 - token.lowerBound))
                case .success(let unit):
                    var scalar = Unicode.Scalar(unit)
                    var length = 6
                    if (0xD800..<0xE000).contains(unit) {
                        scalar = nil
                        if unit < 0xDC00, index + 7 < end, bytes[index + 6] == UInt8(ascii: "\\"),
                            bytes[index + 7] == UInt8(ascii: "u"),
                            case .success(let low) = hexQuad(bytes, at: index + 8, end: end), (0xDC00..<0xE000).contains(low)
                        {
                            scalar = Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
                            length = 12
                        }
                    }
                    append(Array(String(Character(scalar ?? "\u{FFFD}")).utf8), from: index)
                    index += length
                }
            case 0..<0x20:
                return .failure(SyntaxError(offset: index + 1 - token.lowerBound))
            case 0..<0x80:
                append([b], from: index)
                index += 1
            default:
                if let length = wellFormedLength(bytes, at: index, end: end) {
                    append(Array(bytes[index..<(index + length)]), from: index)
                    index += length
                } else {
                    append([0xEF, 0xBF, 0xBD], from: index)
                    index += 1
                }
            }
        }
    }

    /// Where Go's JSON decoder stopped, counted as its `SyntaxError.Offset`.
    struct SyntaxError: Error {
        var offset: Int
    }

    private static func simpleEscape(_ selector: UInt8) -> UInt8? {
        switch selector {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): selector
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
    }

    /// The four hex digits at `start` as a UTF-16 unit, or the offset of the first that is not
    /// a hex digit (`end` when the input stops first).
    private static func hexQuad(_ bytes: [UInt8], at start: Int, end: Int) -> Result<UInt32, HexFailure> {
        var value: UInt32 = 0
        for index in start..<(start + 4) {
            guard index < end else { return .failure(HexFailure(offset: end)) }
            guard let digit = hexValue(bytes[index]) else { return .failure(HexFailure(offset: index)) }
            value = value << 4 | digit
        }
        return .success(value)
    }

    private struct HexFailure: Error {
        var offset: Int
    }

    private static func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// The length of the well-formed UTF-8 sequence at `index` that ends by `end`, or nil when
    /// the bytes there are broken, overlong or a surrogate, as Go's decoder judges them.
    static func wellFormedLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int? {
        guard let (scalar, length) = UTF8Decoding.scalar(bytes, at: index), index + length <= end else { return nil }
        let minimum: UInt32 = switch length {
        case 2: 0x80
        case 3: 0x800
        case 4: 0x10000
        default: 0
        }
        return scalar.value >= minimum ? length : nil
    }
}
