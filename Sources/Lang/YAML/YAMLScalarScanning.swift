extension YAMLScanner {
    private func atDocumentIndicator() -> Bool {
        guard mark.column == 0, Self.isBlankOrEnd(character(3)) else { return false }
        let c = character()
        return (c == "-" || c == ".") && character(1) == c && character(2) == c
    }

    /// Joins folded lines as YAML does: a single line break becomes a space, more breaks stay.
    static func folded(leadingBreak: String, trailingBreaks: String) -> String {
        if leadingBreak.hasPrefix("\n") {
            return trailingBreaks.isEmpty ? " " : trailingBreaks
        }
        return leadingBreak + trailingBreaks
    }

    /// The white space between the words of a flow or plain scalar.
    private struct Blanks {
        var whitespace = ""
        var leadingBreak = ""
        var trailingBreaks = ""
        var leadingBlanks = false

        /// What the blanks contribute to the scalar: folded line breaks, or the spaces.
        var folded: String {
            leadingBlanks ? YAMLScanner.folded(leadingBreak: leadingBreak, trailingBreaks: trailingBreaks) : whitespace
        }
    }

    /// Reads spaces, tabs and line breaks into `blanks`; a tab in the indentation of a line
    /// before `tabLimit` is an error for plain scalars.
    private mutating func readBlanks(
        into blanks: inout Blanks, tabLimit: Int?, start: YAMLMark
    ) throws(YAMLSyntaxError) {
        while Self.isBlank(character()) || Self.isBreak(character()) {
            if Self.isBlank(character()) {
                if let tabLimit, blanks.leadingBlanks && mark.column < tabLimit && character() == "\t" {
                    throw scannerError(start, "found a tab character that violates indentation")
                }
                if !blanks.leadingBlanks { blanks.whitespace.unicodeScalars.append(character()) }
                advance()
            } else if !blanks.leadingBlanks {
                blanks.whitespace = ""
                blanks.leadingBreak = readBreak()
                blanks.leadingBlanks = true
            } else {
                blanks.trailingBreaks += readBreak()
            }
        }
    }

    mutating func scanPlainScalar() throws(YAMLSyntaxError) {
        let start = mark
        var end = mark
        let minimumIndent = indent + 1
        var value = ""
        var blanks = Blanks()
        let flowIndicators: Set<Unicode.Scalar> = [",", "?", "[", "]", "{", "}"]
        while true {
            if atDocumentIndicator() || character() == "#" { break }
            while !Self.isBlankOrEnd(character()) {
                let c = character()
                if (c == ":" && Self.isBlankOrEnd(character(1))) || (flowLevel > 0 && flowIndicators.contains(c)) { break }
                value += blanks.folded
                blanks = Blanks()
                value.unicodeScalars.append(c)
                advance()
                end = mark
            }
            if !(Self.isBlank(character()) || Self.isBreak(character())) { break }
            try readBlanks(into: &blanks, tabLimit: minimumIndent, start: start)
            if flowLevel == 0 && mark.column < minimumIndent { break }
        }
        appendScalar(value, .plain, start, end)
        if blanks.leadingBlanks { simpleKeyAllowed = true }
    }

    mutating func scanFlowScalar(single: Bool) throws(YAMLSyntaxError) {
        let start = mark
        advance()
        var value = ""
        while true {
            if atDocumentIndicator() {
                throw scannerError(start, "found unexpected document indicator")
            }
            if mark.index >= characters.count {
                throw scannerError(start, "found unexpected end of stream")
            }
            var blanks = Blanks()
            while !Self.isBlankOrEnd(character()) {
                let c = character()
                if single && c == "'" && character(1) == "'" {
                    value += "'"
                    advance(); advance()
                } else if c == (single ? "'" : "\"") {
                    break
                } else if !single && c == "\\" && Self.isBreak(character(1)) {
                    advance()
                    _ = readBreak()
                    blanks.leadingBlanks = true
                    break
                } else if !single && c == "\\" {
                    try scanEscape(into: &value, start: start)
                } else {
                    value.unicodeScalars.append(c)
                    advance()
                }
            }
            if character() == (single ? "'" : "\"") { break }
            try readBlanks(into: &blanks, tabLimit: nil, start: start)
            value += blanks.folded
        }
        advance()
        appendScalar(value, single ? .singleQuoted : .doubleQuoted, start, mark)
    }

    private mutating func scanEscape(into value: inout String, start: YAMLMark) throws(YAMLSyntaxError) {
        let simple: [Unicode.Scalar: String] = [
            "0": "\0", "a": "\u{7}", "b": "\u{8}", "t": "\t", "\t": "\t", "n": "\n", "v": "\u{B}", "f": "\u{C}",
            "r": "\r", "e": "\u{1B}", " ": " ", "\"": "\"", "/": "/", "'": "'", "\\": "\\",
            "N": "\u{85}", "_": "\u{A0}", "L": "\u{2028}", "P": "\u{2029}",
        ]
        let code = character(1)
        if let text = simple[code] {
            value += text
            advance(); advance()
            return
        }
        let width: Int
        switch code {
        case "x": width = 2
        case "u": width = 4
        case "U": width = 8
        default: throw scannerError(start, "found unknown escape character")
        }
        advance(); advance()
        var scalarValue: UInt32 = 0
        for offset in 0..<width {
            guard let digit = hexValue(character(offset)) else {
                throw scannerError(start, "did not find expected hexdecimal number")
            }
            scalarValue = scalarValue << 4 | UInt32(digit)
        }
        guard let scalar = Unicode.Scalar(scalarValue) else {
            throw scannerError(start, "found invalid Unicode character escape code")
        }
        value.unicodeScalars.append(scalar)
        for _ in 0..<width { advance() }
    }

    mutating func scanBlockScalar(literal: Bool) throws(YAMLSyntaxError) {
        let start = mark
        advance()
        var chomping = 0
        var increment = 0
        func chompingIndicator(_ c: Unicode.Scalar) -> Int? { c == "+" ? 1 : c == "-" ? -1 : nil }
        func digit(_ c: Unicode.Scalar) -> Int? { ("0"..."9").contains(c) ? Int(c.value - 48) : nil }
        if let chomp = chompingIndicator(character()) {
            chomping = chomp
            advance()
            if let digit = digit(character()) {
                guard digit != 0 else { throw scannerError(start, "found an indentation indicator equal to 0") }
                increment = digit
                advance()
            }
        } else if let digit = digit(character()) {
            guard digit != 0 else { throw scannerError(start, "found an indentation indicator equal to 0") }
            increment = digit
            advance()
            if let chomp = chompingIndicator(character()) {
                chomping = chomp
                advance()
            }
        }
        while Self.isBlank(character()) { advance() }
        if character() == "#" {
            while !Self.isBreakOrEnd(character()) { advance() }
        }
        guard Self.isBreakOrEnd(character()) else {
            throw scannerError(start, "did not find expected comment or line break")
        }
        _ = readBreak()
        var end = mark
        var blockIndent = increment > 0 ? (indent >= 0 ? indent + increment : increment) : 0
        var trailingBreaks = try scanBlockBreaks(indent: &blockIndent, start: start, end: &end)
        var value = ""
        var leadingBreak = ""
        var leadingBlank = false
        while mark.column == blockIndent && mark.index < characters.count {
            let trailingBlank = Self.isBlank(character())
            if !literal && leadingBreak.hasPrefix("\n") && !leadingBlank && !trailingBlank {
                if trailingBreaks.isEmpty { value += " " }
                leadingBreak = ""
            } else {
                value += leadingBreak
                leadingBreak = ""
            }
            value += trailingBreaks
            trailingBreaks = ""
            leadingBlank = Self.isBlank(character())
            while !Self.isBreakOrEnd(character()) {
                value.unicodeScalars.append(character())
                advance()
            }
            leadingBreak = readBreak()
            trailingBreaks = try scanBlockBreaks(indent: &blockIndent, start: start, end: &end)
        }
        if chomping != -1 { value += leadingBreak }
        if chomping == 1 { value += trailingBreaks }
        appendScalar(value, literal ? .literal : .folded, start, end)
    }

    /// Reads the empty lines of a block scalar and, when not yet known, its indentation.
    private mutating func scanBlockBreaks(
        indent blockIndent: inout Int, start: YAMLMark, end: inout YAMLMark
    ) throws(YAMLSyntaxError) -> String {
        var breaks = ""
        var maxIndent = 0
        end = mark
        while true {
            while (blockIndent == 0 || mark.column < blockIndent) && character() == " " { advance() }
            maxIndent = max(maxIndent, mark.column)
            if (blockIndent == 0 || mark.column < blockIndent) && character() == "\t" {
                throw scannerError(start, "found a tab character where an indentation space is expected")
            }
            guard Self.isBreak(character()) else { break }
            breaks += readBreak()
            end = mark
        }
        if blockIndent == 0 {
            blockIndent = max(maxIndent, indent + 1, 1)
        }
        return breaks
    }
}
