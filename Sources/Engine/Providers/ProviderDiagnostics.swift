import HCL
import ProviderKit
import Values

/// Provider diagnostics in the engine's currency, placed at the configuration they concern.
enum ProviderDiagnostics {
    static func diagnostic(_ problem: ProviderDiagnostic, range: SourceRange?) -> Diagnostic {
        var detail = problem.detail
        if let attribute = problem.attribute, !attribute.isEmpty {
            detail = detail.isEmpty ? "At \(pathText(attribute))." : detail
        }
        return problem.severity == .error
            ? .error(problem.summary, detail, at: range)
            : .warning(problem.summary, detail, at: range)
    }

    static func diagnostics(_ error: ProviderError, range: SourceRange?) -> [Diagnostic] {
        error.diagnostics.map { diagnostic($0, range: range) }
    }
}
