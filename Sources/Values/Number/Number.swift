/// An exact binary floating-point number with Terraform's semantics: a Go `big.Float` whose
/// mantissa has a precision in bits (512 for numbers parsed from text) and which is rounded to
/// nearest, ties to even, after every operation.
public struct Number: Sendable {
    /// The precision of numbers parsed from text and of products, as in Terraform.
    public static let defaultPrecision = 512

    /// The mantissa precision in bits: results are rounded to it, and `description` prints the
    /// fewest digits that identify the value at it.
    public let precision: Int

    let storage: Storage

    enum Storage: Hashable, Sendable {
        /// An integer whose magnitude is below 2^63, including +0.
        case integer(Int64)
        case negativeZero
        /// Any other finite value; its significand is odd.
        case finite(BinaryValue)
        case infinity(negative: Bool)
    }

    init(storage: Storage, precision: Int) {
        self.storage = storage
        self.precision = precision
    }

    /// An integer, exactly, with precision 64 (like `cty.NumberIntVal`).
    public init(_ value: Int) {
        let value = Int64(value)
        if value == .min {
            storage = .finite(BinaryValue(isNegative: true, significand: BigUInt(1), exponent: 63))
        } else {
            storage = .integer(value)
        }
        precision = 64
    }

    /// A binary64 value, exactly, with precision 53 (like `cty.NumberFloatVal`); nil for NaN.
    public init?(_ value: Double) {
        guard !value.isNaN else { return nil }
        if value.isInfinite {
            self.init(storage: .infinity(negative: value < 0), precision: 53)
        } else if value == 0 {
            self.init(storage: value.sign == .minus ? .negativeZero : .integer(0), precision: 53)
        } else {
            let fraction = value.significandBitPattern
            let significand = value.isSubnormal ? fraction : fraction | 1 << 52
            let exponent = Int(value.isSubnormal ? Double.leastNormalMagnitude.exponent : value.exponent) - 52
            let binary = BinaryValue(isNegative: value < 0, significand: BigUInt(significand), exponent: exponent)
            self.init(exact: binary, precision: 53)
        }
    }

    /// A value that needs at most `precision` bits, stored canonically.
    init(exact value: BinaryValue, precision: Int) {
        self.precision = precision
        let zeros = value.significand.trailingZeroBitCount
        let significand = value.significand >> zeros
        let exponent = value.exponent + zeros
        if significand.isZero {
            storage = value.isNegative ? .negativeZero : .integer(0)
        } else if exponent >= 0, significand.bitWidth + exponent <= 63, let word = significand.word {
            let magnitude = Int64(word << UInt64(exponent))
            storage = .integer(value.isNegative ? -magnitude : magnitude)
        } else {
            storage = .finite(BinaryValue(isNegative: value.isNegative, significand: significand, exponent: exponent))
        }
    }

    /// Zero with the given sign.
    static func zero(negative: Bool, precision: Int) -> Number {
        Number(storage: negative ? .negativeZero : .integer(0), precision: precision)
    }

    /// Zero, with precision 64.
    public static let zero = Number(0)

    /// One, with precision 64.
    public static let one = Number(1)

    /// Positive infinity, with precision 0 (like `cty.PositiveInfinity`).
    public static let infinity = Number(storage: .infinity(negative: false), precision: 0)
}

extension Number: ExpressibleByIntegerLiteral {
    /// An integer literal, exactly, with precision 64.
    public init(integerLiteral value: Int) {
        self.init(value)
    }
}

extension Number {
    /// The sign of a number: ±0 is `.zero`, and infinities have the sign of their direction.
    public enum Sign: Sendable {
        case negative, zero, positive
    }

    /// Whether the number is negative, zero or positive.
    public var sign: Sign {
        switch storage {
        case .integer(let value): value < 0 ? .negative : value == 0 ? .zero : .positive
        case .negativeZero: .zero
        case .finite(let value): value.isNegative ? .negative : .positive
        case .infinity(let negative): negative ? .negative : .positive
        }
    }

    /// Whether the sign bit is set, including for -0.
    var isNegative: Bool {
        switch storage {
        case .integer(let value): value < 0
        case .negativeZero: true
        case .finite(let value): value.isNegative
        case .infinity(let negative): negative
        }
    }

    /// Whether the number is +0 or -0.
    public var isZero: Bool {
        switch storage {
        case .integer(let value): value == 0
        case .negativeZero: true
        case .finite, .infinity: false
        }
    }

    /// Whether the number is +∞ or -∞.
    public var isInfinite: Bool {
        if case .infinity = storage { true } else { false }
    }

    /// Whether the number is a whole number; zero is, infinities are not.
    public var isInteger: Bool {
        switch storage {
        case .integer, .negativeZero: true
        case .finite(let value): value.exponent >= 0
        case .infinity: false
        }
    }

    /// The value as sign, significand and exponent when it is finite and nonzero.
    var binary: BinaryValue? {
        switch storage {
        case .integer(let value) where value != 0:
            BinaryValue(isNegative: value < 0, significand: BigUInt(value.magnitude), exponent: 0)
        case .finite(let value): value
        default: nil
        }
    }

    /// The fewest bits that hold the value exactly; 0 for zero and infinities (Go's `MinPrec`).
    var minimumPrecision: Int {
        switch storage {
        case .integer(let value): Self.significantBits(of: value)
        case .finite(let value): value.significand.bitWidth
        case .negativeZero, .infinity: 0
        }
    }

    /// The bits from the highest set bit to the lowest set bit of an integer's magnitude.
    static func significantBits(of value: Int64) -> Int {
        value == 0 ? 0 : UInt64.bitWidth - value.magnitude.leadingZeroBitCount - value.magnitude.trailingZeroBitCount
    }
}
