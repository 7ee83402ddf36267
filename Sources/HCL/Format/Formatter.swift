/// The outcome of formatting one file: the canonical bytes, or the syntax errors that stopped it.
public enum FormatResult: Sendable, Hashable {
    case formatted([UInt8])
    case syntaxErrors([Diagnostic])
}

/// Rewrites configuration files in the canonical layout `terraform fmt` produces: indentation,
/// spacing, aligned `=` signs and comments, quoted block labels, unwrapped lone interpolations
/// and modern variable types. Only whitespace and those rewrites change; comments and layout
/// choices such as line breaks are kept.
public enum Formatter {
    /// Formats a file, or returns its syntax errors; a file that does not parse is not formatted.
    public static func format(_ file: SourceFile) -> FormatResult {
        format(Parser.parse(file))
    }

    /// Formats a file already parsed, or returns its syntax errors.
    public static func format(_ parsed: ParsedFile) -> FormatResult {
        let errors = parsed.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { return .syntaxErrors(errors) }
        return .formatted(layout(parsed.tokens, of: parsed.source))
    }

    /// Lays out the tokens of a file that is known to parse.
    static func layout(_ scannedTokens: [Token], of file: SourceFile) -> [UInt8] {
        var tokens = TerraformRewrites.apply(to: FormatToken.tokens(from: scannedTokens, in: file))
        let lines = FormatLine.lines(of: tokens)
        Indentation.apply(to: lines, in: &tokens)
        Spacing.apply(to: lines, in: &tokens)
        Alignment.apply(to: lines, in: &tokens)
        return tokens.renderedBytes
    }
}
