extension Number: CustomStringConvertible {
    /// The number as Terraform prints it (Go's `Text('f', -1)`): no exponent, the fewest digits
    /// that identify the value at its precision, and "-0", "+Inf" or "-Inf" where they apply.
    public var description: String {
        switch storage {
        case .integer(let value) where precision >= 64 || value == 0:
            return String(value)
        case .negativeZero:
            return "-0"
        case .infinity(let negative):
            return negative ? "-Inf" : "+Inf"
        case .integer(let value):
            let zeros = value.trailingZeroBitCount
            let binary = BinaryValue(isNegative: value < 0, significand: BigUInt(value.magnitude >> zeros), exponent: zeros)
            return Self.text(of: binary, precision: precision)
        case .finite(let value):
            return Self.text(of: value, precision: precision)
        }
    }

    /// The text of a value whose significand is odd.
    private static func text(of value: BinaryValue, precision: Int) -> String {
        (value.isNegative ? "-" : "") + fixedNotation(shortestDigits(of: value, precision: precision))
    }

    /// The shortest decimal that rounds back to `value` at `precision` bits, found the way Go's
    /// `big.Float` does: digit by digit against the decimals half a unit below and above.
    private static func shortestDigits(of value: BinaryValue, precision: Int) -> DecimalDigits {
        var digits = DecimalDigits(significand: value.significand, binaryExponent: value.exponent)
        let spare = precision - value.significand.bitWidth
        let doubled = value.significand << (spare + 1)
        let halfUnitExponent = value.exponent - spare - 1
        let lower = DecimalDigits(significand: doubled - BigUInt(1), binaryExponent: halfUnitExponent)
        let upper = DecimalDigits(significand: doubled + BigUInt(1), binaryExponent: halfUnitExponent)
        // The bounds themselves round back to the value only when its full mantissa is even,
        // which for an odd significand means it has spare bits.
        let inclusive = spare > 0
        for (index, digit) in digits.digits.enumerated() {
            let low = lower.digit(at: index)
            let high = upper.digit(at: index)
            let canRoundDown = low != digit || inclusive && index + 1 == lower.digits.count
            let canRoundUp = digit != high && (inclusive || digit + 1 < high || index + 1 < upper.digits.count)
            switch (canRoundDown, canRoundUp) {
            case (true, true):
                digits.round(toDigits: index + 1)
                return digits
            case (true, false):
                digits.roundDown(toDigits: index + 1)
                return digits
            case (false, true):
                digits.roundUp(toDigits: index + 1)
                return digits
            case (false, false):
                continue
            }
        }
        return digits
    }

    /// Digits without an exponent: the integer part padded with zeros, then every fraction digit.
    private static func fixedNotation(_ decimal: DecimalDigits) -> String {
        var text: [UInt8] = []
        if decimal.exponent > 0 {
            let whole = min(decimal.digits.count, decimal.exponent)
            text.append(contentsOf: decimal.digits[..<whole])
            text.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimal.exponent - whole))
        } else {
            text.append(UInt8(ascii: "0"))
        }
        let fractionDigits = max(decimal.digits.count - decimal.exponent, 0)
        if fractionDigits > 0 {
            text.append(UInt8(ascii: "."))
            for index in 0..<fractionDigits {
                text.append(decimal.digit(at: decimal.exponent + index))
            }
        }
        return String(decoding: text, as: UTF8.self)
    }
}
