import ProviderKit
import Values

/// The deprecated `null_data_source` type: it copies `inputs` to `outputs`.
enum NullDataSource {
    static let typeName = "null_data_source"

    private static let idDeprecation =
        "This attribute is only present for some legacy compatibility issues and should not be used. It will be removed in a future version."

    static let schema = Schema(block: BlockSchema(attributes: [
        "inputs": .optional(.map(.string)),
        "outputs": .computed(.map(.string)),
        "random": .computed(.string),
        "has_computed_default": .optionalComputed(.string),
        "id": AttributeSchema(type: .string, computed: true, description: idDeprecation, deprecated: true),
    ]))

    /// The warning every use of the data source gets.
    static let deprecation = ProviderDiagnostic.warning(
        "Deprecated",
        "The null_data_source was historically used to construct intermediate values to re-use elsewhere in configuration, "
            + "the same can now be achieved using locals or the terraform_data resource type in Terraform 1.4 and later.")

    static func read(_ config: Value) -> Value {
        let inputs = config[attribute: "inputs"] ?? .null(.map(.string))
        let configuredDefault = config[attribute: "has_computed_default"] ?? .null(.string)
        return schema.block.emptyValue
            .settingAttribute("inputs", to: inputs)
            .settingAttribute("outputs", to: inputs)
            .settingAttribute("random", to: .string(String(Int64.random(in: 0...Int64.max))))
            .settingAttribute("has_computed_default", to: configuredDefault.isNull ? .string("default") : configuredDefault)
            .settingAttribute("id", to: .string("static"))
    }
}
