/// A regular expression with Go's RE2 syntax and semantics, as Terraform's `regex`,
/// `regexall` and `replace` use it: leftmost-first matching over Unicode code points, in time
/// linear in the text.
struct RegexPattern: Sendable {
    let program: RegexProgram
    /// The names of the capture groups in order; empty for unnamed groups.
    let groupNames: [String]

    /// Parses and compiles `pattern`, failing as Go's `regexp.Compile` fails.
    init(_ pattern: String) throws(RegexSyntaxError) {
        let parsed = try RegexParser.parse(pattern)
        program = RegexProgram(parsed)
        groupNames = parsed.groupNames
    }

    /// The leftmost match in `text`, if any.
    func firstMatch(in text: String) -> RegexMatch? {
        let subject = RegexSubject(text)
        var machine = PikeVM(program)
        return machine.firstMatch(in: subject.runes, from: 0).map { RegexMatch(subject: subject, slots: $0) }
    }

    /// Every successive non-overlapping match, as Go's `FindAllStringSubmatchIndex` finds
    /// them: an empty match right after the previous match is skipped.
    func allMatches(in text: String) -> [RegexMatch] {
        let subject = RegexSubject(text)
        var machine = PikeVM(program)
        var matches: [RegexMatch] = []
        var position = 0
        var previousEnd = -1
        while position <= subject.runes.count,
            let slots = machine.firstMatch(in: subject.runes, from: position)
        {
            var accepted = true
            if slots[1] == position {
                if slots[0] == previousEnd { accepted = false }
                position += 1
            } else {
                position = slots[1]
            }
            previousEnd = slots[1]
            if accepted { matches.append(RegexMatch(subject: subject, slots: slots)) }
        }
        return matches
    }
}

/// The text being searched, as the code points the machine steps over.
struct RegexSubject: Sendable {
    let runes: [UInt32]

    init(_ text: String) { runes = text.unicodeScalars.map(\.value) }

    /// The text between two code point positions.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        for rune in runes[range] {
            if let scalar = Unicode.Scalar(rune) { view.append(scalar) }
        }
        return String(view)
    }
}

/// One match: where the whole match and each capture group lie.
struct RegexMatch: Sendable {
    let subject: RegexSubject
    /// Group `n` spans `slots[2n]..<slots[2n+1]`, both -1 when it did not take part.
    let slots: [Int]

    /// The whole match.
    var text: String { group(0) ?? "" }

    /// The text of group `index` (0 is the whole match), nil when it did not take part.
    func group(_ index: Int) -> String? {
        guard 2 * index + 1 < slots.count else { return nil }
        let (start, end) = (slots[2 * index], slots[2 * index + 1])
        guard start >= 0, end >= start else { return nil }
        return subject.text(start..<end)
    }
}
