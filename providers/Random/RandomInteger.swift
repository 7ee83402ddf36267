import ProviderKit
import Values

/// `random_integer`: a random number in `min...max`, the same for the same `seed`.
struct RandomInteger: RandomResource {
    let schema = Schema(block: BlockSchema(
        attributes: [
            RandomPlanning.keepers: RandomPlanning.keepersAttribute,
            "min": .required(.number, description: "The minimum inclusive value of the range."),
            "max": .required(.number, description: "The maximum inclusive value of the range."),
            "seed": .optional(.string, description: "A custom seed to always produce the same value."),
            "result": .computed(.number, description: "The random integer result."),
            "id": .computed(.string, description: "The string representation of the integer result."),
        ],
        description: "The resource `random_integer` generates random values from a given range, described by the `min` and `max` attributes of a given resource."))

    private let rules = PlanRules(keepingPrior: ["result", "id"], replacing: RandomPlanning.paths(["min", "max", "seed"]))

    func validate(_ config: Value) -> [ProviderDiagnostic] {
        IntegerArguments.typeErrors(["min", "max"], in: config)
    }

    func plan(prior: Value?, proposed: Value, config: Value) throws(ProviderError) -> PlannedResource {
        try RandomPlanning.plan(schema, rules: rules, prior: prior, proposed: proposed, config: config)
    }

    func create(_ planned: Value) throws(ProviderError) -> Value {
        let minimum = IntegerArguments.int64(planned[attribute: "min"]) ?? 0
        let maximum = IntegerArguments.int64(planned[attribute: "max"]) ?? 0
        guard minimum <= maximum else {
            throw ProviderError("Create Random Integer Error", "The minimum (min) value needs to be smaller than or equal to maximum (max) value.")
        }
        let seed = planned[attribute: "seed"]?.stringValue ?? ""
        let number: Int64
        if seed.isEmpty {
            var generator = SystemRandomNumberGenerator()
            number = Int64.random(in: minimum...maximum, using: &generator)
        } else {
            let (span, overflow) = (maximum &+ 1).subtractingReportingOverflow(minimum)
            guard !overflow, span > 0 else {
                throw ProviderError("Create Random Integer Error", "The range from the minimum (min) to the maximum (max) value is too large for a seeded result.")
            }
            var source = integerSource(seed: seed)
            number = source.integer(below: span) + minimum
        }
        return planned
            .settingAttribute("result", to: .number(Int(number)))
            .settingAttribute("id", to: .string(String(number)))
            .settingAttribute("seed", to: seed.isEmpty ? .null(.string) : .string(seed))
    }

    /// Imports `result,min,max` or `result,min,max,seed`.
    func importState(id: String) throws(ProviderError) -> Value {
        let parts = id.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 || parts.count == 4 else {
            throw ProviderError("Import Random Integer Error", "Invalid import usage: expecting {result},{min},{max} or {result},{min},{max},{seed}")
        }
        let result = try parse(parts[0], "The value supplied could not be parsed as an integer.")
        let minimum = try parse(parts[1], "The min value supplied could not be parsed as an integer.")
        let maximum = try parse(parts[2], "The max value supplied could not be parsed as an integer.")
        return schema.block.emptyValue
            .settingAttribute("id", to: .string(parts[0]))
            .settingAttribute(RandomPlanning.keepers, to: .map([:], elementType: .string))
            .settingAttribute("result", to: .number(Int(result)))
            .settingAttribute("min", to: .number(Int(minimum)))
            .settingAttribute("max", to: .number(Int(maximum)))
            .settingAttribute("seed", to: parts.count == 4 ? .string(parts[3]) : .null(.string))
    }

    private func parse(_ text: String, _ lead: String) throws(ProviderError) -> Int64 {
        switch GoInteger.parse(text) {
        case .success(let value):
            return value
        case .failure(let error):
            throw ProviderError("Import Random Integer Error", lead + "\n\nOriginal Error: " + error.description)
        }
    }
}
