/// A non-negative integer of any size with just the arithmetic RSA decryption needs:
/// comparison and modular exponentiation (Montgomery multiplication, odd moduli).
struct RSAInteger: Equatable {
    /// Little-endian 64-bit limbs without leading zero limbs; zero has none.
    private(set) var limbs: [UInt64]

    init(limbs: [UInt64]) {
        var trimmed = limbs
        while trimmed.last == 0 { trimmed.removeLast() }
        self.limbs = trimmed
    }

    /// The integer whose big-endian bytes are `bytes`.
    init(bigEndian bytes: some BidirectionalCollection<UInt8>) {
        var limbs: [UInt64] = []
        var limb: UInt64 = 0
        var shift: UInt64 = 0
        for byte in bytes.reversed() {
            limb |= UInt64(byte) << shift
            shift += 8
            if shift == 64 {
                limbs.append(limb)
                limb = 0
                shift = 0
            }
        }
        limbs.append(limb)
        self.init(limbs: limbs)
    }

    var isZero: Bool { limbs.isEmpty }

    /// The number of bytes needed to write the integer.
    var byteCount: Int {
        guard let top = limbs.last else { return 0 }
        return (limbs.count - 1) * 8 + (64 - top.leadingZeroBitCount + 7) / 8
    }

    /// Big-endian bytes padded with leading zeros to `count`; nil if the integer needs more.
    func bigEndianBytes(count: Int) -> [UInt8]? {
        guard byteCount <= count else { return nil }
        return (0..<count).map { position in
            let index = count - 1 - position
            let limbIndex = index / 8
            guard limbIndex < limbs.count else { return 0 }
            return UInt8(truncatingIfNeeded: limbs[limbIndex] >> UInt64(index % 8 * 8))
        }
    }

    static func < (lhs: RSAInteger, rhs: RSAInteger) -> Bool {
        compare(lhs.limbs, rhs.limbs) < 0
    }

    /// `self` raised to `exponent`, modulo the odd `modulus`; nil for an even or zero modulus.
    func power(_ exponent: RSAInteger, modulo modulus: RSAInteger) -> RSAInteger? {
        guard let context = MontgomeryContext(modulus: modulus.limbs) else { return nil }
        var base = limbs
        if Self.compare(base, modulus.limbs) >= 0 { base = context.reduce(base) }
        let montgomeryBase = context.multiply(context.padded(base), context.rSquared)
        var result = context.multiply(context.padded([1]), context.rSquared)
        for limb in exponent.limbs.reversed() {
            for bit in (0..<64).reversed() {
                result = context.multiply(result, result)
                if (limb >> UInt64(bit)) & 1 == 1 { result = context.multiply(result, montgomeryBase) }
            }
        }
        return RSAInteger(limbs: context.multiply(result, context.padded([1])))
    }

    /// Compares magnitudes given as trimmed or padded little-endian limbs.
    fileprivate static func compare(_ lhs: [UInt64], _ rhs: [UInt64]) -> Int {
        let count = max(lhs.count, rhs.count)
        for index in (0..<count).reversed() {
            let left = index < lhs.count ? lhs[index] : 0
            let right = index < rhs.count ? rhs[index] : 0
            if left != right { return left < right ? -1 : 1 }
        }
        return 0
    }
}

/// Precomputed values for multiplying modulo one odd modulus in Montgomery form.
private struct MontgomeryContext {
    let modulus: [UInt64]
    /// -modulus⁻¹ mod 2⁶⁴.
    let inverse: UInt64
    /// R² mod modulus, with R = 2^(64·limbs).
    let rSquared: [UInt64]

    init?(modulus: [UInt64]) {
        guard let low = modulus.first, low & 1 == 1 else { return nil }
        self.modulus = modulus
        var inverse: UInt64 = 1
        for _ in 0..<6 { inverse = inverse &* (2 &- low &* inverse) }
        self.inverse = 0 &- inverse
        var value = [UInt64](repeating: 0, count: modulus.count)
        value[0] = 1
        for _ in 0..<(2 * 64 * modulus.count) {
            value = Self.doubled(value, modulo: modulus)
        }
        rSquared = value
    }

