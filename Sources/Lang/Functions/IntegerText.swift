import Values

/// Integers written in a base from 2 to 62, read as Go's `big.Int.SetString` reads them.
enum IntegerText {
    /// The integer, or nil unless the text is an optional sign followed by one or more digits
    /// of the base: `0-9`, then `a-z` (either case up to base 36; from base 37 `A-Z` are 36–61).
    static func parse(_ text: String, base: Int) -> Number? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { return nil }
        var magnitude = DecimalMagnitude()
        for byte in bytes {
            guard let digit = digitValue(byte, base: base), digit < base else { return nil }
            magnitude.multiply(by: base, adding: digit)
        }
        let digits = magnitude.decimalText
        return Number(parsing: negative && digits != "0" ? "-" + digits : digits)
    }

    private static func digitValue(_ byte: UInt8, base: Int) -> Int? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(byte - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(byte - UInt8(ascii: "A")) + (base <= 36 ? 10 : 36)
        default: nil
        }
    }

    /// A non-negative integer of any size, in base-10⁹ limbs, least significant first.
    private struct DecimalMagnitude {
        private static let limbBase: UInt64 = 1_000_000_000
        private var limbs: [UInt64] = [0]

        mutating func multiply(by factor: Int, adding addend: Int) {
            var carry = UInt64(addend)
            for index in limbs.indices {
                let value = limbs[index] * UInt64(factor) + carry
                limbs[index] = value % Self.limbBase
                carry = value / Self.limbBase
            }
            while carry > 0 {
                limbs.append(carry % Self.limbBase)
                carry /= Self.limbBase
            }
        }

        var decimalText: String {
            guard let last = limbs.last else { return "0" }
            var text = String(last)
            for limb in limbs.dropLast().reversed() {
                let digits = String(limb)
                text += String(repeating: "0", count: 9 - digits.count) + digits
            }
            return text
        }
    }
}
