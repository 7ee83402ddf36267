/// The content of a quoted string, heredoc or template file: literal text (escapes decoded and
/// strip markers applied), interpolations and directives.
public struct Template: Sendable, Hashable {
    public var parts: [TemplatePart]

    public init(parts: [TemplatePart]) {
        self.parts = parts
    }

    /// The single expression of a template that is exactly one interpolation (`"${x}"`), whose
    /// value is used as it is rather than converted to a string.
    public var soleInterpolation: Expression? {
        guard parts.count == 1, case .interpolation(let expression, _) = parts[0] else { return nil }
        return expression
    }
}

/// One part of a template.
public indirect enum TemplatePart: Sendable, Hashable {
    case literal(String, range: SourceRange)
    /// `${expression}`; the range covers the delimiters.
    case interpolation(Expression, range: SourceRange)
    /// `%{if condition}then%{else}else%{endif}`
    case conditional(condition: Expression, then: Template, else: Template?, range: SourceRange)
    /// `%{for key, value in collection}body%{endfor}`
    case loop(keyVariable: String?, valueVariable: String, collection: Expression, body: Template, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .literal(_, let range), .interpolation(_, let range): range
        case .conditional(_, _, _, let range), .loop(_, _, _, _, let range): range
        }
    }
}
