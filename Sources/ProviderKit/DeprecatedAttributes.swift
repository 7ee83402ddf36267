import Values

extension ProviderDiagnostic {
    /// The warnings terraform-plugin-framework gives for deprecated arguments that `config` sets
    /// to known, non-null values: one per argument, in name order, each with the provider's
    /// message.
    public static func deprecatedAttributes(_ messages: [String: String], in config: Value) -> [ProviderDiagnostic] {
        messages.sorted { $0.key < $1.key }.compactMap { name, message in
            guard let value = config[attribute: name], value.isKnown, !value.isNull else { return nil }
            return .warning("Attribute Deprecated", message, at: [.attribute(name)])
        }
    }
}
