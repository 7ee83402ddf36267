import HCL

/// Prints diagnostics the way Terraform does: `Error: summary`, the object it concerns
/// (`with aws_instance.a,`), where it is (`on main.tf line 2, in resource "a" "b":`), the source
/// lines with the subject marked, then the detail, word-wrapped to the terminal width.
public struct DiagnosticRenderer: Sendable {
    /// Parsed files by name, for source snippets.
    public var files: [String: ParsedFile]
    public var color: Bool
    public var width: Int

    public init(files: [String: ParsedFile], color: Bool = false, width: Int = 78) {
        self.files = files
        self.color = color
        self.width = width
    }

    /// Every diagnostic, errors first, then in file and position order.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        DiagnosticOrder.sorted(diagnostics).map(render).joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var lines: [String] = []
        let label = diagnostic.severity == .error ? "Error" : "Warning"
        if color {
            let tint = diagnostic.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
            lines.append("\(tint)\u{1B}[1m\(label): \u{1B}[0m\u{1B}[1m\(diagnostic.summary)\u{1B}[0m")
        } else {
            lines.append("\(label): \(diagnostic.summary)")
        }
        lines.append("")
        if let address = diagnostic.objectAddress {
            lines.append("  with \(address),")
        }
        if let subject = diagnostic.subject {
            lines.append(contentsOf: snippetLines(diagnostic, subject: subject))
            lines.append("")
        }
        if !diagnostic.detail.isEmpty {
            for line in diagnostic.detail.split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append(line.hasPrefix(" ") ? String(line) : WordWrap.wrap(String(line), width: width - 1))
            }
        }
        if color {
            let rule = diagnostic.severity == .error ? "\u{1B}[31m" : "\u{1B}[33m"
            let body = lines.flatMap { $0.split(separator: "\n", omittingEmptySubsequences: false) }
            return "\(rule)╷\u{1B}[0m\n" + body.map { "\(rule)│\u{1B}[0m \($0)\n" }.joined() + "\(rule)╵\u{1B}[0m\n"
        }
        return "\n" + lines.map { $0 + "\n" }.joined()
    }

    private func snippetLines(_ diagnostic: Diagnostic, subject: SourceRange) -> [String] {
        guard let snippet = DiagnosticSnippet(for: diagnostic, in: files[subject.filename]) else {
            return ["  on \(subject.filename) line \(subject.start.line):", "  (source code not available)"]
        }
        let context = snippet.context.map { ", in \($0)" } ?? ""
        var lines = ["  on \(subject.filename) line \(subject.start.line)\(context):"]
        var offset = 0
        for (index, code) in snippet.code.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineBytes = Array(code.utf8)
            let lineRange = offset..<(offset + lineBytes.count)
            let markStart = max(snippet.highlightStart, lineRange.lowerBound)
            let markEnd = min(snippet.highlightEnd, lineRange.upperBound)
            let number = String(snippet.startLine + index)
            let prefix = String(repeating: " ", count: max(0, 4 - number.count)) + number + ": "
            if color && markStart < markEnd {
                let before = String(decoding: lineBytes[..<(markStart - offset)], as: UTF8.self)
                let marked = String(decoding: lineBytes[(markStart - offset)..<(markEnd - offset)], as: UTF8.self)
                let after = String(decoding: lineBytes[(markEnd - offset)...], as: UTF8.self)
                lines.append(prefix + before + "\u{1B}[4m" + marked + "\u{1B}[0m" + after)
            } else {
                lines.append(prefix + String(code))
            }
            let marksLineEnd = snippet.highlightStart == lineRange.upperBound && snippet.highlightEnd > snippet.highlightStart
            if !color && (markStart < markEnd || marksLineEnd) {
                let lead = String(decoding: lineBytes[..<(markStart - offset)], as: UTF8.self)
                let marked = String(decoding: lineBytes[(markStart - offset)..<(max(markStart, markEnd) - offset)], as: UTF8.self)
                let padding = String(repeating: " ", count: prefix.count) + lead.map { $0 == "\t" ? "\t" : " " }.joined()
                lines.append(padding + String(repeating: "^", count: max(1, marked.count)))
            }
            offset = lineRange.upperBound + 1
        }
        return lines
    }
}

/// The order diagnostics are shown in: errors before warnings, then by file (shallower paths
/// first, then by name) and position.
public enum DiagnosticOrder {
    private static func filenameOrder(_ a: String, _ b: String) -> Bool {
        let depthA = a.filter { $0 == "/" }.count
        let depthB = b.filter { $0 == "/" }.count
        return depthA != depthB ? depthA < depthB : a < b
    }

    public static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let (a, b) = (lhs.element, rhs.element)
            if a.severity != b.severity { return a.severity == .error }
            switch (a.subject, b.subject) {
            case (nil, nil): return lhs.offset < rhs.offset
            case (nil, _): return true
            case (_, nil): return false
            case (let x?, let y?):
                if x.filename != y.filename { return filenameOrder(x.filename, y.filename) }
                if x.start.byte != y.start.byte { return x.start.byte < y.start.byte }
                return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
