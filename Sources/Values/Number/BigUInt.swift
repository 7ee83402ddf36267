/// An unsigned integer of any size: the significand of a `Number`.
///
/// Words are little-endian and the most significant word is never zero, so zero has no words and
/// every value has exactly one representation.
struct BigUInt: Hashable, Sendable {
    private(set) var words: [UInt64]

    init() {
        words = []
    }

    init(_ word: UInt64) {
        words = word == 0 ? [] : [word]
    }

    init(words: [UInt64]) {
        self.words = words
        normalize()
    }

    private mutating func normalize() {
        while let last = words.last, last == 0 {
            words.removeLast()
        }
    }

    var isZero: Bool { words.isEmpty }

    /// The number of bits up to and including the most significant one.
    var bitWidth: Int {
        guard let last = words.last else { return 0 }
        return words.count * 64 - last.leadingZeroBitCount
    }

    /// The number of zero bits below the least significant one; 0 for zero.
    var trailingZeroBitCount: Int {
        guard let index = words.firstIndex(where: { $0 != 0 }) else { return 0 }
        return index * 64 + words[index].trailingZeroBitCount
    }

    /// The value as a single word, when it fits in one.
    var word: UInt64? {
        switch words.count {
        case 0: 0
        case 1: words[0]
        default: nil
        }
    }

    var isOdd: Bool { (words.first ?? 0) & 1 == 1 }

    func bit(at position: Int) -> Bool {
        let index = position / 64
        guard position >= 0, index < words.count else { return false }
        return words[index] >> UInt64(position % 64) & 1 == 1
    }

    /// Whether any bit below `position` is set.
    func hasBits(below position: Int) -> Bool {
        guard position > 0, !words.isEmpty else { return false }
        let whole = min(position / 64, words.count)
        if words[..<whole].contains(where: { $0 != 0 }) { return true }
        let rest = position % 64
        guard rest > 0, whole < words.count else { return false }
        return words[whole] & (UInt64(1) << UInt64(rest) - 1) != 0
    }

    static func << (value: BigUInt, shift: Int) -> BigUInt {
        guard shift > 0, !value.isZero else { return value }
        let wordShift = shift / 64
        let bitShift = UInt64(shift % 64)
        var result = [UInt64](repeating: 0, count: value.words.count + wordShift + 1)
        for (index, word) in value.words.enumerated() {
            result[index + wordShift] |= word << bitShift
            if bitShift > 0 {
                result[index + wordShift + 1] = word >> (64 - bitShift)
            }
        }
        return BigUInt(words: result)
    }

    static func >> (value: BigUInt, shift: Int) -> BigUInt {
        guard shift > 0 else { return value }
        let wordShift = shift / 64
        guard wordShift < value.words.count else { return BigUInt() }
        let bitShift = UInt64(shift % 64)
        let count = value.words.count - wordShift
        var result = [UInt64](repeating: 0, count: count)
        for index in 0..<count {
            result[index] = value.words[index + wordShift] >> bitShift
            if bitShift > 0, index + wordShift + 1 < value.words.count {
                result[index] |= value.words[index + wordShift + 1] << (64 - bitShift)
            }
        }
        return BigUInt(words: result)
    }
}

extension BigUInt: Comparable {
    static func < (lhs: BigUInt, rhs: BigUInt) -> Bool {
        if lhs.words.count != rhs.words.count { return lhs.words.count < rhs.words.count }
        for index in lhs.words.indices.reversed() where lhs.words[index] != rhs.words[index] {
            return lhs.words[index] < rhs.words[index]
        }
        return false
    }
}
