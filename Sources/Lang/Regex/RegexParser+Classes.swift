extension RegexParser {
    /// Parses a bracketed class `[…]` or `[^…]` at `start`; returns the position after `]`.
    mutating func parseClass(at start: Int) throws(RegexSyntaxError) -> Int {
        var position = start + 1
        var negated = false
        if position < pattern.count, pattern[position] == "^" {
            negated = true
            position += 1
        }
        var set = RuneSet()
        var plainRanges: [ClosedRange<UInt32>] = []
        var first = true
        // `]` right after the opening bracket is a literal.
        while position >= pattern.count || pattern[position] != "]" || first {
            first = false
            if pattern.count - position > 2, pattern[position] == "[", pattern[position + 1] == ":",
                let (posix, after) = try parsePosixClass(at: position)
            {
                set.formUnion(posix)
                position = after
                continue
            }
            if let (unicode, after) = try parseUnicodeClass(at: position) {
                set.formUnion(unicode)
                position = after
                continue
            }
            if let (perl, after) = parsePerlClass(at: position) {
                set.formUnion(perl)
                position = after
                continue
            }
            let rangeStart = position
            let (low, afterLow) = try parseClassCharacter(at: position, classStart: start)
            position = afterLow
            var high = low
            if pattern.count - position >= 2, pattern[position] == "-", pattern[position + 1] != "]" {
                let (upper, afterHigh) = try parseClassCharacter(at: position + 1, classStart: start)
                position = afterHigh
                guard upper >= low else {
                    throw RegexSyntaxError(code: .invalidCharRange, expression: text(rangeStart..<position))
                }
                high = upper
            }
            plainRanges.append(low...high)
        }
        let plain = RuneSet(plainRanges)
        set.formUnion(flags.contains(.foldCase) ? CaseFolding.closure(of: plain) : plain)
        try push(.runeClass(negated ? set.inverted : set))
        return position + 1
    }

    /// `[:alpha:]`-style classes at `start`; nil when no `:]` follows (the `[` is then a literal).
    private func parsePosixClass(at start: Int) throws(RegexSyntaxError) -> (RuneSet, Int)? {
        var close = start + 2
        while close + 1 < pattern.count, !(pattern[close] == ":" && pattern[close + 1] == "]") { close += 1 }
        guard close + 1 < pattern.count else { return nil }
        let name = text(start..<(close + 2))
        guard let group = NamedClasses.posix(name) else {
            throw RegexSyntaxError(code: .invalidCharRange, expression: name)
        }
        return (classSet(group.set, negated: group.negated), close + 2)
    }

    private func parseClassCharacter(at position: Int, classStart: Int) throws(RegexSyntaxError) -> (UInt32, Int) {
        guard position < pattern.count else {
            throw RegexSyntaxError(code: .missingBracket, expression: text(classStart..<pattern.count))
        }
        if pattern[position] == "\\" { return try parseEscape(at: position) }
        return (pattern[position].value, position + 1)
    }
}
