/// The two passes over a template's flat pieces before nesting: removing the common indentation
/// of a `<<-` heredoc, and joining adjacent literal pieces.
enum TemplateIndentation {
    /// Trims the smallest leading-whitespace width (in characters) from every line of a flush
    /// heredoc. Blank lines do not count; a line that starts with an interpolation counts as zero.
    static func flush(_ tokens: inout [Parser.TemplateToken]) {
        var smallest = Int.max
        var atLineStart = true
        var lineStarts: [Int] = []
        for (index, token) in tokens.enumerated() {
            if atLineStart {
                atLineStart = false
                switch token {
                case .literal(let value, _):
                    let indent = value.prefix(while: \.isWhitespaceForTrim)
                    if indent.count == value.count && value.utf8.last == UInt8(ascii: "\n") {
                        break
                    }
                    smallest = min(smallest, indent.count)
                    lineStarts.append(index)
                case .end:
                    break
                default:
                    smallest = 0
                }
            }
            if case .literal(let value, _) = token, value.utf8.last == UInt8(ascii: "\n") { atLineStart = true }
        }
        guard smallest != Int.max, smallest > 0 else { return }
        for index in lineStarts {
            guard case .literal(let value, var range) = tokens[index] else { continue }
            let removed = value.prefix(smallest)
            range.start.column += smallest
            range.start.byte += removed.utf8.count
            tokens[index] = .literal(String(value.dropFirst(smallest)), range)
        }
    }

    static func meldLiterals(_ tokens: inout [Parser.TemplateToken]) {
        var melded: [Parser.TemplateToken] = []
        melded.reserveCapacity(tokens.count)
        for token in tokens {
            if case .literal(let value, let range) = token, let last = melded.last, case .literal(let previous, let previousRange) = last {
                melded[melded.count - 1] = .literal(previous + value, previousRange.through(range))
            } else {
                melded.append(token)
            }
        }
        tokens = melded
    }
}
