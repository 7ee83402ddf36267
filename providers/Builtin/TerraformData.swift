import ProviderKit
import Values

/// The `terraform_data` resource type: it stores `input` and echoes it as `output` after apply,
/// and is replaced whenever `triggers_replace` changes.
enum TerraformData {
    static let typeName = "terraform_data"

    static let schema = Schema(block: BlockSchema(attributes: [
        "input": .optional(.dynamic),
        "output": .computed(.dynamic),
        "triggers_replace": .optional(.dynamic),
        "id": .computed(.string),
    ]))

    /// Terraform does not stop configurations from setting computed attributes, so the type does.
    static func validate(_ config: Value) -> [ProviderDiagnostic] {
        ["id", "output"].compactMap { name in
            guard let value = config[attribute: name], !value.isNull else { return nil }
            return .error("\(goQuoted(name)) attribute is read-only")
        }
    }

    /// A new object gets an unknown id and an output of the input's type, unknown unless the
    /// input is null; a changed trigger replaces the object; a changed input only recomputes
    /// the output.
    static func plan(prior: Value?, proposed: Value) -> PlannedResource {
        guard !proposed.isNull else { return PlannedResource(plannedState: proposed) }
        let input = proposed[attribute: "input"] ?? .null(.dynamic)
        let output = input.isNull ? input : Value.unknown(input.type)
        guard let prior, !prior.isNull else {
            return PlannedResource(plannedState: proposed.settingAttribute("id", to: .unknown(.string)).settingAttribute("output", to: output))
        }
        if prior[attribute: "triggers_replace"] != proposed[attribute: "triggers_replace"] {
            let planned = proposed.settingAttribute("id", to: .unknown(.string)).settingAttribute("output", to: output)
            return PlannedResource(plannedState: planned, requiresReplace: [[.attribute("triggers_replace")]])
        }
        if prior[attribute: "input"] != input {
            return PlannedResource(plannedState: proposed.settingAttribute("output", to: .unknown(input.type)))
        }
        return PlannedResource(plannedState: proposed)
    }

    /// Fills in what the plan left unknown: the output from the input, and a fresh id.
    static func apply(_ planned: Value) -> Value {
        var result = planned
        if planned[attribute: "output"]?.isKnown == false {
            result = result.settingAttribute("output", to: planned[attribute: "input"] ?? .null(.dynamic))
        }
        if planned[attribute: "id"]?.isKnown == false {
            var generator = SystemRandomNumberGenerator()
            result = result.settingAttribute("id", to: .string(UUIDText.random(using: &generator)))
        }
        return result
    }

    /// An imported object knows only its id.
    static func imported(id: String) -> Value {
        schema.block.emptyValue.settingAttribute("id", to: .string(id))
    }
}
