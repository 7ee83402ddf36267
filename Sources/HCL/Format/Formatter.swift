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
        let parsed = Parser.parse(file)
        let errors = parsed.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty else { return .syntaxErrors(errors) }
        return .formatted(formatTokens(of: file))
    }

    /// Formats a file that is known to parse, without checking it first.
    static func formatTokens(of file: SourceFile) -> [UInt8] {
        let scanned = FormatToken.tokens(from: Lexer.tokens(of: file), in: file)
        var tokens = TerraformRewrites.apply(to: scanned)
        let lines = FormatLine.lines(of: tokens)
        Indentation.apply(to: lines, in: &tokens)
        Spacing.apply(to: lines, in: &tokens)
        Alignment.apply(to: lines, in: &tokens)
        return tokens.renderedBytes
    }
}
