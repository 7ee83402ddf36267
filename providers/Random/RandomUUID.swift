import Foundation
import ProviderKit
import Values

/// `random_uuid`, `random_uuid4` and `random_uuid7`: a random UUID for unique names.
struct RandomUUID: RandomResource {
    enum Kind {
        /// hashicorp/go-uuid's: 16 random bytes, no version bits.
        case hashicorp
        /// An RFC 9562 version 4 UUID.
        case version4
        /// An RFC 9562 version 7 UUID: the time in milliseconds, then random bits.
        case version7
    }

    let kind: Kind

    var schema: Schema {
        let description = switch kind {
        case .hashicorp: "The resource `random_uuid` generates a random uuid string that is intended to be used as a unique identifier for other resources."
        case .version4: "The resource `random_uuid4` generates a random version 4 uuid string that is intended to be used as a unique identifier for other resources."
        case .version7: "The resource `random_uuid7` generates a random version 7 uuid string that is intended to be used as a unique identifier for other resources."
        }
        return Schema(block: BlockSchema(
            attributes: [
                RandomPlanning.keepers: RandomPlanning.keepersAttribute,
                "result": .computed(.string, description: "The generated uuid presented in string format."),
                "id": .computed(.string, description: "The generated uuid presented in string format."),
            ],
            description: description))
    }

    private let rules = PlanRules(keepingPrior: ["result", "id"])

    func plan(prior: Value?, proposed: Value, config: Value) throws(ProviderError) -> PlannedResource {
        try RandomPlanning.plan(schema, rules: rules, prior: prior, proposed: proposed, config: config)
    }

    func create(_ planned: Value) throws(ProviderError) -> Value {
        var generator = SystemRandomNumberGenerator()
        var bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        switch kind {
        case .hashicorp:
            break
        case .version4:
            bytes[6] = bytes[6] & 0x0F | 0x40
            bytes[8] = bytes[8] & 0x3F | 0x80
        case .version7:
            let milliseconds = UInt64(Date().timeIntervalSince1970 * 1000)
            for index in 0..<6 {
                bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (40 - 8 * UInt64(index)))
            }
            bytes[6] = bytes[6] & 0x0F | 0x70
            bytes[8] = bytes[8] & 0x3F | 0x80
        }
        let text = UUIDText.formatting(bytes)
        return planned.settingAttribute("result", to: .string(text)).settingAttribute("id", to: .string(text))
    }

    /// Imports the UUID itself, written in lower case.
    func importState(id: String) throws(ProviderError) -> Value {
        let bytes: [UInt8]
        do {
            bytes = kind == .hashicorp ? try UUIDParsing.hashicorp(id) : try UUIDParsing.google(id)
        } catch {
            throw RandomDiagnostics.withRetryAdvice("Import Random UUID Error", "There was an error during the parsing of the UUID.\n\n", error.description)
        }
        let text = UUIDText.formatting(bytes)
        let keepers: Value = kind == .hashicorp ? .map([:], elementType: .string) : .null(.map(.string))
        return schema.block.emptyValue
            .settingAttribute("result", to: .string(text))
            .settingAttribute("id", to: .string(text))
            .settingAttribute(RandomPlanning.keepers, to: keepers)
    }
}
