/// Word lists for `random_pet`: names read as `adverb-…-adjective-name`.
enum PetWords {
    /// A pet name of `length` words, lower case: one word is a name; two or more (or fewer than
    /// one, as the Go provider allows) are an adjective and a name after `length − 2` adverbs.
    static func name(length: Int64, separator: String) -> String {
        var generator = SystemRandomNumberGenerator()
        func pick(_ words: [String]) -> String {
            words[Int.random(in: 0..<words.count, using: &generator)]
        }
        if length == 1 { return pick(names) }
        let adverbCount = max(0, length - 2)
        let words = (0..<adverbCount).map { _ in pick(adverbs) } + [pick(adjectives), pick(names)]
        return words.joined(separator: separator)
    }
}
