import HCL
import Values

/// What a root module may not declare or do, though a child module may.
enum RootModuleRules {
    /// A root module's outputs have no caller to warn, so they cannot be deprecated.
    static func deprecation(_ output: Output) -> [Diagnostic] {
        guard output.deprecation != nil, let range = output.deprecationRange else { return [] }
        return [.error(
            "Root module output deprecated",
            "Root module outputs cannot be deprecated, as there is no higher-level module to inform of the deprecation.",
            at: range)]
    }

    static func ephemeralOutputs(_ module: Module) -> [Diagnostic] {
        module.outputs.values.filter(\.isEphemeral).sorted { $0.range.start.byte < $1.range.start.byte }.map { output in
            .error("Ephemeral output not allowed", "Ephemeral outputs are not allowed in context of a root module", at: output.range)
        }
    }

    /// A root module's output whose value is sensitive must say so.
    static func sensitiveValue(_ value: Value, in output: Output) -> [Diagnostic] {
        guard !output.isSensitive, value.deepMarks.contains(.sensitive) else { return [] }
        return [.error(
            "Output refers to sensitive values",
            "To reduce the risk of accidentally exporting sensitive data that was intended to be only internal, Terraform requires that any root module output containing sensitive data be explicitly marked as sensitive, to confirm your intent.\n\nIf you do intend to export this data, annotate the output value as sensitive by adding the following argument:\n    sensitive = true",
            at: output.range)]
    }
}
