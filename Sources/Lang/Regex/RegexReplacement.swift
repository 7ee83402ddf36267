extension RegexPattern {
    /// `text` with every match replaced by `template` expanded as Go's `ReplaceAllString`
    /// expands it: `$1`, `${1}`, `$name`, `${name}` insert groups, `$$` a dollar sign.
    func replacingMatches(in text: String, with template: String) -> String {
        let subject = RegexSubject(text)
        let parsedTemplate = ReplacementTemplate(template)
        var machine = PikeVM(program)
        var result = String.UnicodeScalarView()
        var lastMatchEnd = 0
        var searchPosition = 0
        while searchPosition <= subject.runes.count,
            let slots = machine.firstMatch(in: subject.runes, from: searchPosition)
        {
            appendRunes(subject.runes[lastMatchEnd..<slots[0]], to: &result)
            // No replacement for an empty match right after the previous match.
            if slots[1] > lastMatchEnd || slots[0] == 0 {
                let match = RegexMatch(subject: subject, slots: slots)
                result.append(contentsOf: parsedTemplate.expand(match, groupNames: groupNames).unicodeScalars)
            }
            lastMatchEnd = slots[1]
            searchPosition = searchPosition + 1 > slots[1] ? searchPosition + 1 : slots[1]
        }
        appendRunes(subject.runes[lastMatchEnd...], to: &result)
        return String(result)
    }

    private func appendRunes(_ runes: ArraySlice<UInt32>, to view: inout String.UnicodeScalarView) {
        for rune in runes {
            if let scalar = Unicode.Scalar(rune) { view.append(scalar) }
        }
    }
}

/// A replacement template split into literal text and group references.
struct ReplacementTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        case groupNumber(Int)
        case groupName(String)
    }

    let pieces: [Piece]

    init(_ template: String) {
        var pieces: [Piece] = []
        var literal = String.UnicodeScalarView()
        let scalars = Array(template.unicodeScalars)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "$" else {
                literal.append(scalars[index])
                index += 1
                continue
            }
            index += 1
            if index < scalars.count, scalars[index] == "$" {
                literal.append("$")
                index += 1
                continue
            }
            guard let (reference, after) = Self.reference(in: scalars, at: index) else {
                literal.append("$")
                continue
            }
            if !literal.isEmpty { pieces.append(.text(String(literal))) }
            literal = String.UnicodeScalarView()
            pieces.append(reference)
            index = after
        }
        if !literal.isEmpty { pieces.append(.text(String(literal))) }
        self.pieces = pieces
    }

    /// A name made of letters, digits and `_` (optionally in braces) at `start`, just after a
    /// `$`: a group number when it is all decimal digits without a leading zero.
    private static func reference(in scalars: [Unicode.Scalar], at start: Int) -> (Piece, Int)? {
        var index = start
        let braced = index < scalars.count && scalars[index] == "{"
        if braced { index += 1 }
        let nameStart = index
        while index < scalars.count, isNameCharacter(scalars[index]) { index += 1 }
        guard index > nameStart else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[nameStart..<index])
        let name = String(view)
        if braced {
            guard index < scalars.count, scalars[index] == "}" else { return nil }
            index += 1
        }
        return (groupReference(name), index)
    }

    private static func groupReference(_ name: String) -> Piece {
        var number = 0
        for scalar in name.unicodeScalars {
            guard ("0"..."9").contains(scalar), number < 100_000_000 else { return .groupName(name) }
            number = number * 10 + Int(scalar.value - 0x30)
        }
        if name.hasPrefix("0"), name.unicodeScalars.count > 1 { return .groupName(name) }
        return .groupNumber(number)
    }

    private static func isNameCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "_" { return true }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// The template with each reference replaced by the group's text; a group that is out of
    /// range, did not take part, or has no such name inserts nothing.
    func expand(_ match: RegexMatch, groupNames: [String]) -> String {
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text): result += text
            case .groupNumber(let number): result += match.group(number) ?? ""
            case .groupName(let name):
                for (offset, groupName) in groupNames.enumerated() where groupName == name {
                    if let text = match.group(offset + 1) {
                        result += text
                        break
                    }
                }
            }
        }
        return result
    }
}
