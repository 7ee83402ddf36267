extension Number: Equatable, Hashable, Comparable {
    /// Terraform's number equality: integers are equal when their values are, and other numbers
    /// when they print the same (so `0.1` parsed equals `0.1` from a binary64). -0 equals 0 and
    /// precision does not matter otherwise.
    public static func == (lhs: Number, rhs: Number) -> Bool {
        guard lhs.sign == rhs.sign, lhs.isInteger == rhs.isInteger else { return false }
        if lhs.isInteger { return compare(lhs, rhs) == 0 }
        if lhs.storage == rhs.storage, lhs.precision == rhs.precision { return true }
        return lhs.description == rhs.description
    }

    public func hash(into hasher: inout Hasher) {
        switch storage {
        case .integer(let value):
            hasher.combine(value)
        case .negativeZero:
            hasher.combine(Int64(0))
        case .finite(let value) where value.exponent >= 0:
            hasher.combine(value)
        case .finite, .infinity:
            hasher.combine(description)
        }
    }

    /// The numeric order, exact regardless of precision; -0 is not below 0.
    public static func < (lhs: Number, rhs: Number) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// -1, 0 or 1 as `lhs` is below, equal to or above `rhs` (Go's `big.Float.Cmp`).
    static func compare(_ lhs: Number, _ rhs: Number) -> Int {
        if case .integer(let x) = lhs.storage, case .integer(let y) = rhs.storage {
            return x < y ? -1 : x == y ? 0 : 1
        }
        let (left, right) = (lhs.order, rhs.order)
        guard left == right else { return left < right ? -1 : 1 }
        guard let x = lhs.binary, let y = rhs.binary else { return 0 }
        let magnitude = compareMagnitudes(x, y)
        return x.isNegative ? -magnitude : magnitude
    }

    /// -2 for -∞, -1 for negative, 0 for zero, 1 for positive and 2 for +∞.
    private var order: Int {
        switch storage {
        case .infinity(let negative): negative ? -2 : 2
        default: sign == .negative ? -1 : sign == .zero ? 0 : 1
        }
    }

    private static func compareMagnitudes(_ x: BinaryValue, _ y: BinaryValue) -> Int {
        guard x.topExponent == y.topExponent else { return x.topExponent < y.topExponent ? -1 : 1 }
        let exponent = min(x.exponent, y.exponent)
        let left = x.significand << (x.exponent - exponent)
        let right = y.significand << (y.exponent - exponent)
        return left < right ? -1 : left == right ? 0 : 1
    }
}
