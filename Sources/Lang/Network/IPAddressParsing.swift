/// Reading addresses the way Terraform's `ipaddr` package does: Go's older parser, which still
/// accepts leading zeros in IPv4 parts (`010.0.0.1` is 10.0.0.1) and in IPv6 groups.
extension IPAddress {
    /// Go's limit for a decimal or hexadecimal part, beyond which the part is rejected.
    private static let partLimit = 0xFF_FFFF

    /// A dotted-decimal IPv4 address in its 4-byte form, or nil.
    static func parseIPv4(_ text: ArraySlice<UInt8>) -> IPAddress? {
        var parts: [UInt8] = []
        var rest = text
        for index in 0..<4 {
            if index > 0 {
                guard rest.first == UInt8(ascii: ".") else { return nil }
                rest = rest.dropFirst()
            }
            guard let (value, length) = numberPrefix(of: rest, radix: 10), value <= 0xFF else { return nil }
            parts.append(UInt8(value))
            rest = rest.dropFirst(length)
        }
        return rest.isEmpty ? IPAddress(bytes: parts) : nil
    }

    /// An IPv6 address (RFC 4291 text, with `::` and a trailing dotted IPv4 part allowed) in
    /// its 16-byte form, or nil.
    static func parseIPv6(_ text: ArraySlice<UInt8>) -> IPAddress? {
        let colon = UInt8(ascii: ":")
        var address = [UInt8](repeating: 0, count: 16)
        var ellipsis: Int?
        var rest = text
        if rest.starts(with: [colon, colon]) {
            ellipsis = 0
            rest = rest.dropFirst(2)
            if rest.isEmpty { return IPAddress(bytes: address) }
        }
        var filled = 0
        while filled < 16 {
            guard let (group, length) = numberPrefix(of: rest, radix: 16), group <= 0xFFFF else { return nil }
            if rest.dropFirst(length).first == UInt8(ascii: ".") {
                guard ellipsis != nil || filled == 12, filled + 4 <= 16,
                      let ipv4 = parseIPv4(rest) else { return nil }
                address.replaceSubrange(filled..<filled + 4, with: ipv4.bytes)
                rest = []
                filled += 4
                break
            }
            address[filled] = UInt8(group >> 8)
            address[filled + 1] = UInt8(group & 0xFF)
            filled += 2
            rest = rest.dropFirst(length)
            if rest.isEmpty { break }
            guard rest.first == colon, rest.count > 1 else { return nil }
            rest = rest.dropFirst()
            if rest.first == colon {
                guard ellipsis == nil else { return nil }
                ellipsis = filled
                rest = rest.dropFirst()
                if rest.isEmpty { break }
            }
        }
        guard rest.isEmpty else { return nil }
        if filled < 16 {
            guard let ellipsis else { return nil }
            let gap = 16 - filled
            let tail = Array(address[ellipsis..<filled])
            address.replaceSubrange(ellipsis..<16, with: repeatElement(0, count: gap) + tail)
        } else if ellipsis != nil {
            return nil
        }
        return IPAddress(bytes: address)
    }

    /// The value and length of the digits in `radix` (10 or 16) that start `text` (Go's `dtoi`
    /// and `xtoi`); nil when there are none or the value reaches Go's limit.
    static func numberPrefix(of text: ArraySlice<UInt8>, radix: Int) -> (value: Int, length: Int)? {
        var value = 0
        var length = 0
        for byte in text {
            guard let digit = digitValue(byte, radix: radix) else { break }
            value = value * radix + digit
            if value >= partLimit { return nil }
            length += 1
        }
        return length == 0 ? nil : (value, length)
    }

    private static func digitValue(_ byte: UInt8, radix: Int) -> Int? {
        let value: Int
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): value = Int(byte - UInt8(ascii: "A")) + 10
        default: return nil
        }
        return value < radix ? value : nil
    }
}
