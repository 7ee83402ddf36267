import Values

/// Terraform's `uuid` (random) and `uuidv5` (name-based, SHA-1) functions.
public enum UUIDFunctions {
    public static let all: [String: Function] = [
        "uuid": uuid,
        "uuidv5": uuidv5,
    ]

    /// Sixteen random bytes in the 8-4-4-4-12 layout; like Terraform's, without version bits.
    static let uuid = Function(parameters: [], returns: .string) { _ throws(FunctionError) in
        var generator = SystemRandomNumberGenerator()
        return .string(format((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }))
    }

    static let uuidv5 = Function(
        parameters: [FunctionParameter("namespace", .string), FunctionParameter("name", .string)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let namespaceText = arguments[0].stringValue ?? ""
        let namespace: [UInt8]
        switch namespaceText {
        case "dns": namespace = wellKnown(0x10)
        case "url": namespace = wellKnown(0x11)
        case "oid": namespace = wellKnown(0x12)
        case "x500": namespace = wellKnown(0x14)
        default:
            switch parse(namespaceText) {
            case .success(let bytes): namespace = bytes
            case .failure(let problem):
                throw .call("uuidv5() doesn't support namespace \(namespaceText) (\(problem.message))")
            }
        }
        var bytes = Array(HashAlgorithm.sha1.digest(namespace + Array((arguments[1].stringValue ?? "").utf8)).prefix(16))
        bytes[6] = bytes[6] & 0x0F | 0x50
        bytes[8] = bytes[8] & 0x3F | 0x80
        return .string(format(bytes))
    }

    /// The RFC 4122 namespace `6ba7b8XX-9dad-11d1-80b4-00c04fd430c8`.
    private static func wellKnown(_ last: UInt8) -> [UInt8] {
        [0x6B, 0xA7, 0xB8, last, 0x9D, 0xAD, 0x11, 0xD1, 0x80, 0xB4, 0x00, 0xC0, 0x4F, 0xD4, 0x30, 0xC8]
    }

    /// Lowercase hexadecimal in groups of 8, 4, 4, 4 and 12 digits.
    private static func format(_ bytes: [UInt8]) -> String {
        let hex = DigestEncoding.hex.encode(bytes)
        let groups = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            let start = hex.index(hex.startIndex, offsetBy: range.lowerBound)
            let end = hex.index(hex.startIndex, offsetBy: range.upperBound)
            return String(hex[start..<end])
        }
        return groups.joined(separator: "-")
    }

    /// A UUID in any form Go's `google/uuid` accepts: plain, braced, `urn:uuid:` or 32 digits.
    static func parse(_ text: String) -> Result<[UInt8], UUIDParseError> {
        var bytes = Array(text.utf8)[...]
        switch bytes.count {
        case 36:
            break
        case 45:
            let prefix = bytes.prefix(9)
            guard String(decoding: prefix, as: UTF8.self).lowercased() == "urn:uuid:" else {
                return .failure(UUIDParseError("invalid urn prefix: " + goQuoted(String(decoding: prefix, as: UTF8.self))))
            }
            bytes = bytes.dropFirst(9)
        case 38:
            bytes = bytes.dropFirst()
        case 32:
            return hexPairs(Array(bytes), at: Array(stride(from: 0, to: 32, by: 2)))
        default:
            return .failure(UUIDParseError("invalid UUID length: \(bytes.count)"))
        }
        let dashed = Array(bytes)
        guard [8, 13, 18, 23].allSatisfy({ dashed[$0] == UInt8(ascii: "-") }) else {
            return .failure(UUIDParseError("invalid UUID format"))
        }
        return hexPairs(dashed, at: [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34])
    }

    private static func hexPairs(_ bytes: [UInt8], at offsets: [Int]) -> Result<[UInt8], UUIDParseError> {
        var output: [UInt8] = []
        for offset in offsets {
            guard let high = hexValue(bytes[offset]), let low = hexValue(bytes[offset + 1]) else {
                return .failure(UUIDParseError("invalid UUID format"))
            }
            output.append(high << 4 | low)
        }
        return .success(output)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// Why text is not a UUID, in Go's words.
struct UUIDParseError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
