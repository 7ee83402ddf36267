import ProviderKit
import Values

/// `random_pet`: a random pet name such as `proud-lemur`, for unique names people can read.
struct RandomPet: RandomResource {
    let schema = Schema(block: BlockSchema(
        attributes: [
            RandomPlanning.keepers: RandomPlanning.keepersAttribute,
            "length": .optionalComputed(.number, description: "The length (in words) of the pet name. Defaults to 2"),
            "prefix": .optional(.string, description: "A string to prefix the name with."),
            "separator": .optionalComputed(.string, description: "The character to separate words in the pet name. Defaults to \"-\""),
            "id": .computed(.string, description: "The random pet name."),
        ],
        description: "The resource `random_pet` generates random pet names that are intended to be used as unique identifiers for other resources."))

    private let rules = PlanRules(
        defaults: SchemaDefaults(["length": .number(2), "separator": .string("-")]),
        keepingPrior: ["id"],
        replacing: RandomPlanning.paths(["length", "prefix", "separator"]))

    func validate(_ config: Value) -> [ProviderDiagnostic] {
        IntegerArguments.typeErrors(["length"], in: config)
    }

    func plan(prior: Value?, proposed: Value, config: Value) throws(ProviderError) -> PlannedResource {
        try RandomPlanning.plan(schema, rules: rules, prior: prior, proposed: proposed, config: config)
    }

    func create(_ planned: Value) throws(ProviderError) -> Value {
        let separator = planned[attribute: "separator"]?.stringValue ?? "-"
        let prefix = planned[attribute: "prefix"]?.stringValue ?? ""
        var name = PetWords.name(length: IntegerArguments.int64(planned[attribute: "length"]) ?? 2, separator: separator)
        if !prefix.isEmpty { name = prefix + separator + name }
        return planned
            .settingAttribute("prefix", to: prefix.isEmpty ? .null(.string) : .string(prefix))
            .settingAttribute("id", to: .string(name))
    }
}
