/// Go's `math/rand` generator seeded with `rand.NewSource(seed)`: an additive lagged Fibonacci
/// generator. hashicorp/random draws seeded results from it, so the same seed gives the same
/// result here as in Terraform.
struct GoRandomSource: IntegerSource {
    private static let length = 607
    private static let tap = 273
    private static let int32Max: Int64 = (1 << 31) - 1

    private var vector: [UInt64]
    private var tapIndex = 0
    private var feedIndex = length - tap

    init(seed: Int64) {
        var seed = seed % Self.int32Max
        if seed < 0 { seed += Self.int32Max }
        if seed == 0 { seed = 89_482_311 }
        let cooked = GoRandomCookedState.values
        vector = zip(Self.seedWords(from: Int32(seed), shifts: (40, 20)), cooked).map { $0 ^ $1 }
    }

    /// The 607 words a Park–Miller sequence from `seed` gives, each three steps combined with
    /// the first two shifted left by `shifts`, after 20 steps to warm up.
    static func seedWords(from seed: Int32, shifts: (UInt64, UInt64)) -> [UInt64] {
        var x = seed
        var words: [UInt64] = []
        words.reserveCapacity(length)
        for index in -20..<length {
            x = lehmer(x)
            guard index >= 0 else { continue }
            var word = UInt64(UInt32(bitPattern: x)) << shifts.0
            x = lehmer(x)
            word ^= UInt64(UInt32(bitPattern: x)) << shifts.1
            x = lehmer(x)
            word ^= UInt64(UInt32(bitPattern: x))
            words.append(word)
        }
        return words
    }

    /// One step of the Park–Miller generator Go seeds with: x·48271 mod (2^31 − 1).
    private static func lehmer(_ x: Int32) -> Int32 {
        let (quotient, remainder) = x.quotientAndRemainder(dividingBy: 44_488)
        var next = 48_271 &* remainder &- 3_399 &* quotient
        if next < 0 { next &+= Int32(int32Max) }
        return next
    }

    mutating func nextWord() -> UInt64 {
        tapIndex = tapIndex == 0 ? Self.length - 1 : tapIndex - 1
        feedIndex = feedIndex == 0 ? Self.length - 1 : feedIndex - 1
        let word = vector[feedIndex] &+ vector[tapIndex]
        vector[feedIndex] = word
        return word
    }

    /// A non-negative 63-bit number (`Int63`).
    mutating func int63() -> Int64 {
        Int64(bitPattern: nextWord() & (UInt64.max >> 1))
    }

    /// A number in 0..<n, drawn as Go's `Rand.Intn` draws it; `n` must be positive.
    mutating func integer(below n: Int64) -> Int64 {
        if n <= Int64(Int32.max) { return Int64(int31(below: Int32(n))) }
        if n & (n - 1) == 0 { return int63() & (n - 1) }
        let limit = Int64.max - Int64((UInt64(1) << 63) % UInt64(n))
        var value = int63()
        while value > limit { value = int63() }
        return value % n
    }

    private mutating func int31(below n: Int32) -> Int32 {
        if n & (n - 1) == 0 { return Int32(truncatingIfNeeded: int63() >> 32) & (n - 1) }
        let limit = Int32.max - Int32((UInt32(1) << 31) % UInt32(n))
        var value = Int32(truncatingIfNeeded: int63() >> 32)
        while value > limit { value = Int32(truncatingIfNeeded: int63() >> 32) }
        return value % n
    }
}
