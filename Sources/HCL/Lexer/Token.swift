/// The kinds of token the native syntax scanner produces.
public enum TokenKind: Sendable, Hashable {
    case openBrace, closeBrace, openBracket, closeBracket, openParen, closeParen
    case openQuote, closeQuote, openHeredoc, closeHeredoc
    case star, slash, plus, minus, percent
    case equal, equalOp, notEqual, lessThan, lessThanOrEqual, greaterThan, greaterThanOrEqual
    case and, or, bang
    case dot, comma, doubleColon, ellipsis, fatArrow, question, colon
    /// `${` or `${~`
    case templateInterp
    /// `%{` or `%{~`
    case templateControl
    /// `}` or `~}` closing an interpolation or directive.
    case templateSequenceEnd
    /// Literal text inside a quoted string (escapes not yet decoded).
    case quotedLiteral
    /// Literal text of a heredoc or bare template line.
    case stringLiteral
    case numberLiteral
    case identifier
    /// A comment; `#` and `//` comments include the newline that ends them.
    case comment
    case newline
    case endOfFile
    /// Characters the scanner knows but the language does not use: `&`, `|`, `~`, `^`, `;`, `` ` ``, `'`.
    case bitwiseAnd, bitwiseOr, bitwiseNot, bitwiseXor, semicolon, backtick, apostrophe
    /// A newline inside a quoted string, which is not allowed.
    case quotedNewline
    /// A character that cannot start any token.
    case invalid
    /// Bytes that are not valid UTF-8.
    case badUTF8
}

/// One token: its kind and where it is. Its text is `file.bytes[range.byteRange]`.
public struct Token: Sendable, Hashable {
    public var kind: TokenKind
    public var range: SourceRange

    public init(kind: TokenKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

extension TokenKind {
    /// How the token reads in a message: the character itself for symbols, a phrase otherwise.
    public var displayName: String {
        switch self {
        case .openBrace: return "'{'"
        case .closeBrace: return "'}'"
        case .openBracket: return "'['"
        case .closeBracket: return "']'"
        case .openParen: return "'('"
        case .closeParen: return "')'"
        case .openQuote: return "opening quote"
        case .closeQuote: return "closing quote"
        case .openHeredoc: return "heredoc introducer"
        case .closeHeredoc: return "heredoc end marker"
        case .star: return "'*'"
        case .slash: return "'/'"
        case .plus: return "'+'"
        case .minus: return "'-'"
        case .percent: return "'%'"
        case .equal: return "equals sign \"=\""
        case .equalOp: return "'=='"
        case .notEqual: return "'!='"
        case .lessThan: return "'<'"
        case .lessThanOrEqual: return "'<='"
        case .greaterThan: return "'>'"
        case .greaterThanOrEqual: return "'>='"
        case .and: return "'&&'"
        case .or: return "'||'"
        case .bang: return "'!'"
        case .dot: return "dot"
        case .comma: return "comma"
        case .doubleColon: return "'::'"
        case .ellipsis: return "'...'"
        case .fatArrow: return "'=>'"
        case .question: return "'?'"
        case .colon: return "colon"
        case .templateInterp: return "'${'"
        case .templateControl: return "'%{'"
        case .templateSequenceEnd: return "end of template sequence"
        case .quotedLiteral, .stringLiteral: return "literal text"
        case .numberLiteral: return "number"
        case .identifier: return "identifier"
        case .comment: return "comment"
        case .newline: return "newline"
        case .endOfFile: return "end of file"
        case .bitwiseAnd: return "'&'"
        case .bitwiseOr: return "'|'"
        case .bitwiseNot: return "'~'"
        case .bitwiseXor: return "'^'"
        case .semicolon: return "';'"
        case .backtick: return "'`'"
        case .apostrophe: return "\"'\""
        case .quotedNewline: return "newline in quoted string"
        case .invalid: return "invalid character"
        case .badUTF8: return "invalid UTF-8"
        }
    }
}
