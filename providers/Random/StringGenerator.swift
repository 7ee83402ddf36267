/// The character classes and minimum counts of a `random_string` or `random_password`.
struct StringRecipe {
    static let defaultSpecials = "!@#$%&*()-_=+[]{}<>:?"

    var length: Int64
    var upper = true
    var minUpper: Int64 = 0
    var lower = true
    var minLower: Int64 = 0
    var numeric = true
    var minNumeric: Int64 = 0
    var special = true
    var minSpecial: Int64 = 0
    var overrideSpecial = ""

    /// A random string: the minimum counts drawn from their classes (whether or not the class
    /// is enabled), the rest from all enabled classes, shuffled. Characters are bytes, so an
    /// override with multi-byte characters can split them, as the Go provider does.
    func generate() throws(StringGenerationError) -> [UInt8] {
        let numbers = Array("0123456789".utf8)
        let lowers = Array("abcdefghijklmnopqrstuvwxyz".utf8)
        let uppers = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
        let specials = Array((overrideSpecial.isEmpty ? Self.defaultSpecials : overrideSpecial).utf8)
        var pool: [UInt8] = []
        if upper { pool += uppers }
        if lower { pool += lowers }
        if numeric { pool += numbers }
        if special { pool += specials }
        // Keyed by class, so a special class equal to another replaces its minimum, as in Go.
        var minimums: [[UInt8]: Int64] = [numbers: minNumeric, lowers: minLower, uppers: minUpper]
        minimums[specials] = minSpecial
        var generator = SystemRandomNumberGenerator()
        var result: [UInt8] = []
        for (characters, count) in minimums.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            result += try draw(count, from: characters, using: &generator)
        }
        result += try draw(length - Int64(result.count), from: pool, using: &generator)
        result.shuffle(using: &generator)
        return result
    }

    private func draw(_ count: Int64, from characters: [UInt8], using generator: inout SystemRandomNumberGenerator) throws(StringGenerationError) -> [UInt8] {
        guard count > 0 else { return [] }
        guard !characters.isEmpty else { throw StringGenerationError() }
        return (0..<count).map { _ in characters[Int.random(in: 0..<characters.count, using: &generator)] }
    }
}

/// No characters to draw from: every class is disabled but the length asks for more.
struct StringGenerationError: Error, CustomStringConvertible {
    var description: String { "crypto/rand: argument to Int is <= 0" }
}
