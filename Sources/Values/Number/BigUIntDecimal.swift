extension BigUInt {
    private static let chunkDigits = 19
    private static let chunkBase: UInt64 = 10_000_000_000_000_000_000

    /// The value of a string of ASCII decimal digits.
    init(decimalDigits digits: ArraySlice<UInt8>) {
        self.init()
        var start = digits.startIndex
        while start < digits.endIndex {
            let end = min(start + Self.chunkDigits, digits.endIndex)
            var chunk: UInt64 = 0
            var scale: UInt64 = 1
            for digit in digits[start..<end] {
                chunk = chunk * 10 + UInt64(digit - UInt8(ascii: "0"))
                scale *= 10
            }
            multiply(by: scale, adding: chunk)
            start = end
        }
    }

    /// The value's decimal digits as ASCII, most significant first; empty for zero.
    var decimalDigits: [UInt8] {
        var chunks: [UInt64] = []
        var rest = self
        while !rest.isZero {
            let (quotient, remainder) = rest.quotientAndRemainder(dividingBy: Self.chunkBase)
            chunks.append(remainder)
            rest = quotient
        }
        guard let leading = chunks.popLast() else { return [] }
        var digits = Array(String(leading).utf8)
        for chunk in chunks.reversed() {
            let text = Array(String(chunk).utf8)
            digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: Self.chunkDigits - text.count))
            digits.append(contentsOf: text)
        }
        return digits
    }

    /// Five raised to `exponent`, exactly.
    static func powerOfFive(_ exponent: Int) -> BigUInt {
        var result = BigUInt(1)
        var base = BigUInt(5)
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result = result * base }
            remaining >>= 1
            if remaining > 0 { base = base * base }
        }
        return result
    }
}
