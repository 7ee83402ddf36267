import Values

/// The defaults of optional+computed attributes, written into a plan wherever the configuration
/// leaves them unset (terraform-plugin-framework's attribute `Default`).
public struct SchemaDefaults: Sendable {
    /// Each defaulted attribute's value.
    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    /// `planned` with every defaulted attribute that `config` leaves null set to its default; a
    /// null plan (a delete) stays null.
    public func applied(to planned: Value, config: Value) -> Value {
        guard !planned.isNull else { return planned }
        var result = planned
        for (name, value) in values.sorted(by: { $0.key < $1.key }) where config[attribute: name]?.isNull ?? true {
            result = result.settingAttribute(name, to: value)
        }
        return result
    }
}
