/// Where random integers come from: Go's seeded generator when a resource has a `seed`, the
/// system's otherwise.
protocol IntegerSource {
    /// A number in 0..<n; `n` must be positive.
    mutating func integer(below n: Int64) -> Int64
}

extension IntegerSource {
    /// A random permutation of 0..<count, built as Go's `Rand.Perm` builds it.
    mutating func permutation(of count: Int) -> [Int] {
        var result = [Int](repeating: 0, count: count)
        for index in 0..<count {
            let other = Int(integer(below: Int64(index + 1)))
            result[index] = result[other]
            result[other] = index
        }
        return result
    }
}

/// The system's cryptographically secure generator.
struct SystemIntegerSource: IntegerSource {
    private var generator = SystemRandomNumberGenerator()

    mutating func integer(below n: Int64) -> Int64 {
        Int64.random(in: 0..<n, using: &generator)
    }
}

/// The source hashicorp/random uses for a `seed` argument: Go's generator seeded with the
/// seed's CRC-64 (ISO) when it is set and not empty, the system's generator otherwise.
func integerSource(seed: String?) -> any IntegerSource {
    guard let seed, !seed.isEmpty else { return SystemIntegerSource() }
    return GoRandomSource(seed: Int64(bitPattern: CRC64.iso(Array(seed.utf8))))
}
