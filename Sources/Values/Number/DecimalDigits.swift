/// An unsigned decimal `0.d₁d₂d₃… × 10^exponent` with ASCII digits and no trailing zeros; zero
/// has no digits.
struct DecimalDigits {
    private(set) var digits: [UInt8]
    private(set) var exponent: Int

    /// The exact decimal expansion of `significand × 2^binaryExponent`.
    init(significand: BigUInt, binaryExponent: Int) {
        var significand = significand
        var binaryExponent = binaryExponent
        if binaryExponent < 0 {
            let shift = min(significand.trailingZeroBitCount, -binaryExponent)
            significand = significand >> shift
            binaryExponent += shift
        }
        if binaryExponent >= 0 {
            digits = (significand << binaryExponent).decimalDigits
            exponent = digits.count
        } else {
            digits = (significand * .powerOfFive(-binaryExponent)).decimalDigits
            exponent = digits.count + binaryExponent
        }
        trimTrailingZeros()
    }

    var isEmpty: Bool { digits.isEmpty }

    /// The digit at `index`, or "0" outside the digits.
    func digit(at index: Int) -> UInt8 {
        digits.indices.contains(index) ? digits[index] : UInt8(ascii: "0")
    }

    /// Keeps at most `count` digits, rounding half to even.
    mutating func round(toDigits count: Int) {
        guard count >= 0, count < digits.count else { return }
        let next = digits[count]
        let halfway = next == UInt8(ascii: "5") && count + 1 == digits.count
        let up = halfway ? count > 0 && (digits[count - 1] - UInt8(ascii: "0")) & 1 == 1 : next >= UInt8(ascii: "5")
        if up {
            roundUp(toDigits: count)
        } else {
            roundDown(toDigits: count)
        }
    }

    /// Keeps at most `count` digits, rounding toward +∞.
    mutating func roundUp(toDigits count: Int) {
        guard count >= 0, count < digits.count else { return }
        var end = count
        while end > 0, digits[end - 1] >= UInt8(ascii: "9") {
            end -= 1
        }
        if end == 0 {
            digits = [UInt8(ascii: "1")]
            exponent += 1
        } else {
            digits[end - 1] += 1
            digits.removeSubrange(end...)
        }
    }

    /// Keeps at most `count` digits, truncating.
    mutating func roundDown(toDigits count: Int) {
        guard count >= 0, count < digits.count else { return }
        digits.removeSubrange(count...)
        trimTrailingZeros()
    }

    private mutating func trimTrailingZeros() {
        while digits.last == UInt8(ascii: "0") {
            digits.removeLast()
        }
        if digits.isEmpty { exponent = 0 }
    }
}
