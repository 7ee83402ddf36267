/// A finite nonzero value `(-1)^isNegative × significand × 2^exponent`, not necessarily rounded.
struct BinaryValue: Hashable, Sendable {
    var isNegative: Bool
    var significand: BigUInt
    var exponent: Int

    /// The exponent `e` with `2^(e-1) <= |value| < 2^e`, the one Go's `big.Float` keeps in 32 bits.
    var topExponent: Int { exponent + significand.bitWidth }

    /// The value rounded to at most `bits` significant bits, ties to even. `sticky` stands for a
    /// positive amount below the significand's last bit; callers pass it only with more than
    /// `bits + 1` significant bits.
    func rounded(toBits bits: Int, sticky: Bool = false) -> BinaryValue {
        let width = significand.bitWidth
        guard width > bits else { return self }
        let dropped = width - bits
        let half = significand.bit(at: dropped - 1)
        let rest = sticky || significand.hasBits(below: dropped - 1)
        var kept = significand >> dropped
        var exponent = self.exponent + dropped
        if half && (rest || kept.isOdd) {
            kept = kept + BigUInt(1)
            if kept.bitWidth > bits {
                kept = kept >> 1
                exponent += 1
            }
        }
        return BinaryValue(isNegative: isNegative, significand: kept, exponent: exponent)
    }
}

extension Number {
    private static let exponentRange = Int(Int32.min)...Int(Int32.max)

    /// The number nearest to `value` with `precision` bits, ties to even; like Go's `big.Float`,
    /// it overflows to infinity and underflows to zero outside a 32-bit exponent.
    init(rounding value: BinaryValue, sticky: Bool = false, precision: Int) {
        guard value.topExponent >= Self.exponentRange.lowerBound else {
            self = .zero(negative: value.isNegative, precision: precision)
            return
        }
        let rounded = value.rounded(toBits: precision, sticky: sticky)
        guard rounded.topExponent <= Self.exponentRange.upperBound else {
            self.init(storage: .infinity(negative: value.isNegative), precision: precision)
            return
        }
        self.init(exact: rounded, precision: precision)
    }

    /// The same value rounded to another precision, as Go's `Set` into a float of that precision.
    func rounded(toPrecision precision: Int) -> Number {
        guard let binary else { return Number(storage: storage, precision: precision) }
        if precision >= 64, case .integer = storage {
            return Number(storage: storage, precision: precision)
        }
        return Number(rounding: binary, precision: precision)
    }
}
