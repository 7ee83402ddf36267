import HCL

/// The part of a source file a diagnostic shows: whole lines covering the subject and its
/// context, and where the subject sits inside them.
public struct DiagnosticSnippet: Sendable, Equatable {
    /// The header of the top-level block the subject is in, like `resource "a" "b"`.
    public var context: String?
    public var code: String
    public var startLine: Int
    public var highlightStart: Int
    public var highlightEnd: Int

    /// Builds the snippet for `diagnostic` from its file, or nil when the diagnostic has no subject
    /// or the file is unknown.
    public init?(for diagnostic: Diagnostic, in file: ParsedFile?) {
        guard var highlight = diagnostic.subject, let file, file.source.filename == highlight.filename else { return nil }
        let bytes = file.source.bytes
        var snippetRange = diagnostic.context ?? highlight
        snippetRange = snippetRange.union(highlight)
        if snippetRange.isEmpty {
            snippetRange.end.byte += 1
            snippetRange.end.column += 1
        }
        if highlight.isEmpty {
            highlight.end.byte += 1
            highlight.end.column += 1
        }

        var lines: [Range<Int>] = []
        var lineStart = 0
        var line = 1
        var firstLine: Int?
        var index = 0
        while lineStart <= bytes.count {
            index = lineStart
            while index < bytes.count && bytes[index] != UInt8(ascii: "\n") { index += 1 }
            let contentEnd = index > lineStart && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
            if DiagnosticSnippet.overlaps(lineStart..<contentEnd, snippetRange.byteRange) {
                lines.append(lineStart..<contentEnd)
                if firstLine == nil { firstLine = line }
            } else if lineStart >= snippetRange.end.byte {
                break
            }
            if index >= bytes.count { break }
            lineStart = index + 1
            line += 1
        }
        guard let first = lines.first, let firstLine else { return nil }
        code = lines.map { file.source.text($0) }.joined(separator: "\n")
        startLine = firstLine
        let codeStart = first.lowerBound
        highlightStart = file.source.text(codeStart..<max(codeStart, highlight.start.byte)).utf8.count
        highlightEnd = highlightStart + max(0, min(highlight.end.byte, bytes.count + 1) - highlight.start.byte)
        context = DiagnosticSnippet.contextString(in: file.body, offset: highlight.start.byte - 1)
    }

    /// Whether a line and the snippet share a byte, counting a range's end offset as touching
    /// (so a subject that is a line's final newline shows the next line too). An empty line
    /// overlaps when it lies inside the snippet.
    private static func overlaps(_ line: Range<Int>, _ snippet: Range<Int>) -> Bool {
        func contains(_ range: Range<Int>, _ offset: Int) -> Bool { offset >= range.lowerBound && offset < range.upperBound }
        if line.isEmpty { return contains(snippet, line.lowerBound) && line.lowerBound > snippet.lowerBound }
        return contains(line, snippet.lowerBound) || contains(line, snippet.upperBound)
            || contains(snippet, line.lowerBound) || contains(snippet, line.upperBound)
    }

    private static func contextString(in body: Body, offset: Int) -> String? {
        for block in body.blocks where block.range.start.byte <= offset && offset < block.range.end.byte {
            return ([block.type] + block.labels.map { "\"\($0.value)\"" }).joined(separator: " ")
        }
        return nil
    }
}
