/// A contiguous network mask: `ones` leading one bits in a mask of `bits` bits (Go's
/// `net.CIDRMask`).
struct IPMask: Equatable, Sendable {
    let ones: Int
    let bits: Int

    /// The mask, or nil where Go's `CIDRMask` gives nil: a width other than 32 or 128 bits, or
    /// a length outside it.
    init?(ones: Int, bits: Int) {
        guard bits == 32 || bits == 128, (0...bits).contains(ones) else { return nil }
        self.ones = ones
        self.bits = bits
    }

    var bytes: [UInt8] {
        (0..<bits / 8).map { index in
            let onesInByte = min(max(ones - index * 8, 0), 8)
            return UInt8(truncatingIfNeeded: 0xFF00 >> onesInByte)
        }
    }
}

/// Why an address or network could not be read or computed, in Go's or go-cidr's words.
struct NetworkError: Error, Equatable {
    let message: String

    /// What Terraform reports where go-cidr's big-integer arithmetic overruns the address and
    /// the Go runtime panics.
    static let overflow = NetworkError(
        message: "panic in function implementation: runtime error: index out of range [-1]")
}

/// An address with a mask, as Go's `net.IPNet` holds them; the functions' results are printed
/// from it, including Go's `<nil>` for a network without a usable mask.
struct IPNetwork: Equatable, Sendable {
    var address: IPAddress
    var mask: IPMask?

    /// Reads CIDR notation as Terraform's `ipaddr.ParseCIDR` does; the address is masked to the
    /// network's first address.
    init(parsing text: String) throws(NetworkError) {
        let bytes = Array(text.utf8)
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")) else {
            throw NetworkError(message: "invalid CIDR address: \(text)")
        }
        let addressText = bytes[..<slash]
        let lengthText = bytes[(slash + 1)...]
        guard let parsed = IPAddress.parseIPv4(addressText) ?? IPAddress.parseIPv6(addressText),
              let (length, digits) = IPAddress.numberPrefix(of: lengthText, radix: 10),
              digits == lengthText.count,
              let mask = IPMask(ones: length, bits: parsed.bytes.count * 8)
        else {
            throw NetworkError(message: "invalid CIDR address: \(text)")
        }
        self.init(address: parsed.masked(by: mask), mask: mask)
    }

    init(address: IPAddress, mask: IPMask?) {
        self.address = address
        self.mask = mask
    }

    /// The mask's length and width (Go's `IPMask.Size`); zero and zero without a mask.
    var size: (ones: Int, bits: Int) {
        (mask?.ones ?? 0, mask?.bits ?? 0)
    }

    /// Whether `candidate` lies inside the network (Go's `IPNet.Contains`): an address of the
    /// other family, including an IPv4-mapped one in an IPv6 network, never does.
    func contains(_ candidate: IPAddress) -> Bool {
        guard let (network, maskBytes) = numberAndMask else { return false }
        let address = candidate.narrowed
        guard address.bytes.count == network.bytes.count else { return false }
        return zip(zip(address.bytes, network.bytes), maskBytes).allSatisfy { pair, mask in
            pair.0 & mask == pair.1 & mask
        }
    }

    /// The address in the form Go compares and prints it, with the mask bytes that go with it;
    /// nil where Go finds the two inconsistent.
    private var numberAndMask: (IPAddress, [UInt8])? {
        let number = address.ipv4 ?? address
        guard number.bytes.count == 4 || number.bytes.count == 16, let mask else { return nil }
        switch (mask.bits, number.bytes.count) {
        case (32, 4), (128, 16): return (number, mask.bytes)
        case (128, 4): return (number, Array(mask.bytes[12...]))
        default: return nil
        }
    }
}

extension IPNetwork: CustomStringConvertible {
    /// The network as Go prints it: address, slash, prefix length; an IPv4-mapped network
    /// prints as IPv4 with the mask's last 32 bits, and an inconsistent one as `<nil>`.
    var description: String {
        guard let (number, maskBytes) = numberAndMask else { return "<nil>" }
        let length = maskBytes.reduce(0) { $0 + $1.nonzeroBitCount }
        return "\(number)/\(length)"
    }
}
