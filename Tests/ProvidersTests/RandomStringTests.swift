import ProviderKit
import RandomProvider
import Testing
import Values

@Suite("random_string and random_password")
struct RandomStringTests {
    private let provider = RandomProvider()
    private let type = "random_string"

    @Test("the plan of a new string shows the defaults and an unknown result")
    func planDefaults() async throws {
        let planned = try await plan(provider, type, prior: nil, config: try configuration(provider, type, ["length": .number(12)]))
        let state = planned.plannedState
        for name in ["special", "upper", "lower", "number", "numeric"] {
            #expect(state[attribute: name] == .true)
        }
        for name in ["min_numeric", "min_upper", "min_lower", "min_special"] {
            #expect(state[attribute: name] == .number(0))
        }
        #expect(state[attribute: "override_special"] == .null(.string))
        #expect(state[attribute: "result"] == .unknown(.string))
        #expect(state[attribute: "id"] == .unknown(.string))
    }

    @Test("the result has the length, classes and minimums asked for")
    func classes() async throws {
        let state = try await createObject(provider, type, [
            "length": .number(20), "special": .false, "upper": .false, "min_upper": .number(3), "min_numeric": .number(4),
        ])
        let result = try #require(state[attribute: "result"]?.stringValue)
        #expect(result.count == 20)
        #expect(state[attribute: "id"] == .string(result))
        #expect(result.filter(\.isUppercase).count == 3)
        #expect(result.filter(\.isNumber).count >= 4)
        #expect(result.allSatisfy { $0.isLetter || $0.isNumber })
    }

    @Test("override_special supplies the special characters")
    func overrideSpecial() async throws {
        let state = try await createObject(provider, type, [
            "length": .number(10), "upper": .false, "lower": .false, "numeric": .false, "override_special": .string("#"),
        ])
        #expect(state[attribute: "result"] == .string("##########"))
        #expect(state[attribute: "number"] == .false)
    }

    @Test("the configuration is checked as the provider checks it")
    func validation() throws {
        let short = try configuration(provider, type, ["length": .number(3), "min_upper": .number(2), "min_lower": .number(2), "number": .true])
        #expect(provider.validateResource(type: type, config: short) == [
            .error(
                "Invalid Attribute Value",
                "Attribute length value must be at least sum of min_upper + min_lower + min_numeric + min_special, got: 3",
                at: [.attribute("length")]),
            .warning("Attribute Deprecated", "**NOTE**: This is deprecated, use `numeric` instead.", at: [.attribute("number")]),
        ])
        let empty = try configuration(provider, type, ["length": .number(0)])
        #expect(provider.validateResource(type: type, config: empty) == [
            .error("Invalid Attribute Value", "Attribute length value must be at least 1, got: 0", at: [.attribute("length")]),
        ])
        let unknown = try configuration(provider, type, ["length": .unknown(.number), "min_upper": .number(5)])
        #expect(provider.validateResource(type: type, config: unknown).isEmpty)
    }

    @Test("number and numeric follow each other, and may not disagree")
    func numberAndNumeric() async throws {
        let planned = try await plan(provider, type, prior: nil, config: try configuration(provider, type, ["length": .number(4), "number": .false]))
        #expect(planned.plannedState[attribute: "numeric"] == .false)
        let problems = await diagnostics {
            _ = try await plan(provider, type, prior: nil, config: try configuration(provider, type, ["length": .number(4), "number": .false, "numeric": .true]))
        }
        #expect(problems == [.error("Number and numeric are both configured with different values", "Number is deprecated, use numeric instead")])
    }

    @Test("changed arguments replace; override_special from empty to null does not")
    func replacement() async throws {
        let prior = try await createObject(provider, type, ["length": .number(8), "override_special": .string("")])
        let same = try await plan(provider, type, prior: prior, config: try configuration(provider, type, ["length": .number(8), "override_special": .string("")]))
        #expect(same.plannedState == prior)
        let unset = try await plan(provider, type, prior: prior, config: try configuration(provider, type, ["length": .number(8)]))
        #expect(unset.requiresReplace.isEmpty)
        #expect(unset.plannedState[attribute: "result"] == prior[attribute: "result"])
        let changed = try await plan(provider, type, prior: prior, config: try configuration(provider, type, [
            "length": .number(9), "upper": .false, "override_special": .string("!"),
        ]))
        #expect(changed.requiresReplace == [[.attribute("length")], [.attribute("override_special")], [.attribute("upper")]])
    }

    @Test("import takes the result and the default arguments")
    func importString() async throws {
        let imported = try #require(try await provider.importResource(type: type, id: "héllo").first?.state)
        #expect(imported == (try configuration(provider, type, [
            "id": .string("héllo"), "result": .string("héllo"), "length": .number(6),
            "special": .true, "upper": .true, "lower": .true, "number": .true, "numeric": .true,
            "min_numeric": .number(0), "min_upper": .number(0), "min_lower": .number(0), "min_special": .number(0),
        ])))
    }

    @Test("state from schema version 1 gains numeric and defaults for what old imports left null")
    func upgrade() throws {
        let old = try configuration(provider, type, ["result": .string("abc"), "number": .false])
        let upgraded = try provider.upgradeResourceState(type: type, version: 1, state: old)
        #expect(upgraded[attribute: "numeric"] == .false)
        #expect(upgraded[attribute: "length"] == .number(3))
        #expect(upgraded[attribute: "special"] == .true)
        #expect(upgraded[attribute: "min_upper"] == .number(0))
    }

    @Test("random_password: a sensitive result, a bcrypt hash and the id none")
    func password() async throws {
        let schema = try #require(provider.schema.resources["random_password"])
        #expect(schema.version == 3)
        #expect(provider.schema.resources[type]?.version == 2)
        #expect(schema.block.attributes["result"]?.sensitive == true)
        #expect(schema.block.attributes["bcrypt_hash"]?.sensitive == true)
        let state = try await createObject(provider, "random_password", ["length": .number(16)])
        #expect(state[attribute: "result"]?.stringValue?.count == 16)
        #expect(state[attribute: "id"] == .string("none"))
        #expect(matches(state[attribute: "bcrypt_hash"]?.stringValue, "\\$2a\\$10\\$[./A-Za-z0-9]{53}"))
        let imported = try #require(try await provider.importResource(type: "random_password", id: "secret").first?.state)
        #expect(imported[attribute: "result"] == .string("secret"))
        #expect(imported[attribute: "id"] == .string("none"))
        #expect(imported[attribute: "length"] == .number(6))
        #expect(matches(imported[attribute: "bcrypt_hash"]?.stringValue, "\\$2a\\$10\\$[./A-Za-z0-9]{53}"))
    }
}
