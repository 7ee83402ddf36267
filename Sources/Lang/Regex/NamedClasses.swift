/// The ASCII classes with short names: Perl's `\d \s \w` (and their negations) and POSIX's
/// `[:alpha:]` family, as RE2 defines them.
enum NamedClasses {
    /// A class and whether it is negated.
    struct Group {
        let set: RuneSet
        let negated: Bool
    }

    /// `\d`, `\D`, `\s`, `\S`, `\w`, `\W` by their letter.
    static func perl(_ letter: Unicode.Scalar) -> Group? {
        switch letter {
        case "d": Group(set: digits, negated: false)
        case "D": Group(set: digits, negated: true)
        case "s": Group(set: perlSpace, negated: false)
        case "S": Group(set: perlSpace, negated: true)
        case "w": Group(set: word, negated: false)
        case "W": Group(set: word, negated: true)
        default: nil
        }
    }

    /// `[:alpha:]`, `[:^alpha:]` and the rest, by their full bracketed text.
    static func posix(_ name: String) -> Group? {
        var inner = name.dropFirst(2).dropLast(2)
        let negated = inner.first == "^"
        if negated { inner = inner.dropFirst() }
        guard let set = posixSets[String(inner)] else { return nil }
        return Group(set: set, negated: negated)
    }

    private static let digits = RuneSet([0x30...0x39])
    private static let perlSpace = RuneSet([0x09...0x0A, 0x0C...0x0D, 0x20...0x20])
    private static let word = RuneSet([0x30...0x39, 0x41...0x5A, 0x5F...0x5F, 0x61...0x7A])

    private static let posixSets: [String: RuneSet] = [
        "alnum": RuneSet([0x30...0x39, 0x41...0x5A, 0x61...0x7A]),
        "alpha": RuneSet([0x41...0x5A, 0x61...0x7A]),
        "ascii": RuneSet([0x00...0x7F]),
        "blank": RuneSet([0x09...0x09, 0x20...0x20]),
        "cntrl": RuneSet([0x00...0x1F, 0x7F...0x7F]),
        "digit": digits,
        "graph": RuneSet([0x21...0x7E]),
        "lower": RuneSet([0x61...0x7A]),
        "print": RuneSet([0x20...0x7E]),
        "punct": RuneSet([0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E]),
        "space": RuneSet([0x09...0x0D, 0x20...0x20]),
        "upper": RuneSet([0x41...0x5A]),
        "word": word,
        "xdigit": RuneSet([0x30...0x39, 0x41...0x46, 0x61...0x66]),
    ]
}
