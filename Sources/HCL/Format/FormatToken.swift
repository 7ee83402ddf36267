/// A token as the formatter sees it: its kind, its exact bytes, and how many spaces precede it
/// on its line. Formatting rewrites only `spacesBefore`; rewrites may add or drop whole tokens.
struct FormatToken: Sendable, Hashable {
    var kind: TokenKind
    var bytes: [UInt8]
    var spacesBefore: Int

    init(kind: TokenKind, bytes: [UInt8], spacesBefore: Int = 0) {
        self.kind = kind
        self.bytes = bytes
        self.spacesBefore = spacesBefore
    }

    init(kind: TokenKind, text: String) {
        self.init(kind: kind, bytes: Array(text.utf8))
    }

    /// Converts scanner tokens, measuring the gap before each as its spacing. The gap is counted
    /// in bytes, so a tab counts as one space; only the end-of-file token keeps its gap as written.
    static func tokens(from scanned: [Token], in file: SourceFile) -> [FormatToken] {
        var result: [FormatToken] = []
        result.reserveCapacity(scanned.count)
        var previousEnd = 0
        for token in scanned {
            let range = token.range.byteRange
            let lower = max(0, min(range.lowerBound, file.bytes.count))
            let upper = max(lower, min(range.upperBound, file.bytes.count))
            result.append(FormatToken(
                kind: token.kind, bytes: Array(file.bytes[lower..<upper]),
                spacesBefore: max(0, lower - previousEnd)))
            previousEnd = upper
        }
        return result
    }

    /// Whether the token ends a line: a newline, or a `#`/`//` comment that swallowed its newline.
    var endsLine: Bool {
        switch kind {
        case .newline: return true
        case .comment: return bytes.last == UInt8(ascii: "\n")
        default: return false
        }
    }

    /// Whether this is a `#` or `//` comment, which the grammar treats as the end of a line.
    var isLineComment: Bool {
        kind == .comment && (bytes.first == UInt8(ascii: "#") || bytes.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]))
    }

    /// +1 for a token that opens a bracketed region (including `${` and `%{`), -1 for one that
    /// closes it, 0 otherwise.
    var bracketChange: Int {
        switch kind {
        case .openBrace, .openBracket, .openParen, .templateInterp, .templateControl: return 1
        case .closeBrace, .closeBracket, .closeParen, .templateSequenceEnd: return -1
        default: return 0
        }
    }

    /// How many columns the token occupies: its spacing plus its user-perceived characters.
    var columns: Int {
        spacesBefore + String(decoding: bytes, as: UTF8.self).count
    }

    /// Whether the token is the identifier `word`.
    func isIdentifier(_ word: String) -> Bool {
        kind == .identifier && bytes.elementsEqual(word.utf8)
    }
}

extension Array where Element == FormatToken {
    /// The bytes of the tokens with their spacing, as they are written out.
    var renderedBytes: [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(reduce(0) { $0 + $1.spacesBefore + $1.bytes.count })
        for token in self {
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: token.spacesBefore))
            output.append(contentsOf: token.bytes)
        }
        return output
    }
}
