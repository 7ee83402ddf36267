import Values

/// Decimal digits `0.d₁d₂d₃… × 10^exponent`, digits 0…9 with no leading or trailing zeros; zero
/// has no digits. Rounds the way Go's `big.Float` formatting does.
struct GoDecimal: Equatable {
    var digits: [UInt8]
    var exponent: Int

    static let zero = GoDecimal(digits: [], exponent: 0)

    /// The digit at `index`, or 0 outside the digits.
    func digit(at index: Int) -> UInt8 {
        digits.indices.contains(index) ? digits[index] : 0
    }

    /// Keeps at most `count` digits, rounding half to even; nothing happens for a negative
    /// count.
    mutating func round(toDigits count: Int) {
        guard count >= 0, count < digits.count else { return }
        let halfway = digits[count] == 5 && count + 1 == digits.count
        let up = halfway ? count > 0 && digits[count - 1] % 2 == 1 : digits[count] >= 5
        if up {
            var end = count
            while end > 0, digits[end - 1] == 9 {
                end -= 1
            }
            if end == 0 {
                digits = [1]
                exponent += 1
            } else {
                digits[end - 1] += 1
                digits.removeSubrange(end...)
            }
        } else {
            digits.removeSubrange(count...)
            trimTrailingZeros()
        }
    }

    mutating func trimTrailingZeros() {
        while digits.last == 0 {
            digits.removeLast()
        }
        if digits.isEmpty { exponent = 0 }
    }
}

/// A finite number's exact value, both as binary `significand × 2^binaryExponent` and as decimal
/// digits.
///
/// `Number` prints the shortest decimal that identifies it at its precision, so the exact value
/// is that decimal rounded to the precision (to nearest, ties to even), as Go parses it.
struct ExactNumber {
    let isNegative: Bool
    /// Most significant bit first; empty for zero.
    let significand: [Bool]
    let binaryExponent: Int
    let decimal: GoDecimal
    /// The shortest decimal that identifies the value, as `Number` prints it.
    let shortest: GoDecimal

    /// The exact value of a finite number; nil for infinities.
    init?(_ number: Number) {
        guard !number.isInfinite else { return nil }
        var text = Substring(number.description)
        isNegative = text.first == "-"
        if isNegative { text = text.dropFirst() }
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerDigits = Self.digitValues(parts.first ?? "")
        let fractionDigits = parts.count > 1 ? Self.digitValues(parts[1]) : []
        var shortest = GoDecimal(digits: integerDigits + fractionDigits, exponent: integerDigits.count)
        while shortest.digits.first == 0 {
            shortest.digits.removeFirst()
            shortest.exponent -= 1
        }
        shortest.trimTrailingZeros()
        self.shortest = shortest
        guard !shortest.digits.isEmpty else {
            significand = []
            binaryExponent = 0
            decimal = .zero
            return
        }
        (significand, binaryExponent) = Self.binary(
            integer: integerDigits, fraction: fractionDigits, precision: max(number.precision, 1)
        )
        decimal = Self.decimal(significand: significand, binaryExponent: binaryExponent)
    }

    /// The value's bits when it is a whole number, most significant first; empty for zero.
    var integerBits: [Bool] {
        if binaryExponent >= 0 {
            return significand + Array(repeating: false, count: binaryExponent)
        }
        return Array(significand.dropLast(min(-binaryExponent, significand.count)))
    }

    private static func digitValues(_ text: Substring) -> [UInt8] {
        text.utf8.map { $0 &- UInt8(ascii: "0") }
    }

