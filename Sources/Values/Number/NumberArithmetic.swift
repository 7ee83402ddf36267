extension Number {
    /// The sum, rounded to the larger precision of the two (like Go's `big.Float.Add`).
    public static func + (lhs: Number, rhs: Number) throws(NumberError) -> Number {
        if lhs.isInfinite, rhs.isInfinite, lhs.isNegative != rhs.isNegative {
            throw .sumOfOpposingInfinities
        }
        return sum(lhs, rhs, precision: max(lhs.precision, rhs.precision))
    }

    /// The difference, computed as Terraform does: `lhs + (-rhs)`.
    public static func - (lhs: Number, rhs: Number) throws(NumberError) -> Number {
        if lhs.isInfinite, rhs.isInfinite, lhs.isNegative == rhs.isNegative {
            throw .differenceOfEqualInfinities
        }
        return sum(lhs, -rhs, precision: max(lhs.precision, rhs.precision))
    }

    /// The product, rounded to 512 bits; its precision is the larger of the operands' and of the
    /// bits the product needs, as in Terraform.
    public static func * (lhs: Number, rhs: Number) throws(NumberError) -> Number {
        if lhs.isZero && rhs.isInfinite || lhs.isInfinite && rhs.isZero {
            throw .productOfZeroAndInfinity
        }
        let product = product(lhs, rhs, precision: defaultPrecision)
        let precision = max(lhs.precision, rhs.precision, product.minimumPrecision)
        return Number(storage: product.storage, precision: precision)
    }

    /// The quotient, rounded to the larger precision of the two; a nonzero number divided by
    /// zero is an infinity.
    public static func / (lhs: Number, rhs: Number) throws(NumberError) -> Number {
        if lhs.isZero && rhs.isZero || lhs.isInfinite && rhs.isInfinite {
            throw .quotientOfZerosOrInfinities
        }
        return quotient(lhs, rhs, precision: max(lhs.precision, rhs.precision))
    }

    /// The number with its sign flipped; -0 is distinct from 0.
    public static prefix func - (operand: Number) -> Number {
        let storage: Storage = switch operand.storage {
        case .integer(0): .negativeZero
        case .integer(let value): .integer(-value)
        case .negativeZero: .integer(0)
        case .finite(let value):
            .finite(BinaryValue(isNegative: !value.isNegative, significand: value.significand, exponent: value.exponent))
        case .infinity(let negative): .infinity(negative: !negative)
        }
        return Number(storage: storage, precision: operand.precision)
    }

    /// The absolute value; the magnitude of -0 is 0.
    public var magnitude: Number {
        isNegative ? -self : self
    }

    /// `a + b` rounded to `precision`; callers rule out opposing infinities.
    static func sum(_ a: Number, _ b: Number, precision: Int) -> Number {
        if case .integer(let x) = a.storage, case .integer(let y) = b.storage {
            let (sum, overflow) = x.addingReportingOverflow(y)
            if !overflow, sum != .min, significantBits(of: sum) <= precision {
                return Number(storage: .integer(sum), precision: precision)
            }
        }
        if let x = a.binary, let y = b.binary {
            return sum(x, y, precision: precision)
        }
        if a.isZero, b.isZero {
            return .zero(negative: a.isNegative && b.isNegative, precision: precision)
        }
        return (a.isInfinite || b.isZero ? a : b).rounded(toPrecision: precision)
    }

    private static func sum(_ a: BinaryValue, _ b: BinaryValue, precision: Int) -> Number {
        var (large, small) = a.topExponent >= b.topExponent ? (a, b) : (b, a)
        // Bits of the smaller operand far below the result's rounding bit only act as a sticky
        // bit, so a single bit there rounds the same and keeps the shift small.
        let floor = min(large.exponent, large.topExponent - precision - 2)
        if small.topExponent <= floor {
            small = BinaryValue(isNegative: small.isNegative, significand: BigUInt(1), exponent: floor - 1)
        }
        let exponent = min(large.exponent, small.exponent)
        let left = large.significand << (large.exponent - exponent)
        let right = small.significand << (small.exponent - exponent)
        let result: BinaryValue
        if large.isNegative == small.isNegative {
            result = BinaryValue(isNegative: large.isNegative, significand: left + right, exponent: exponent)
        } else if left > right {
            result = BinaryValue(isNegative: large.isNegative, significand: left - right, exponent: exponent)
        } else if right > left {
            result = BinaryValue(isNegative: small.isNegative, significand: right - left, exponent: exponent)
        } else {
            return .zero(negative: false, precision: precision)
        }
        return Number(rounding: result, precision: precision)
    }

    /// `a × b` rounded to `precision`; callers rule out zero times infinity.
    static func product(_ a: Number, _ b: Number, precision: Int) -> Number {
        let negative = a.isNegative != b.isNegative
        if case .integer(let x) = a.storage, case .integer(let y) = b.storage {
            let (product, overflow) = x.multipliedReportingOverflow(by: y)
            if !overflow, product != .min, significantBits(of: product) <= precision {
                return product == 0 ? .zero(negative: negative, precision: precision) : Number(storage: .integer(product), precision: precision)
            }
        }
        guard let x = a.binary, let y = b.binary else {
            return a.isInfinite || b.isInfinite ? Number(storage: .infinity(negative: negative), precision: precision) : .zero(negative: negative, precision: precision)
        }
        return product(x, y, precision: precision)
    }

    static func product(_ x: BinaryValue, _ y: BinaryValue, precision: Int) -> Number {
        let product = BinaryValue(isNegative: x.isNegative != y.isNegative, significand: x.significand * y.significand, exponent: x.exponent + y.exponent)
        return Number(rounding: product, precision: precision)
    }

    /// `a ÷ b` rounded to `precision`; callers rule out 0 ÷ 0 and ∞ ÷ ∞.
    static func quotient(_ a: Number, _ b: Number, precision: Int) -> Number {
        let negative = a.isNegative != b.isNegative
        if case .integer(let x) = a.storage, case .integer(let y) = b.storage, x != 0, y != 0, x % y == 0 {
            let quotient = x / y
            if significantBits(of: quotient) <= precision {
                return Number(storage: .integer(quotient), precision: precision)
            }
        }
        guard let x = a.binary, let y = b.binary else {
            return a.isZero || b.isInfinite ? .zero(negative: negative, precision: precision) : Number(storage: .infinity(negative: negative), precision: precision)
        }
        return quotient(x, y, precision: precision)
    }

    static func quotient(_ x: BinaryValue, _ y: BinaryValue, precision: Int) -> Number {
        // Enough quotient bits for the rounding bit and one more; the remainder is the sticky bit.
        let shift = max(0, precision + 2 - (x.significand.bitWidth - y.significand.bitWidth))
        let (quotient, remainder) = (x.significand << shift).quotientAndRemainder(dividingBy: y.significand)
        let value = BinaryValue(isNegative: x.isNegative != y.isNegative, significand: quotient, exponent: x.exponent - y.exponent - shift)
        return Number(rounding: value, sticky: !remainder.isZero, precision: precision)
    }
}
