import Values

/// A whole-number argument of the network functions, exact at any size, as Go's `big.Int`
/// receives Terraform's number: go-cidr's range checks look at parts of it (its low 64 bits,
/// its magnitude) and its error messages print all of it.
struct WholeNumber: Equatable, CustomStringConvertible {
    let isNegative: Bool
    /// The magnitude in decimal ASCII digits, without leading zeros ("0" for zero).
    private let digits: [UInt8]

    /// The number, or nil when it is not a whole number (a fraction or an infinity).
    init?(_ number: Number) {
        guard number.isInteger else { return nil }
        var text = Array(number.description.utf8)[...]
        let negative = text.first == UInt8(ascii: "-")
        text = text.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "0") }
        isNegative = negative && !text.isEmpty
        digits = text.isEmpty ? [UInt8(ascii: "0")] : Array(text)
    }

    /// A non-negative number.
    init(_ value: UInt128) {
        isNegative = false
        digits = Array(String(value).utf8)
    }

    var description: String {
        (isNegative ? "-" : "") + String(decoding: digits, as: UTF8.self)
    }

    /// The low 64 bits of the magnitude (Go's `big.Int.Uint64`).
    var lowBits: UInt64 {
        digits.reduce(0) { $0 &* 10 &+ UInt64($1 - UInt8(ascii: "0")) }
    }

    /// The magnitude when it is below 2^128.
    var magnitude: UInt128? {
        var value: UInt128 = 0
        for digit in digits {
            let (tenfold, overflowed) = value.multipliedReportingOverflow(by: 10)
            let (sum, carried) = tenfold.addingReportingOverflow(UInt128(digit - UInt8(ascii: "0")))
            guard !overflowed, !carried else { return nil }
            value = sum
        }
        return value
    }

    /// How many 64-bit words Go's `big.Int` uses for the magnitude (estimated from the number
    /// of digits beyond 128 bits).
    var wordCount: Int {
        guard let magnitude else { return (digits.count * 3322 / 1000 + 64) / 64 }
        return (UInt128.bitWidth - magnitude.leadingZeroBitCount + 63) / 64
    }

    /// The magnitude minus one, when the magnitude is between 1 and 2^128.
    var magnitudeMinusOne: UInt128? {
        if let magnitude { return magnitude == 0 ? nil : magnitude - 1 }
        return digits == Self.twoToThe128 ? .max : nil
    }

    /// The magnitude minus 2^`exponent` in decimal, for a magnitude of at least that power and
    /// an exponent of at most 128.
    func magnitude(minusPowerOfTwo exponent: Int) -> String {
        let power = exponent >= 128 ? Self.twoToThe128 : Array(String(UInt128(1) << exponent).utf8)
        var result: [UInt8] = []
        var borrow = 0
        for offset in 0..<digits.count {
            let top = Int(digits[digits.count - 1 - offset]) - Int(UInt8(ascii: "0"))
            let bottom = offset < power.count ? Int(power[power.count - 1 - offset]) - Int(UInt8(ascii: "0")) : 0
            var difference = top - bottom - borrow
            borrow = difference < 0 ? 1 : 0
            difference += borrow * 10
            result.append(UInt8(difference) + UInt8(ascii: "0"))
        }
        let text = result.reversed().drop { $0 == UInt8(ascii: "0") }
        return text.isEmpty ? "0" : String(decoding: text, as: UTF8.self)
    }

    private static let twoToThe128 = Array("340282366920938463463374607431768211456".utf8)
}
