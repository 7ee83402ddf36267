extension SourceRange {
    /// The range as `file:line,column-column` (or `file:line,column-line,column` across lines),
    /// the form diagnostics use to refer to another place.
    public var displayString: String {
        if start.line == end.line {
            return "\(filename):\(start.line),\(start.column)-\(end.column)"
        }
        return "\(filename):\(start.line),\(start.column)-\(end.line),\(end.column)"
    }
}
