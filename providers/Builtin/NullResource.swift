import ProviderKit
import Values

/// The `null_resource` type: its id is a random number, and a change of `triggers` replaces it.
enum NullResource {
    static let typeName = "null_resource"

    static let schema = Schema(block: BlockSchema(attributes: [
        "triggers": .optional(.map(.string)),
        "id": .computed(.string),
    ]))

    private static let rules = PlanRules(keepingPrior: ["id"])

    static func plan(prior: Value?, proposed: Value, config: Value) -> PlannedResource {
        let planned = rules.planned(schema: schema.block, prior: prior, proposed: proposed, config: config)
        guard let prior, !prior.isNull, !planned.isNull else { return PlannedResource(plannedState: planned) }
        let triggers = config[attribute: "triggers"] ?? .null(.map(.string))
        let replaced = RequiresReplace.stringMapChanged(prior: prior[attribute: "triggers"] ?? .null(.map(.string)), config: triggers)
        return PlannedResource(plannedState: planned, requiresReplace: replaced ? [[.attribute("triggers")]] : [])
    }

    /// A new object: the plan with a random non-negative 63-bit number as its id.
    static func create(_ planned: Value) -> Value {
        planned.settingAttribute("id", to: .string(String(Int64.random(in: 0...Int64.max))))
    }
}
