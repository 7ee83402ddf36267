/// An IP address held as Go's `net.IP` holds it, so that Terraform's address arithmetic and
/// printing can be reproduced byte for byte: 4 bytes for IPv4, 16 for IPv6 (where an IPv4
/// address may also appear "mapped" as `::ffff:a.b.c.d`), or none after an operation that Go
/// answers with a nil address.
struct IPAddress: Equatable, Sendable {
    /// 0, 4 or 16 bytes, most significant first.
    var bytes: [UInt8]

    private static let mappedIPv4Prefix: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF]

    /// The address in 4-byte form when it is IPv4 or IPv4-mapped (Go's `To4`).
    var ipv4: IPAddress? {
        if bytes.count == 4 { return self }
        if bytes.count == 16, bytes[..<12].elementsEqual(Self.mappedIPv4Prefix) {
            return IPAddress(bytes: Array(bytes[12...]))
        }
        return nil
    }

    /// The 4-byte form where there is one, otherwise the address itself, as go-cidr prepares
    /// addresses before stepping through them.
    var narrowed: IPAddress { ipv4 ?? self }

    /// Whether this is 0.0.0.0 (in either form) or `::`, where go-cidr says the space wrapped.
    var isUnspecified: Bool {
        if let ipv4 { return ipv4.bytes.allSatisfy { $0 == 0 } }
        return bytes.count == 16 && bytes.allSatisfy { $0 == 0 }
    }

    /// The address with the bits outside `mask` cleared; empty when Go's `IP.Mask` gives nil
    /// (no mask, or a mask that does not fit the address).
    func masked(by mask: IPMask?) -> IPAddress {
        var maskBytes = mask?.bytes ?? []
        var addressBytes = bytes
        if maskBytes.count == 16, addressBytes.count == 4, maskBytes[..<12].allSatisfy({ $0 == 0xFF }) {
            maskBytes = Array(maskBytes[12...])
        }
        if maskBytes.count == 4, addressBytes.count == 16, let ipv4 {
            addressBytes = ipv4.bytes
        }
        guard addressBytes.count == maskBytes.count else { return IPAddress(bytes: []) }
        return IPAddress(bytes: zip(addressBytes, maskBytes).map { $0 & $1 })
    }

    /// The next address, wrapping round at the top (go-cidr's `Inc`).
    var incremented: IPAddress {
        var result = narrowed.bytes
        for index in result.indices.reversed() {
            result[index] &+= 1
            if result[index] != 0 { break }
        }
        return IPAddress(bytes: result)
    }

    /// The previous address, wrapping round at the bottom (go-cidr's `Dec`).
    var decremented: IPAddress {
        var result = narrowed.bytes
        for index in result.indices.reversed() {
            result[index] &-= 1
            if result[index] != 0xFF { break }
        }
        return IPAddress(bytes: result)
    }

    /// The address as an unsigned integer of `bytes.count * 8` bits.
    var integer: UInt128 {
        bytes.reduce(0) { $0 << 8 | UInt128($1) }
    }

    /// The address of `byteCount` bytes whose bits are the low bits of `integer`.
    init(integer: UInt128, byteCount: Int) {
        bytes = (0..<byteCount).map { UInt8(truncatingIfNeeded: integer >> ((byteCount - 1 - $0) * 8)) }
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }
}

extension IPAddress: CustomStringConvertible {
    /// The address as Go prints it: dotted decimal for IPv4 and IPv4-mapped addresses, RFC 5952
    /// text for IPv6 (lowercase, the first longest run of two or more zero groups as `::`), and
    /// `<nil>` for no address.
    var description: String {
        if let ipv4 {
            return ipv4.bytes.map(String.init).joined(separator: ".")
        }
        guard bytes.count == 16 else { return "<nil>" }
        let groups = stride(from: 0, to: 16, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        let zeros = longestZeroRun(in: groups)
        var text = ""
        var index = 0
        while index < groups.count {
            if let zeros, index == zeros.lowerBound {
                text += "::"
                index = zeros.upperBound
                continue
            }
            if index > 0, !text.hasSuffix(":") { text += ":" }
            text += String(groups[index], radix: 16)
            index += 1
        }
        return text
    }

    private func longestZeroRun(in groups: [UInt16]) -> Range<Int>? {
        var best: Range<Int>?
        var start = 0
        while start < groups.count {
            guard groups[start] == 0 else {
                start += 1
                continue
            }
            var end = start
            while end < groups.count, groups[end] == 0 { end += 1 }
            if end - start >= 2, end - start > (best?.count ?? 0) { best = start..<end }
            start = end
        }
        return best
    }
}
