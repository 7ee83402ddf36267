/// Why a pattern is not a valid regular expression, with Go's `regexp/syntax` error code and the
/// part of the pattern it concerns.
struct RegexSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Go's error codes, whose raw values are its messages.
    enum Code: String, Sendable {
        case invalidCharClass = "invalid character class"
        case invalidCharRange = "invalid character class range"
        case invalidEscape = "invalid escape sequence"
        case invalidNamedCapture = "invalid named capture"
        case invalidPerlOp = "invalid or unsupported Perl syntax"
        case invalidRepeatOp = "invalid nested repetition operator"
        case invalidRepeatSize = "invalid repeat count"
        case missingBracket = "missing closing ]"
        case missingParen = "missing closing )"
        case missingRepeatArgument = "missing argument to repetition operator"
        case trailingBackslash = "trailing backslash at end of expression"
        case unexpectedParen = "unexpected )"
        case nestingDepth = "expression nests too deeply"
        case tooLarge = "expression too large"
    }

    let code: Code
    /// The offending text of the pattern.
    let expression: String

    /// Go's `Error()` text: ``error parsing regexp: missing closing ): `(a` ``.
    var description: String { "error parsing regexp: \(code.rawValue): `\(expression)`" }
}
