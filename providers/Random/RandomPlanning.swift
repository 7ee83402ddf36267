import ProviderKit
import Values

/// How the random provider's resources plan: the framework's rules, plus `keepers`, whose change
/// forces a new object unless it only adds or removes null values.
enum RandomPlanning {
    static let keepers = "keepers"

    /// The plan of a resource with `rules`; `adjust` applies the type's own plan modifiers
    /// before changes are checked for replacement.
    static func plan(
        _ schema: Schema, rules: PlanRules, prior: Value?, proposed: Value, config: Value,
        adjust: (Value) throws(ProviderError) -> Value = { $0 }
    ) throws(ProviderError) -> PlannedResource {
        let planned = try adjust(rules.planned(schema: schema.block, prior: prior, proposed: proposed, config: config))
        var replaced = rules.requiresReplace(prior: prior, planned: planned)
        if let prior, !prior.isNull, !planned.isNull, !rules.replacing.contains([.attribute(keepers)]),
           RequiresReplace.stringMapChanged(prior: prior[attribute: keepers] ?? .null(.map(.string)), config: config[attribute: keepers] ?? .null(.map(.string))) {
            replaced.append([.attribute(keepers)])
        }
        return PlannedResource(plannedState: planned, requiresReplace: RequiresReplace.sorted(replaced))
    }

    /// The `keepers` argument every random resource has.
    static let keepersAttribute = AttributeSchema.optional(
        .map(.string),
        description: "Arbitrary map of values that, when changed, will trigger recreation of resource. See [the main provider documentation](../index.html) for more information.")

    /// Paths of top-level attributes.
    static func paths(_ names: [String]) -> [ValuePath] {
        names.map { [.attribute($0)] }
    }
}
