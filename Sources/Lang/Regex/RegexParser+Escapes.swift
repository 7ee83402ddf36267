extension RegexParser {
    /// Parses a backslash sequence outside brackets: an assertion (`\A \b \B \z`), quoted text
    /// (`\Q…\E`), a class (`\pL`, `\d`), or an escaped character. Returns the position after it.
    mutating func parseBackslash(at start: Int) throws(RegexSyntaxError) -> Int {
        if start + 1 < pattern.count {
            let letter = pattern[start + 1]
            if let assertion = Self.assertions[letter] {
                try push(assertion)
                return start + 2
            }
            if letter == "C" {
                throw RegexSyntaxError(code: .invalidEscape, expression: text(start..<(start + 2)))
            }
            if letter == "Q" { return try parseQuotedText(from: start + 2) }
        }
        if let (set, after) = try parseUnicodeClass(at: start) {
            try push(.runeClass(set))
            return after
        }
        if let (set, after) = parsePerlClass(at: start) {
            try push(.runeClass(set))
            return after
        }
        let (rune, after) = try parseEscape(at: start)
        try pushLiteral(rune)
        return after
    }

    private static let assertions: [Unicode.Scalar: RegexNode.Kind] = [
        "A": .beginText, "b": .wordBoundary, "B": .notWordBoundary, "z": .endText,
    ]

    /// Pushes the text up to `\E` (or the end of the pattern) as literals.
    private mutating func parseQuotedText(from start: Int) throws(RegexSyntaxError) -> Int {
        var position = start
        while position < pattern.count {
            if pattern[position] == "\\", position + 1 < pattern.count, pattern[position + 1] == "E" {
                return position + 2
            }
            try pushLiteral(pattern[position].value)
            position += 1
        }
        return position
    }

    /// Parses a single escaped character at `start` (a backslash): octal, hexadecimal, C-style
    /// or escaped punctuation. Returns the code point and the position after it.
    func parseEscape(at start: Int) throws(RegexSyntaxError) -> (UInt32, Int) {
        var position = start + 1
        guard position < pattern.count else {
            throw RegexSyntaxError(code: .trailingBackslash, expression: "")
        }
        let character = pattern[position]
        position += 1
        func invalid() -> RegexSyntaxError {
            RegexSyntaxError(code: .invalidEscape, expression: text(start..<position))
        }
        func octalDigit(at index: Int) -> UInt32? {
            guard index < pattern.count, ("0"..."7").contains(pattern[index]) else { return nil }
            return pattern[index].value - 0x30
        }

        switch character {
        case "1"..."7", "0":
            // A lone non-zero digit would be a backreference, which RE2 does not support.
            if character != "0", octalDigit(at: position) == nil { throw invalid() }
            var value = character.value - 0x30
            for _ in 1..<3 {
                guard let digit = octalDigit(at: position) else { break }
                value = value * 8 + digit
                position += 1
            }
            return (value, position)
        case "x":
            return try parseHexEscape(start: start, position: &position)
        case "a": return (0x07, position)
        case "f": return (0x0C, position)
        case "n": return (0x0A, position)
        case "r": return (0x0D, position)
        case "t": return (0x09, position)
        case "v": return (0x0B, position)
        default:
            if character.isASCII, !character.isASCIIAlphanumeric { return (character.value, position) }
            throw invalid()
        }
    }

    /// `\xHH` or `\x{H…}`; `position` is just after the `x`.
    private func parseHexEscape(start: Int, position: inout Int) throws(RegexSyntaxError) -> (UInt32, Int) {
        func hexDigit(_ scalar: Unicode.Scalar) -> UInt32? {
            guard scalar.isASCII else { return nil }
            return UInt32(String(scalar), radix: 16)
        }
        guard position < pattern.count else {
            throw RegexSyntaxError(code: .invalidEscape, expression: text(start..<position))
        }
        let first = pattern[position]
        position += 1
        if first == "{" {
            var value: UInt32 = 0
            var digits = 0
            while true {
                guard position < pattern.count else {
                    throw RegexSyntaxError(code: .invalidEscape, expression: text(start..<position))
                }
                let character = pattern[position]
                position += 1
                if character == "}" { break }
                guard let digit = hexDigit(character) else {
                    throw RegexSyntaxError(code: .invalidEscape, expression: text(start..<position))
                }
                value = value * 16 + digit
                guard value <= RuneSet.maxRune else {
                    throw RegexSyntaxError(code: .invalidEscape, expression: text(start..<position))
                }
                digits += 1
            }
            guard digits > 0 else {
                throw RegexSyntaxError(code: .invalidEscape, expression: text(start..<position))
            }
            return (value, position)
        }
        let second = position < pattern.count ? pattern[position] : nil
        if second != nil { position += 1 }
        guard let high = hexDigit(first), let second, let low = hexDigit(second) else {
            throw RegexSyntaxError(code: .invalidEscape, expression: text(start..<position))
        }
        return (high * 16 + low, position)
    }

    /// `\d`, `\s`, `\w` and their negations at `start`, with `(?i)` applied.
    func parsePerlClass(at start: Int) -> (RuneSet, Int)? {
        guard start + 1 < pattern.count, pattern[start] == "\\",
            let group = NamedClasses.perl(pattern[start + 1])
        else { return nil }
        return (classSet(group.set, negated: group.negated), start + 2)
    }

    /// `\pL`, `\p{Greek}`, `\PN`, `\p{^Greek}` at `start`, with `(?i)` applied; nil when the
    /// text is not `\p` or `\P`.
    func parseUnicodeClass(at start: Int) throws(RegexSyntaxError) -> (RuneSet, Int)? {
        guard start + 1 < pattern.count, pattern[start] == "\\",
            pattern[start + 1] == "p" || pattern[start + 1] == "P"
        else { return nil }
        var negated = pattern[start + 1] == "P"
        let sequenceEnd: Int
        var name: String
        if start + 2 < pattern.count, pattern[start + 2] == "{" {
            guard let close = pattern[start...].firstIndex(of: "}") else {
                throw RegexSyntaxError(code: .invalidCharRange, expression: text(start..<pattern.count))
            }
            sequenceEnd = close + 1
            name = text((start + 3)..<close)
        } else {
            sequenceEnd = min(start + 3, pattern.count)
            name = text((start + 2)..<sequenceEnd)
        }
        if name.hasPrefix("^") {
            negated.toggle()
            name.removeFirst()
        }
        guard let set = UnicodeClasses.set(named: name) else {
            throw RegexSyntaxError(code: .invalidCharRange, expression: text(start..<sequenceEnd))
        }
        return (classSet(set, negated: negated), sequenceEnd)
    }

    /// A named class as it enters a pattern: closed under case folding when `(?i)` is on, then
    /// negated if asked.
    func classSet(_ set: RuneSet, negated: Bool) -> RuneSet {
        let folded = flags.contains(.foldCase) ? CaseFolding.closure(of: set) : set
        return negated ? folded.inverted : folded
    }
}
