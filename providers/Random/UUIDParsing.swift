import Values
import ProviderKit

/// UUID text read as the Go libraries behind `random_uuid` (hashicorp/go-uuid) and
/// `random_uuid4`/`random_uuid7` (google/uuid) read it, with their error messages.
enum UUIDParsing {
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    /// go-uuid: exactly `8-4-4-4-12` hex digits.
    static func hashicorp(_ text: String) throws(ParseError) -> [UInt8] {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { throw ParseError(description: "uuid string is wrong length") }
        guard [8, 13, 18, 23].allSatisfy({ bytes[$0] == UInt8(ascii: "-") }) else {
            throw ParseError(description: "uuid is improperly formatted")
        }
        let digits = bytes.enumerated().filter { ![8, 13, 18, 23].contains($0.offset) }.map(\.element)
        var result: [UInt8] = []
        for index in stride(from: 0, to: digits.count, by: 2) {
            for byte in digits[index...index + 1] where hexValue(byte) == nil {
                throw ParseError(description: "encoding/hex: invalid byte: " + codePointText(byte))
            }
            result.append(byteValue(digits[index], digits[index + 1]) ?? 0)
        }
        return result
    }

    /// google/uuid: `8-4-4-4-12` hex digits, optionally as a `urn:uuid:` or in braces, or 32
    /// hex digits alone.
    static func google(_ text: String) throws(ParseError) -> [UInt8] {
        var bytes = Array(text.utf8)
        let invalidFormat = ParseError(description: "invalid UUID format")
        switch bytes.count {
        case 36:
            break
        case 45:
            let prefix = String(decoding: bytes[0..<9], as: UTF8.self)
            guard prefix.lowercased() == "urn:uuid:" else { throw ParseError(description: "invalid urn prefix: " + goQuoted(prefix)) }
            bytes.removeFirst(9)
        case 38:
            bytes.removeFirst()
        case 32:
            var result: [UInt8] = []
            for index in stride(from: 0, to: 32, by: 2) {
                guard let byte = byteValue(bytes[index], bytes[index + 1]) else { throw invalidFormat }
                result.append(byte)
            }
            return result
        default:
            throw ParseError(description: "invalid UUID length: \(bytes.count)")
        }
        guard [8, 13, 18, 23].allSatisfy({ bytes[$0] == UInt8(ascii: "-") }) else { throw invalidFormat }
        var result: [UInt8] = []
        for index in [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34] {
            guard let byte = byteValue(bytes[index], bytes[index + 1]) else { throw invalidFormat }
            result.append(byte)
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    private static func byteValue(_ high: UInt8, _ low: UInt8) -> UInt8? {
        guard let high = hexValue(high), let low = hexValue(low) else { return nil }
        return high << 4 | low
    }

    /// Go's `%#U` of a byte taken as a code point: `U+0067 'g'`.
    private static func codePointText(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: 4 - hex.count) + hex
        let printable = (0x20..<0x7F).contains(byte) || byte >= 0xA0
        return printable ? code + " '" + String(Character(Unicode.Scalar(byte))) + "'" : code
    }
}
