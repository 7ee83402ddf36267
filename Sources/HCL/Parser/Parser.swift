/// Parses the native syntax into a syntax tree. Parsing never stops at the first problem: it
/// reports one diagnostic per independent error and recovers at the next body item.
public struct Parser {
    var stream: TokenStream
    let source: SourceFile
    /// Set once the parser has skipped tokens to recover; follow-on errors are then suppressed
    /// until the next top-level item, so that one mistake is reported once.
    var recovering = false
    /// How deeply terms and blocks are nested right now; bounded so that hostile input cannot
    /// exhaust the stack.
    var depth = 0
    /// The deepest nesting accepted, far beyond anything a real configuration uses.
    static let maximumDepth = 200

    init(source: SourceFile, tokens: [Token]) {
        self.source = source
        self.stream = TokenStream(tokens: tokens)
    }

    /// Parses a whole configuration file.
    public static func parse(_ source: SourceFile) -> ParsedFile {
        let tokens = Lexer.tokens(of: source)
        var diagnostics = InvalidTokens.diagnostics(in: tokens, source: source)
        var parser = Parser(source: source, tokens: tokens)
        let body = parser.parseBody(until: .endOfFile, topLevel: true, diagnostics: &diagnostics)
        return ParsedFile(source: source, tokens: tokens, body: body, diagnostics: diagnostics)
    }

    /// Parses a file holding a single expression (as `-var` values and the console read them).
    public static func parseExpression(_ source: SourceFile) -> (Expression, [Diagnostic]) {
        let tokens = Lexer.tokens(of: source)
        var diagnostics = InvalidTokens.diagnostics(in: tokens, source: source)
        var parser = Parser(source: source, tokens: tokens)
        parser.stream.pushNewlineMode(false)
        let expression = parser.parseExpression(&diagnostics)
        let next = parser.stream.peek()
        if next.kind != .endOfFile && !parser.recovering {
            diagnostics.append(.error(
                "Extra characters after expression",
                "An expression was successfully parsed, but extra characters were found after it.",
                at: next.range))
        }
        return (expression, diagnostics)
    }

    /// Parses a bare template (the content of a template file), where the whole text is literal
    /// except for `${...}` and `%{...}` sequences.
    public static func parseTemplate(_ source: SourceFile) -> (Expression, [Diagnostic]) {
        let tokens = Lexer.tokens(of: source, mode: .template)
        var diagnostics = InvalidTokens.diagnostics(in: tokens, source: source)
        var parser = Parser(source: source, tokens: tokens)
        let start = parser.stream.nextRange
        let template = parser.parseTemplate(until: .endOfFile, flush: false, &diagnostics)
        let range = start.through(parser.stream.previousRange)
        return (Expression(.template(template), range: range), diagnostics)
    }

    func text(_ token: Token) -> String {
        source.text(token.range)
    }
}
