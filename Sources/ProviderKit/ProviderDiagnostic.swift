import Values

/// A problem a provider reports: what is wrong, what to do, and the attribute at fault when
/// there is one. The engine places it at that attribute's source range.
public struct ProviderDiagnostic: Sendable, Hashable, Error {
    public enum Severity: Sendable, Hashable {
        case error
        case warning
    }

    public var severity: Severity
    public var summary: String
    public var detail: String
    public var attribute: ValuePath?

    public init(severity: Severity = .error, summary: String, detail: String = "", attribute: ValuePath? = nil) {
        self.severity = severity
        self.summary = summary
        self.detail = detail
        self.attribute = attribute
    }

    public static func error(_ summary: String, _ detail: String = "", at attribute: ValuePath? = nil) -> ProviderDiagnostic {
        ProviderDiagnostic(summary: summary, detail: detail, attribute: attribute)
    }

    public static func warning(_ summary: String, _ detail: String = "", at attribute: ValuePath? = nil) -> ProviderDiagnostic {
        ProviderDiagnostic(severity: .warning, summary: summary, detail: detail, attribute: attribute)
    }
}

/// A failed provider call: one or more error diagnostics (and any warnings before them).
public struct ProviderError: Error, Sendable {
    public var diagnostics: [ProviderDiagnostic]

    public init(_ diagnostics: [ProviderDiagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ summary: String, _ detail: String = "", at attribute: ValuePath? = nil) {
        self.diagnostics = [.error(summary, detail, at: attribute)]
    }
}
