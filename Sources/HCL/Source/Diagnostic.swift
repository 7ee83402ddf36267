/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable {
    case error
    case warning
}

/// One problem found in a configuration: a short summary, a detail that says what to do,
/// the range that is wrong (`subject`) and optionally the construct it sits in (`context`).
public struct Diagnostic: Sendable, Hashable, Error {
    public var severity: Severity
    public var summary: String
    public var detail: String
    public var subject: SourceRange?
    public var context: SourceRange?
    /// The resource instance the problem concerns, shown as `with ADDRESS,` before the source.
    public var objectAddress: String?

    public init(
        severity: Severity = .error, summary: String, detail: String = "",
        subject: SourceRange? = nil, context: SourceRange? = nil
    ) {
        self.severity = severity
        self.summary = summary
        self.detail = detail
        self.subject = subject
        self.context = context
    }

    /// An error diagnostic.
    public static func error(
        _ summary: String, _ detail: String = "", at subject: SourceRange? = nil,
        context: SourceRange? = nil
    ) -> Diagnostic {
        Diagnostic(severity: .error, summary: summary, detail: detail, subject: subject, context: context)
    }

    /// A warning diagnostic.
    public static func warning(
        _ summary: String, _ detail: String = "", at subject: SourceRange? = nil,
        context: SourceRange? = nil
    ) -> Diagnostic {
        Diagnostic(severity: .warning, summary: summary, detail: detail, subject: subject, context: context)
    }
}

extension Array where Element == Diagnostic {
    /// Whether any of the diagnostics is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
