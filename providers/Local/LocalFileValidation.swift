import ProviderKit
import Values

/// The checks on a file resource's configuration, as the provider's validators make them.
enum LocalFileValidation {
    static func problems(_ kind: LocalFileKind, config: Value) -> [ProviderDiagnostic] {
        var problems = kind.contentArguments.sorted().compactMap { exactlyOneContent(kind, checking: $0, in: config) }
        problems += ["directory_permission", "file_permission"].compactMap { FilePermission.problem($0, in: config) }
        if kind == .plain {
            problems += ProviderDiagnostic.deprecatedAttributes(["sensitive_content": LocalFileKind.deprecatedSensitiveContent], in: config)
        }
        return problems
    }

    /// The framework's `ExactlyOneOf` as the argument `name` runs it: counting `name` and the
    /// other content arguments that are set, and waiting while any of them is unknown.
    private static func exactlyOneContent(_ kind: LocalFileKind, checking name: String, in config: Value) -> ProviderDiagnostic? {
        let others = kind.contentArguments.filter { $0 != name }
        let values = ([name] + others).map { config[attribute: $0] ?? .null(.string) }
        guard values.allSatisfy(\.isKnown) else { return nil }
        let count = values.filter { !$0.isNull }.count
        let expressions = "[" + others.joined(separator: ",") + "]"
        switch count {
        case 0:
            return .error("Invalid Attribute Combination", "No attribute specified when one (and only one) of \(expressions) is required", at: [.attribute(name)])
        case 1:
            return nil
        default:
            return .error("Invalid Attribute Combination", "\(count) attributes specified when one (and only one) of \(expressions) is required", at: [.attribute(name)])
        }
    }
}
