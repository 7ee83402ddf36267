/// Lines up the `=` of consecutive attribute lines, and then the trailing comments of consecutive
/// commented lines, one space past the widest cell before them.
enum Alignment {
    static func apply(to lines: [FormatLine], in tokens: inout [FormatToken]) {
        for run in runs(of: lines, where: { $0.assign != nil }) {
            let width = run.map { tokens.columns(of: $0.lead) }.max() ?? 0
            for line in run {
                guard let first = line.assign?.first else { continue }
                tokens[first].spacesBefore = width - tokens.columns(of: line.lead) + 1
            }
        }
        for run in runs(of: lines, where: { $0.comment != nil }) {
            let widths = run.map { tokens.columns(of: $0.lead) + tokens.columns(of: $0.assign) }
            let width = widths.max() ?? 0
            for (line, lineWidth) in zip(run, widths) {
                guard let first = line.comment?.first else { continue }
                tokens[first].spacesBefore = width - lineWidth + 1
            }
        }
    }

    /// The maximal runs of consecutive lines that satisfy `member`.
    private static func runs(of lines: [FormatLine], where member: (FormatLine) -> Bool) -> [ArraySlice<FormatLine>] {
        var result: [ArraySlice<FormatLine>] = []
        var start: Int?
        for (index, line) in lines.enumerated() {
            if member(line) {
                if start == nil { start = index }
            } else if let runStart = start {
                result.append(lines[runStart..<index])
                start = nil
            }
        }
        if let runStart = start { result.append(lines[runStart...]) }
        return result
    }
}
