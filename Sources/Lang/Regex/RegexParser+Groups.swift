extension RegexParser {
    /// Parses what follows `(?`: a named group `(?P<name>` or `(?<name>`, a flag change `(?i)`,
    /// or a non-capturing group with optional flags `(?i:`. Returns the position after it.
    mutating func parseGroupFlags(at start: Int) throws(RegexSyntaxError) -> Int {
        let remaining = pattern.count - start
        let pythonStyle = remaining > 4 && pattern[start + 2] == "P" && pattern[start + 3] == "<"
        let perlStyle = remaining > 3 && pattern[start + 2] == "<"
        if pythonStyle || perlStyle {
            return try parseNamedGroup(at: start, nameStart: start + (pythonStyle ? 4 : 3))
        }

        var newFlags = flags
        var negating = false
        var sawFlag = false
        var position = start + 2
        while position < pattern.count {
            let character = pattern[position]
            position += 1
            switch character {
            case "i", "m", "s", "U":
                let flag: Flags
                switch character {
                case "i": flag = .foldCase
                case "s": flag = .dotMatchesNewline
                case "U": flag = .nonGreedy
                default: flag = .oneLine
                }
                // `m` turns multi-line mode on, which clears `oneLine`.
                if (character == "m") != negating { newFlags.remove(flag) } else { newFlags.insert(flag) }
                sawFlag = true
            case "-":
                guard !negating else { return try invalidPerlSyntax(start..<position) }
                negating = true
                sawFlag = false
            case ":", ")":
                if negating, !sawFlag { return try invalidPerlSyntax(start..<position) }
                if character == ":" { stack.append(.leftParen(capture: nil, savedFlags: flags)) }
                flags = newFlags
                return position
            default:
                return try invalidPerlSyntax(start..<position)
            }
        }
        return try invalidPerlSyntax(start..<position)
    }

    private func invalidPerlSyntax(_ range: Range<Int>) throws(RegexSyntaxError) -> Int {
        throw RegexSyntaxError(code: .invalidPerlOp, expression: text(range))
    }

    private mutating func parseNamedGroup(at start: Int, nameStart: Int) throws(RegexSyntaxError) -> Int {
        guard let end = pattern[start...].firstIndex(of: ">") else {
            throw RegexSyntaxError(code: .invalidNamedCapture, expression: text(start..<pattern.count))
        }
        let name = pattern[nameStart..<end]
        let valid = !name.isEmpty && name.allSatisfy { $0 == "_" || $0.isASCIIAlphanumeric }
        guard valid else {
            throw RegexSyntaxError(code: .invalidNamedCapture, expression: text(start..<(end + 1)))
        }
        groupNames.append(text(nameStart..<end))
        stack.append(.leftParen(capture: groupNames.count, savedFlags: flags))
        return end + 1
    }
}

extension Unicode.Scalar {
    var isASCIIAlphanumeric: Bool {
        ("0"..."9").contains(self) || ("A"..."Z").contains(self) || ("a"..."z").contains(self)
    }
}
