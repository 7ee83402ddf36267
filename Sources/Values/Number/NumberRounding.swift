extension Number {
    /// The greatest integer less than or equal to the number, at the number's precision (as
    /// Terraform's `floor`); -0 becomes 0 and infinities are returned unchanged.
    public func floor() -> Number {
        wholeNumber(rounding: .down, precision: precision)
    }

    /// The least integer greater than or equal to the number, at the number's precision (as
    /// Terraform's `ceil`); -0 becomes 0 and infinities are returned unchanged.
    public func ceil() -> Number {
        wholeNumber(rounding: .up, precision: precision)
    }

    /// The integer part, rounded toward zero to a whole number and then to `precision` bits.
    func truncated(toPrecision precision: Int) -> Number {
        wholeNumber(rounding: .towardZero, precision: precision)
    }

    private enum WholeNumberRounding {
        case towardZero, down, up
    }

    /// A whole number near the value, rounded to `precision` bits; zero is always +0, as in Go's
    /// `SetInt`.
    private func wholeNumber(rounding: WholeNumberRounding, precision: Int) -> Number {
        guard case .finite(let value) = storage, value.exponent < 0 else {
            return isZero ? .zero(negative: false, precision: precision) : rounded(toPrecision: precision)
        }
        var magnitude = value.significand >> -value.exponent
        let awayFromZero = switch rounding {
        case .towardZero: false
        case .down: value.isNegative
        case .up: !value.isNegative
        }
        if awayFromZero {
            magnitude = magnitude + BigUInt(1)
        }
        guard !magnitude.isZero else { return .zero(negative: false, precision: precision) }
        return Number(rounding: BinaryValue(isNegative: value.isNegative, significand: magnitude, exponent: 0), precision: precision)
    }
}
