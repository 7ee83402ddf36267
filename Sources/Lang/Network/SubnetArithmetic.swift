/// go-cidr's host and subnet calculations as Terraform runs them, with their quirks: numbers
/// are checked only in part (a negative subnet number or one beyond 64 bits can pass) and then
/// combined with the address by big-integer OR, so odd arguments give odd but definite answers.
extension IPNetwork {
    /// The address numbered `number` in the network, counting back from the last address when
    /// negative (go-cidr's `HostBig`).
    func host(_ number: WholeNumber) throws(NetworkError) -> IPAddress {
        let (parentLength, addressLength) = size
        let hostLength = addressLength - parentLength
        let largest: UInt128 = hostLength >= 128 ? .max : (1 << hostLength) - 1
        var hostNumber = number
        if number.isNegative {
            guard let fromEnd = number.magnitudeMinusOne, fromEnd <= largest else {
                let excess = number.magnitude(minusPowerOfTwo: hostLength)
                throw NetworkError(message: "prefix of \(parentLength) does not accommodate a host numbered -\(excess)")
            }
            hostNumber = WholeNumber(largest - fromEnd)
        } else {
            let checked = Int64(bitPattern: number.lowBits)
            if checked >= 0, UInt128(checked) > largest {
                throw NetworkError(message: "prefix of \(parentLength) does not accommodate a host numbered \(number)")
            }
        }
        let width = address.ipv4 == nil ? 128 : 32
        return try address.inserting(hostNumber, shift: UInt(address.bytes.count * 8 - width))
    }

    /// The subnet numbered `number` among those `newBits` longer than this network (go-cidr's
    /// `SubnetBig`).
    func subnet(newBits: Int, number: WholeNumber) throws(NetworkError) -> IPNetwork {
        let (parentLength, addressLength) = size
        let newLength = parentLength &+ newBits
        guard newLength <= addressLength else {
            throw NetworkError(message: "insufficient address space to extend prefix of \(parentLength) by \(newBits)")
        }
        let largest: UInt64 = (0..<64).contains(newBits) ? (1 << newBits) - 1 : .max
        guard number.lowBits <= largest else {
            throw NetworkError(message: "prefix extension of \(newBits) does not accommodate a subnet numbered \(number)")
        }
        let shift = UInt(bitPattern: address.bytes.count * 8 &- newLength)
        let subnetAddress = try address.inserting(number, shift: shift)
        return IPNetwork(address: subnetAddress, mask: IPMask(ones: newLength, bits: addressLength))
    }

    /// The network of `prefixLength` just below this one's first address (go-cidr's
    /// `PreviousSubnet`, whose wrap-around flag Terraform ignores).
    func previousSubnet(prefixLength: Int) -> IPNetwork {
        let start = address.narrowed
        let mask = IPMask(ones: prefixLength, bits: start.bytes.count * 8)
        return IPNetwork(address: start.decremented.masked(by: mask), mask: mask)
    }

    /// The network of `prefixLength` just after this one, and whether the address space wrapped
    /// round to zero on the way (go-cidr's `NextSubnet`).
    func nextSubnet(prefixLength: Int) throws(NetworkError) -> (network: IPNetwork, wrapped: Bool) {
        let currentLast = try lastAddress
        let mask = IPMask(ones: prefixLength, bits: currentLast.bytes.count * 8)
        let enclosing = IPNetwork(address: currentLast.masked(by: mask), mask: mask)
        let following = try enclosing.lastAddress.incremented
        return (IPNetwork(address: following.masked(by: mask), mask: mask), following.isUnspecified)
    }

    /// The network's last address: its address with every host bit set (go-cidr's
    /// `AddressRange`).
    private var lastAddress: IPAddress {
        get throws(NetworkError) {
            let (ones, bits) = size
            if ones == bits { return address }
            let width = address.bytes.count * 8
            guard width == 32 || width == 128, ones <= width else { throw .overflow }
            let hostBits: UInt128 = width - ones >= 128 ? .max : (1 << (width - ones)) - 1
            return IPAddress(integer: address.integer | hostBits, byteCount: address.bytes.count)
        }
    }
}

extension IPAddress {
    /// The address with `number`, shifted left by `shift` bits, ORed into it as Go's `big.Int`
    /// does (a negative number in two's complement); fails where Go's result would not fit the
    /// address and the runtime panics (go-cidr's `insertNumIntoIP`).
    func inserting(_ number: WholeNumber, shift: UInt) throws(NetworkError) -> IPAddress {
        let width = UInt(bytes.count * 8)
        let allOnes: UInt128 = width >= 128 ? .max : (1 << width) - 1
        if number.isNegative {
            // The OR is negative: its magnitude is one more than the bits of |n|·2^shift − 1
            // that the address does not have.
            guard let below = number.magnitudeMinusOne else { throw .overflow(shifting: number, by: shift) }
            let shiftedLessOne: UInt128
            if shift >= width {
                guard below == 0, shift == width else { throw .overflow(shifting: number, by: shift) }
                shiftedLessOne = allOnes
            } else {
                guard below >> (width - shift) == 0 else { throw .overflow(shifting: number, by: shift) }
                shiftedLessOne = below << shift | ((1 << shift) - 1)
            }
            let missing = shiftedLessOne & ~integer & allOnes
            guard missing != allOnes else { throw .overflow(shifting: number, by: shift) }
            return IPAddress(integer: missing + 1, byteCount: bytes.count)
        }
        guard let magnitude = number.magnitude else { throw .overflow(shifting: number, by: shift) }
        if magnitude == 0 { return self }
        guard shift < width, magnitude >> (width - shift) == 0 else { throw .overflow(shifting: number, by: shift) }
        return IPAddress(integer: integer | magnitude << shift, byteCount: bytes.count)
    }
}

extension NetworkError {
    /// Go's runtime panic for a shifted number that overruns the address: the big integer is
    /// usually built and then found too long, but one shifted by more than Go can allocate
    /// (2^48 bytes of 64-bit words, plus four words of spare capacity) fails sooner.
    static func overflow(shifting number: WholeNumber, by shift: UInt) -> NetworkError {
        let limit: UInt = 1 << 45
        let words = shift / 64 + UInt(number.wordCount) + 1
        if words > limit {
            return NetworkError(message: "panic in function implementation: runtime error: makeslice: len out of range")
        }
        if words + 4 > limit {
            return NetworkError(message: "panic in function implementation: runtime error: makeslice: cap out of range")
        }
        return .overflow
    }
}
