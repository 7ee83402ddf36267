extension Number {
    /// The value as an `Int64` when it is an integer in that range; -0 gives 0.
    public var int64Value: Int64? {
        switch storage {
        case .integer(let value): value
        case .negativeZero: 0
        case .finite(let value) where value.isNegative && value.exponent == 63 && value.significand == BigUInt(1): .min
        case .finite, .infinity: nil
        }
    }

    /// The value as an `Int` when it is an integer in that range; -0 gives 0.
    public var intValue: Int? {
        int64Value.flatMap { Int(exactly: $0) }
    }

    /// The nearest binary64 value, ties to even, with Go's overflow to ±infinity and underflow to
    /// ±0 (Go's `big.Float.Float64`).
    public var doubleValue: Double {
        switch storage {
        case .integer(let value):
            return Double(value)
        case .negativeZero:
            return -0.0
        case .infinity(let negative):
            return negative ? -.infinity : .infinity
        case .finite(let value):
            return Self.double(nearest: value)
        }
    }

    private static func double(nearest value: BinaryValue) -> Double {
        let sign: FloatingPointSign = value.isNegative ? .minus : .plus
        let minimumExponent = Int(Double.leastNormalMagnitude.exponent)
        let subnormalExponent = Int(Double.leastNonzeroMagnitude.exponent)
        // Go computes this exponent in 32 bits, where the very smallest one wraps to overflow.
        guard value.topExponent > Int(Int32.min) else {
            return Double(sign: sign, exponent: 0, significand: .infinity)
        }
        let top = value.topExponent - 1
        // Below the normal range the last available bit stays at the smallest subnormal's.
        let bits = top < minimumExponent ? top - subnormalExponent + 1 : Double.significandBitCount + 1
        if bits <= 0 {
            let aboveHalf = bits == 0 && value.significand.bitWidth > 1
            return Double(sign: sign, exponent: 0, significand: aboveHalf ? .leastNonzeroMagnitude : 0)
        }
        let rounded = value.rounded(toBits: bits)
        guard rounded.topExponent - 1 <= Int(Double.greatestFiniteMagnitude.exponent), let word = rounded.significand.word else {
            return Double(sign: sign, exponent: 0, significand: .infinity)
        }
        return Double(sign: sign, exponent: rounded.exponent, significand: Double(word))
    }
}
