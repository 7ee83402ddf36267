/// Diagnostics for tokens the scanner recognised but the language does not allow, reported
/// before parsing so that each gets a precise message.
enum InvalidTokens {
    static func diagnostics(in tokens: [Token], source: SourceFile) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for token in tokens {
            let message: (String, String)?
            switch token.kind {
            case .bitwiseAnd:
                message = ("Unsupported operator", "Bitwise operators are not supported. Did you mean boolean AND (\"&&\")?")
            case .bitwiseOr:
                message = ("Unsupported operator", "Bitwise operators are not supported. Did you mean boolean OR (\"||\")?")
            case .bitwiseNot:
                message = ("Unsupported operator", "Bitwise operators are not supported. Did you mean boolean NOT (\"!\")?")
            case .bitwiseXor:
                message = ("Unsupported operator", "Bitwise operators are not supported.")
            case .backtick:
                message = ("Invalid character", "The \"`\" character is not valid. To create a multi-line string, use the \"heredoc\" syntax, like \"<<EOT\".")
            case .semicolon:
                message = ("Invalid character", "The \";\" character is not valid. Use newlines to separate arguments and blocks, and commas to separate items in collection values.")
            case .apostrophe:
                message = ("Invalid character", "Single quotes are not valid. Use double quotes (\") to enclose strings.")
            case .badUTF8:
                message = ("Invalid character encoding", "All input files must be UTF-8 encoded. Ensure that UTF-8 encoding is selected in your editor.")
            case .quotedNewline:
                message = ("Invalid multi-line string", "Quoted strings may not be split over multiple lines. To produce a multi-line string, either use the \\n escape to represent a newline character or use the \"heredoc\" multi-line template syntax.")
            case .invalid:
                message = ("Invalid character", "This character is not used within the language.")
            default:
                message = nil
            }
            if let (summary, detail) = message {
                diagnostics.append(.error(summary, detail, at: token.range))
            }
        }
        return diagnostics
    }
}
