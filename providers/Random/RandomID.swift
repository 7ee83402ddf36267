import ProviderKit
import Values

/// `random_id`: random bytes presented as base64, hex and decimal, for unique names.
struct RandomID: RandomResource {
    let schema = Schema(block: BlockSchema(
        attributes: [
            RandomPlanning.keepers: RandomPlanning.keepersAttribute,
            "byte_length": .required(.number, description: "The number of random bytes to produce. The minimum value is 1, which produces eight bits of randomness."),
            "prefix": .optional(.string, description: "Arbitrary string to prefix the output value with. This string is supplied as-is, meaning it is not guaranteed to be URL-safe or base64 encoded."),
            "b64_url": .computed(.string, description: "The generated id presented in base64, using the URL-friendly character set: case-sensitive letters, digits and the characters `_` and `-`."),
            "b64_std": .computed(.string, description: "The generated id presented in base64 without additional transformations."),
            "hex": .computed(.string, description: "The generated id presented in padded hexadecimal digits. This result will always be twice as long as the requested byte length."),
            "dec": .computed(.string, description: "The generated id presented in non-padded decimal digits."),
            "id": .computed(.string, description: "The generated id presented in base64 without additional transformations or prefix."),
        ],
        description: "The resource `random_id` generates random numbers that are intended to be used as unique identifiers for other resources."))

    private let rules = PlanRules(
        keepingPrior: ["b64_url", "b64_std", "hex", "dec", "id"],
        replacing: RandomPlanning.paths(["byte_length", "prefix"]))

    func validate(_ config: Value) -> [ProviderDiagnostic] {
        IntegerArguments.typeErrors(["byte_length"], in: config)
    }

    func plan(prior: Value?, proposed: Value, config: Value) throws(ProviderError) -> PlannedResource {
        try RandomPlanning.plan(schema, rules: rules, prior: prior, proposed: proposed, config: config)
    }

    func create(_ planned: Value) throws(ProviderError) -> Value {
        let length = IntegerArguments.int64(planned[attribute: "byte_length"]) ?? 0
        guard length >= 0, let count = Int(exactly: length) else {
            throw RandomDiagnostics.randomnessGenerationError("cannot produce \(length) bytes")
        }
        let prefix = planned[attribute: "prefix"]?.stringValue ?? ""
        return presenting(ByteText.random(count: count), prefix: prefix, in: planned)
    }

    /// Imports `[prefix,]id`, the id being the URL-safe base64 of the bytes.
    func importState(id: String) throws(ProviderError) -> Value {
        var prefix = ""
        var encoded = id
        if let comma = id.lastIndex(of: ",") {
            prefix = String(id[..<comma])
            encoded = String(id[id.index(after: comma)...])
        }
        let bytes: [UInt8]
        do {
            bytes = try Base64Text.decode(encoded, .rawURL)
        } catch {
            throw RandomDiagnostics.withRetryAdvice("Import Random ID Error", "While attempting to import a random id there was a decoding error.\n\n+", error.description)
        }
        let state = schema.block.emptyValue
            .settingAttribute("byte_length", to: .number(bytes.count))
            .settingAttribute(RandomPlanning.keepers, to: .map([:], elementType: .string))
            .settingAttribute("prefix", to: prefix.isEmpty ? .null(.string) : .string(prefix))
        return presenting(bytes, prefix: prefix, in: state)
    }

    private func presenting(_ bytes: [UInt8], prefix: String, in object: Value) -> Value {
        let id = Base64Text.encode(bytes, .rawURL)
        return object
            .settingAttribute("id", to: .string(id))
            .settingAttribute("b64_url", to: .string(prefix + id))
            .settingAttribute("b64_std", to: .string(prefix + Base64Text.encode(bytes)))
            .settingAttribute("hex", to: .string(prefix + ByteText.hex(bytes)))
            .settingAttribute("dec", to: .string(prefix + ByteText.decimal(bytes)))
    }
}
