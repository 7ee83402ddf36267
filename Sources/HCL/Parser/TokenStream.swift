/// A cursor over a file's tokens that hides comments, and hides or shows newlines depending on
/// context: newlines end arguments in a body but are insignificant inside brackets.
struct TokenStream {
    let tokens: [Token]
    private(set) var nextIndex = 0
    private var newlineModes: [Bool] = [true]

    init(tokens: [Token]) {
        self.tokens = tokens
    }

    private var includesNewlines: Bool { newlineModes[newlineModes.count - 1] }

    /// Newlines become significant (`true`) or insignificant until the matching `popNewlineMode`.
    mutating func pushNewlineMode(_ include: Bool) { newlineModes.append(include) }

    mutating func popNewlineMode() {
        if newlineModes.count > 1 { newlineModes.removeLast() }
    }

    private func nextVisible() -> (Token, Int) {
        var index = nextIndex
        while index < tokens.count {
            let token = tokens[index]
            switch token.kind {
            case .comment:
                // A `#` or `//` comment swallows the newline that ends it; it stands in for that newline.
                if includesNewlines, token.range.end.byte > token.range.start.byte, endsWithNewline(token) {
                    return (Token(kind: .newline, range: token.range), index + 1)
                }
                index += 1
                continue
            case .newline where !includesNewlines:
                index += 1
                continue
            default:
                return (token, index + 1)
            }
        }
        return (tokens[tokens.count - 1], tokens.count)
    }

    private func endsWithNewline(_ token: Token) -> Bool {
        token.range.end.line > token.range.start.line && token.range.end.column == 1
    }

    /// The next visible token, without consuming it.
    func peek() -> Token { nextVisible().0 }

    /// Consumes and returns the next visible token; at the end it keeps returning end-of-file.
    @discardableResult
    mutating func read() -> Token {
        let (token, index) = nextVisible()
        nextIndex = min(index, tokens.count)
        return token
    }

    /// The range of the token read last.
    var previousRange: SourceRange {
        tokens[max(0, min(nextIndex, tokens.count) - 1)].range
    }

    /// The range of the next visible token.
    var nextRange: SourceRange { peek().range }
}
