/// One line of tokens split into up to three cells, each a range of indices into the token list:
/// `lead` (everything before the others), `assign` (from an attribute's `=` to the line's end)
/// and `comment` (a trailing comment). The first token of `assign` and of `comment` is aligned
/// with the same cell on neighbouring lines.
struct FormatLine: Sendable, Hashable {
    var lead: Range<Int>
    var assign: Range<Int>?
    var comment: Range<Int>?

    /// Splits `tokens` into lines and then into cells. The end-of-file token belongs to no line.
    static func lines(of tokens: [FormatToken]) -> [FormatLine] {
        var lines: [FormatLine] = []
        var lineStart = 0
        var end = tokens.count
        for (index, token) in tokens.enumerated() {
            if token.kind == .endOfFile {
                end = index
                break
            }
            if token.endsLine {
                lines.append(FormatLine(lead: lineStart..<(index + 1)))
                lineStart = index + 1
            }
        }
        lines.append(FormatLine(lead: lineStart..<max(lineStart, end)))
        return lines.map { $0.splittingCells(of: tokens) }
    }

    /// Moves a trailing comment into `comment` and an attribute's `= value` into `assign`, the
    /// latter only when the value closes every bracket it opens on this line.
    private func splittingCells(of tokens: [FormatToken]) -> FormatLine {
        var line = self
        guard !lead.isEmpty else { return line }
        if lead.count > 1, let last = lead.last, tokens[last].kind == .comment {
            line.comment = last..<(last + 1)
            line.lead = lead.lowerBound..<last
        }
        if let equals = line.lead.dropFirst().first(where: { tokens[$0].kind == .equal }) {
            let net = (equals..<line.lead.upperBound).reduce(0) { $0 + tokens[$1].bracketChange }
            if net == 0 {
                line.assign = equals..<line.lead.upperBound
                line.lead = line.lead.lowerBound..<equals
            }
        }
        return line
    }
}

extension Array where Element == FormatToken {
    /// The columns a cell occupies, spacing included.
    func columns(of cell: Range<Int>?) -> Int {
        guard let cell else { return 0 }
        return self[cell].reduce(0) { $0 + $1.columns }
    }
}