    /// The decimal `integer.fraction` rounded to `precision` significant bits, ties to even.
    private static func binary(integer: [UInt8], fraction: [UInt8], precision: Int) -> ([Bool], Int) {
        var bits = integerBits(of: integer)
        var topExponent = bits.count
        var fraction = fraction
        while fraction.last == 0 {
            fraction.removeLast()
        }
        while bits.count <= precision && !fraction.isEmpty {
            let chunk = doubling(&fraction, times: 32)
            if bits.isEmpty {
                guard let first = chunk.firstIndex(of: true) else {
                    topExponent -= chunk.count
                    continue
                }
                topExponent -= first
                bits.append(contentsOf: chunk[first...])
            } else {
                bits.append(contentsOf: chunk)
            }
        }
        guard bits.count > precision else {
            while bits.last == false {
                bits.removeLast()
            }
            return (bits, topExponent - bits.count)
        }
        let guardBit = bits[precision]
        let sticky = bits[(precision + 1)...].contains(true) || !fraction.isEmpty
        bits.removeSubrange(precision...)
        if guardBit && (sticky || bits.last == true) {
            if let lastZero = bits.lastIndex(of: false) {
                bits[lastZero] = true
                bits.removeSubrange((lastZero + 1)...)
            } else {
                bits = [true]
                topExponent += 1
            }
        }
        while bits.last == false {
            bits.removeLast()
        }
        return (bits, topExponent - bits.count)
    }

    /// The binary digits of a decimal integer, most significant first; empty for zero.
    private static func integerBits(of digits: [UInt8]) -> [Bool] {
        var rest = Array(digits.drop { $0 == 0 })
        var chunks: [UInt64] = []
        while !rest.isEmpty {
            var quotient: [UInt8] = []
            var remainder: UInt64 = 0
            for digit in rest {
                let value = remainder * 10 + UInt64(digit)
                let next = UInt8(value >> 32)
                if next != 0 || !quotient.isEmpty { quotient.append(next) }
                remainder = value & 0xFFFF_FFFF
            }
            chunks.append(remainder)
            rest = quotient
        }
        var bits: [Bool] = []
        for chunk in chunks.reversed() {
            for shift in stride(from: 31, through: 0, by: -1) {
                let bit = chunk >> UInt64(shift) & 1 == 1
                if bit || !bits.isEmpty { bits.append(bit) }
            }
        }
        return bits
    }

    /// Multiplies the fraction `0.f₁f₂…` by 2^count, keeping the fraction and returning the
    /// integer part's `count` bits.
    private static func doubling(_ fraction: inout [UInt8], times count: Int) -> [Bool] {
        var carry: UInt64 = 0
        for index in fraction.indices.reversed() {
            let value = UInt64(fraction[index]) << UInt64(count) + carry
            fraction[index] = UInt8(value % 10)
            carry = value / 10
        }
        while fraction.last == 0 {
            fraction.removeLast()
        }
        return (0..<count).reversed().map { carry >> UInt64($0) & 1 == 1 }
    }

    /// The exact decimal digits of `significand × 2^binaryExponent`.
    private static func decimal(significand: [Bool], binaryExponent: Int) -> GoDecimal {
        var littleEndian: [UInt8] = []
        for start in stride(from: 0, to: significand.count, by: 32) {
            let chunk = significand[start..<min(start + 32, significand.count)]
            let value = chunk.reduce(UInt64(0)) { $0 << 1 | ($1 ? 1 : 0) }
            multiply(&littleEndian, by: 1 << UInt64(chunk.count), adding: value)
        }
        var remaining = binaryExponent.magnitude
        let (factor, step): (UInt64, UInt) = binaryExponent >= 0 ? (2, 32) : (5, 13)
        while remaining > 0 {
            let count = min(remaining, step)
            multiply(&littleEndian, by: power(factor, count), adding: 0)
            remaining -= count
        }
        var result = GoDecimal(digits: littleEndian.reversed(), exponent: littleEndian.count)
        if binaryExponent < 0 { result.exponent += binaryExponent }
        result.trimTrailingZeros()
        return result
    }

    private static func multiply(_ digits: inout [UInt8], by factor: UInt64, adding addend: UInt64) {
        var carry = addend
        for index in digits.indices {
            let value = UInt64(digits[index]) * factor + carry
            digits[index] = UInt8(value % 10)
            carry = value / 10
        }
        while carry > 0 {
            digits.append(UInt8(carry % 10))
            carry /= 10
        }
    }

    private static func power(_ base: UInt64, _ exponent: UInt) -> UInt64 {
        (0..<exponent).reduce(1) { product, _ in product * base }
    }
}
