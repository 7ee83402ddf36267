extension BigUInt {
    static func + (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        let (long, short) = lhs.words.count >= rhs.words.count ? (lhs.words, rhs.words) : (rhs.words, lhs.words)
        var result = long
        var carry: UInt64 = 0
        for index in result.indices {
            guard index < short.count || carry != 0 else { break }
            let (partial, overflow1) = result[index].addingReportingOverflow(index < short.count ? short[index] : 0)
            let (sum, overflow2) = partial.addingReportingOverflow(carry)
            result[index] = sum
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        if carry != 0 { result.append(carry) }
        return BigUInt(words: result)
    }

    /// The difference `lhs - rhs`; callers guarantee `lhs >= rhs`.
    static func - (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        var result = lhs.words
        var borrow: UInt64 = 0
        for index in result.indices {
            guard index < rhs.words.count || borrow != 0 else { break }
            let (partial, overflow1) = result[index].subtractingReportingOverflow(index < rhs.words.count ? rhs.words[index] : 0)
            let (difference, overflow2) = partial.subtractingReportingOverflow(borrow)
            result[index] = difference
            borrow = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        return BigUInt(words: result)
    }

    static func * (lhs: BigUInt, rhs: BigUInt) -> BigUInt {
        guard !lhs.isZero, !rhs.isZero else { return BigUInt() }
        var result = [UInt64](repeating: 0, count: lhs.words.count + rhs.words.count)
        for (i, left) in lhs.words.enumerated() {
            var carry: UInt64 = 0
            for (j, right) in rhs.words.enumerated() {
                let product = left.multipliedFullWidth(by: right)
                let (low, overflow1) = product.low.addingReportingOverflow(result[i + j])
                let (sum, overflow2) = low.addingReportingOverflow(carry)
                result[i + j] = sum
                carry = product.high &+ (overflow1 ? 1 : 0) &+ (overflow2 ? 1 : 0)
            }
            result[i + rhs.words.count] = carry
        }
        return BigUInt(words: result)
    }

    /// Sets the value to `self * factor + addend`.
    mutating func multiply(by factor: UInt64, adding addend: UInt64) {
        var result = words
        var carry = addend
        for index in result.indices {
            let product = result[index].multipliedFullWidth(by: factor)
            let (sum, overflow) = product.low.addingReportingOverflow(carry)
            result[index] = sum
            carry = product.high &+ (overflow ? 1 : 0)
        }
        result.append(carry)
        self = BigUInt(words: result)
    }

    /// The quotient and remainder of division by a nonzero word.
    func quotientAndRemainder(dividingBy divisor: UInt64) -> (quotient: BigUInt, remainder: UInt64) {
        var quotient = [UInt64](repeating: 0, count: words.count)
        var remainder: UInt64 = 0
        for index in words.indices.reversed() {
            (quotient[index], remainder) = divisor.dividingFullWidth((remainder, words[index]))
        }
        return (BigUInt(words: quotient), remainder)
    }

    /// The quotient and remainder of division by a nonzero value (long division, Knuth's algorithm D).
    func quotientAndRemainder(dividingBy divisor: BigUInt) -> (quotient: BigUInt, remainder: BigUInt) {
        if self < divisor { return (BigUInt(), self) }
        if let word = divisor.word {
            let (quotient, remainder) = quotientAndRemainder(dividingBy: word)
            return (quotient, BigUInt(remainder))
        }
        let shift = divisor.bitWidth % 64 == 0 ? 0 : 64 - divisor.bitWidth % 64
        let v = (divisor << shift).words
        var u = (self << shift).words
        u.append(0)
        let n = v.count
        let m = u.count - n - 1
        var quotient = [UInt64](repeating: 0, count: m + 1)
        for j in stride(from: m, through: 0, by: -1) {
            var digit = Self.estimateQuotientDigit(top: u[j + n], middle: u[j + n - 1], low: u[j + n - 2], divisor: v)
            if Self.subtractMultiple(digit, of: v, from: &u, at: j) {
                digit -= 1
                Self.addBack(v, to: &u, at: j)
            }
            quotient[j] = digit
        }
        let remainder = BigUInt(words: Array(u[0..<n])) >> shift
        return (BigUInt(words: quotient), remainder)
    }

    /// An estimate of the next quotient digit that is at most one too large.
    private static func estimateQuotientDigit(top: UInt64, middle: UInt64, low: UInt64, divisor v: [UInt64]) -> UInt64 {
        let first = v[v.count - 1]
        let second = v[v.count - 2]
        var digit: UInt64
        var remainder: UInt64
        var remainderOverflowed = false
        if top >= first {
            digit = .max
            (remainder, remainderOverflowed) = middle.addingReportingOverflow(first)
        } else {
            (digit, remainder) = first.dividingFullWidth((top, middle))
        }
        while !remainderOverflowed {
            let product = digit.multipliedFullWidth(by: second)
            guard product.high > remainder || (product.high == remainder && product.low > low) else { break }
            digit -= 1
            (remainder, remainderOverflowed) = remainder.addingReportingOverflow(first)
        }
        return digit
    }

    /// Subtracts `digit * v` from `u` at word offset `j`; returns whether the result went negative.
    private static func subtractMultiple(_ digit: UInt64, of v: [UInt64], from u: inout [UInt64], at j: Int) -> Bool {
        var carry: UInt64 = 0
        var borrow: UInt64 = 0
        for i in v.indices {
            let product = digit.multipliedFullWidth(by: v[i])
            let (low, overflow) = product.low.addingReportingOverflow(carry)
            carry = product.high &+ (overflow ? 1 : 0)
            let (partial, borrow1) = u[i + j].subtractingReportingOverflow(low)
            let (difference, borrow2) = partial.subtractingReportingOverflow(borrow)
            u[i + j] = difference
            borrow = (borrow1 ? 1 : 0) + (borrow2 ? 1 : 0)
        }
        let (partial, borrow1) = u[j + v.count].subtractingReportingOverflow(carry)
        let (difference, borrow2) = partial.subtractingReportingOverflow(borrow)
        u[j + v.count] = difference
        return borrow1 || borrow2
    }

    private static func addBack(_ v: [UInt64], to u: inout [UInt64], at j: Int) {
        var carry: UInt64 = 0
        for i in v.indices {
            let (partial, overflow1) = u[i + j].addingReportingOverflow(v[i])
            let (sum, overflow2) = partial.addingReportingOverflow(carry)
            u[i + j] = sum
            carry = (overflow1 ? 1 : 0) + (overflow2 ? 1 : 0)
        }
        u[j + v.count] &+= carry
    }
}
