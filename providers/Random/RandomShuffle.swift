import ProviderKit
import Values

/// `random_shuffle`: a random permutation of a list, the same for the same `seed`.
struct RandomShuffle: RandomResource {
    let schema = Schema(block: BlockSchema(
        attributes: [
            RandomPlanning.keepers: RandomPlanning.keepersAttribute,
            "seed": .optional(.string, description: "Arbitrary string with which to seed the random number generator, in order to produce less-volatile permutations of the list."),
            "input": .required(.list(.string), description: "The list of strings to shuffle."),
            "result_count": .optional(.number, description: "The number of results to return. Defaults to the number of items in the `input` list. If fewer items are requested, some elements will be excluded from the result. If more items are requested, items will be repeated in the result but not more frequently than the number of items in the input list."),
            "result": .computed(.list(.string), description: "Random permutation of the list of strings given in `input`."),
            "id": .computed(.string, description: "A static value used internally by Terraform, this should not be referenced in configurations."),
        ],
        description: "The resource `random_shuffle` generates a random permutation of a list of strings given as an argument."))

    private let rules = PlanRules(keepingPrior: ["result", "id"], replacing: RandomPlanning.paths(["seed", "input", "result_count"]))

    func validate(_ config: Value) -> [ProviderDiagnostic] {
        IntegerArguments.typeErrors(["result_count"], in: config)
    }

    func plan(prior: Value?, proposed: Value, config: Value) throws(ProviderError) -> PlannedResource {
        try RandomPlanning.plan(schema, rules: rules, prior: prior, proposed: proposed, config: config)
    }

    /// Whole permutations of the input, one after another, until there are `result_count`
    /// elements (as many as the input when it is unset or zero; a zero is then recorded as that
    /// count, as the Go provider records it).
    func create(_ planned: Value) throws(ProviderError) -> Value {
        let input = planned[attribute: "input"]?.elements ?? []
        let requested = IntegerArguments.int64(planned[attribute: "result_count"]) ?? 0
        let count = requested == 0 ? Int64(input.count) : requested
        var result: [Value] = []
        if !input.isEmpty {
            var source = integerSource(seed: planned[attribute: "seed"]?.stringValue)
            batches: while Int64(result.count) < count {
                for index in source.permutation(of: input.count) {
                    result.append(input[index])
                    if Int64(result.count) >= count { break batches }
                }
            }
        }
        let recordedCount = (planned[attribute: "result_count"]?.isNull ?? true) ? Value.null(.number) : .number(Int(count))
        return planned
            .settingAttribute("result", to: .list(result, elementType: .string))
            .settingAttribute("result_count", to: recordedCount)
            .settingAttribute("id", to: .string("-"))
    }
}