    func padded(_ limbs: [UInt64]) -> [UInt64] {
        limbs + [UInt64](repeating: 0, count: modulus.count - limbs.count)
    }

    /// A number of any length reduced modulo the modulus, by shifting it in one bit at a time.
    func reduce(_ limbs: [UInt64]) -> [UInt64] {
        var value = [UInt64](repeating: 0, count: modulus.count)
        for limb in limbs.reversed() {
            for bit in (0..<64).reversed() {
                value = Self.doubled(value, modulo: modulus)
                if (limb >> UInt64(bit)) & 1 == 1 {
                    value[0] |= 1
                    if RSAInteger.compare(value, modulus) >= 0 { value = Self.subtracting(modulus, from: value) }
                }
            }
        }
        return value
    }

    /// a·b·R⁻¹ mod modulus for a, b below the modulus (coarsely integrated operand scanning).
    func multiply(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let count = modulus.count
        var t = [UInt64](repeating: 0, count: count + 2)
        for i in 0..<count {
            var carry: UInt64 = 0
            for j in 0..<count {
                (carry, t[j]) = Self.multiplyAdd(a[i], b[j], t[j], carry)
            }
            var overflow: Bool
            (t[count], overflow) = t[count].addingReportingOverflow(carry)
            t[count + 1] = overflow ? 1 : 0
            let m = t[0] &* inverse
            (carry, _) = Self.multiplyAdd(m, modulus[0], t[0], 0)
            for j in 1..<count {
                (carry, t[j - 1]) = Self.multiplyAdd(m, modulus[j], t[j], carry)
            }
            (t[count - 1], overflow) = t[count].addingReportingOverflow(carry)
            t[count] = t[count + 1] + (overflow ? 1 : 0)
        }
        var result = Array(t[0..<count])
        if t[count] != 0 || RSAInteger.compare(result, modulus) >= 0 {
            result = Self.subtracting(modulus, from: result)
        }
        return result
    }

    /// x·y + addend + carry as a high and a low word (it always fits in 128 bits).
    private static func multiplyAdd(
        _ x: UInt64, _ y: UInt64, _ addend: UInt64, _ carry: UInt64
    ) -> (high: UInt64, low: UInt64) {
        var (high, low) = x.multipliedFullWidth(by: y)
        var overflow: Bool
        (low, overflow) = low.addingReportingOverflow(addend)
        if overflow { high &+= 1 }
        (low, overflow) = low.addingReportingOverflow(carry)
        if overflow { high &+= 1 }
        return (high, low)
    }

    /// 2·value mod modulus for value below the modulus.
    private static func doubled(_ value: [UInt64], modulo modulus: [UInt64]) -> [UInt64] {
        var result = value
        var carry: UInt64 = 0
        for index in result.indices {
            let next = result[index] >> 63
            result[index] = result[index] << 1 | carry
            carry = next
        }
        if carry != 0 || RSAInteger.compare(result, modulus) >= 0 {
            result = subtracting(modulus, from: result)
        }
        return result
    }

    /// value − modulus in as many limbs as value, wrapping past any overflow bit dropped above.
    private static func subtracting(_ modulus: [UInt64], from value: [UInt64]) -> [UInt64] {
        var result = value
        var borrow = false
        for index in result.indices {
            let subtrahend = index < modulus.count ? modulus[index] : 0
            var (difference, overflow) = result[index].subtractingReportingOverflow(subtrahend)
            if borrow {
                let (adjusted, extra) = difference.subtractingReportingOverflow(1)
                difference = adjusted
                overflow = overflow || extra
            }
            result[index] = difference
            borrow = overflow
        }
        return result
    }
}
