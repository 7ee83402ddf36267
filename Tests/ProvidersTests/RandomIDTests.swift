import ProviderKit
import RandomProvider
import Testing
import Values

@Suite("random_id and random_bytes")
struct RandomIDTests {
    private let provider = RandomProvider()

    @Test("random_id presents the same bytes as base64, hex and decimal, with the prefix")
    func create() async throws {
        let config = try configuration(provider, "random_id", ["byte_length": .number(8), "prefix": .string("p-")])
        let planned = try await plan(provider, "random_id", prior: nil, config: config)
        for name in ["id", "b64_url", "b64_std", "hex", "dec"] {
            #expect(planned.plannedState[attribute: name] == .unknown(.string))
        }
        let state = try #require(try await provider.applyResource(type: "random_id", prior: nil, planned: planned.plannedState))
        let id = try #require(state[attribute: "id"]?.stringValue)
        let bytes = try Base64Text.decode(id, .rawURL)
        #expect(bytes.count == 8)
        #expect(state[attribute: "b64_url"] == .string("p-" + id))
        #expect(state[attribute: "b64_std"] == .string("p-" + Base64Text.encode(bytes)))
        #expect(matches(state[attribute: "hex"]?.stringValue, "p-[0-9a-f]{16}"))
        #expect(matches(state[attribute: "dec"]?.stringValue, "p-(0|[1-9][0-9]*)"))
    }

    @Test("an unchanged configuration plans no change; a new byte_length or keepers replaces")
    func replacement() async throws {
        let prior = try await createObject(provider, "random_id", ["byte_length": .number(4), "keepers": stringMap(["a": "1"])])
        let same = try await plan(provider, "random_id", prior: prior, config: try configuration(provider, "random_id", ["byte_length": .number(4), "keepers": stringMap(["a": "1"])]))
        #expect(same.plannedState == prior)
        #expect(same.requiresReplace.isEmpty)
        let longer = try await plan(provider, "random_id", prior: prior, config: try configuration(provider, "random_id", ["byte_length": .number(5), "keepers": stringMap(["a": "2"])]))
        #expect(longer.requiresReplace == [[.attribute("byte_length")], [.attribute("keepers")]])
    }

    @Test("a keepers change that only adds a null value updates in place and keeps the results")
    func nullKeeper() async throws {
        let prior = try await createObject(provider, "random_id", ["byte_length": .number(4), "keepers": stringMap(["a": "1"])])
        let keepers = Value.map(["a": .string("1"), "b": .null(.string)], elementType: .string)
        let planned = try await plan(provider, "random_id", prior: prior, config: try configuration(provider, "random_id", ["byte_length": .number(4), "keepers": keepers]))
        #expect(planned.requiresReplace.isEmpty)
        #expect(planned.plannedState == prior.settingAttribute("keepers", to: keepers))
        #expect(try await provider.applyResource(type: "random_id", prior: prior, planned: planned.plannedState) == planned.plannedState)
    }

    @Test("unknown keepers and byte_length plan without failing")
    func unknowns() async throws {
        let prior = try await createObject(provider, "random_id", ["byte_length": .number(4), "keepers": stringMap(["a": "1"])])
        let config = try configuration(provider, "random_id", ["byte_length": .unknown(.number), "keepers": .unknown(.map(.string))])
        #expect(provider.validateResource(type: "random_id", config: config).isEmpty)
        let planned = try await plan(provider, "random_id", prior: prior, config: config)
        #expect(planned.requiresReplace == [[.attribute("byte_length")], [.attribute("keepers")]])
        #expect(planned.plannedState[attribute: "byte_length"] == .unknown(.number))
    }

    @Test("random_id imports [prefix,]base64url")
    func importID() async throws {
        let imported = try #require(try await provider.importResource(type: "random_id", id: "my,prefix-,aGk_Pg").first?.state)
        #expect(imported == (try configuration(provider, "random_id", [
            "id": .string("aGk_Pg"), "byte_length": .number(4), "keepers": .map([:], elementType: .string), "prefix": .string("my,prefix-"),
            "b64_url": .string("my,prefix-aGk_Pg"), "b64_std": .string("my,prefix-aGk/Pg=="), "hex": .string("my,prefix-68693f3e"),
            "dec": .string("my,prefix-1751727934"),
        ])))
    }

    @Test("random_id reports an id that is not base64url")
    func importIDError() async {
        let problems = await diagnostics { _ = try await provider.importResource(type: "random_id", id: "aGk/Pg") }
        #expect(problems == [.error(
            "Import Random ID Error",
            "While attempting to import a random id there was a decoding error.\n\n+Retry the Terraform operation. If the error still occurs or happens regularly, please contact the provider developer with hardware and operating system information.\n\nOriginal Error: illegal base64 data at input byte 3")])
    }

    @Test("byte_length must be a 64-bit integer")
    func integerCheck() throws {
        let config = try configuration(provider, "random_id", ["byte_length": .number(try #require(Number(parsing: "1.5")))])
        #expect(provider.validateResource(type: "random_id", config: config) == [
            .error("Int64 Type Validation Error", "Value 1.5 is not an integer.", at: [.attribute("byte_length")]),
        ])
    }

    @Test("random_bytes keeps sensitive base64 and hex of its bytes")
    func bytes() async throws {
        let schema = try #require(provider.schema.resources["random_bytes"])
        #expect(schema.block.attributes["base64"]?.sensitive == true)
        #expect(schema.block.attributes["id"] == nil)
        let state = try await createObject(provider, "random_bytes", ["length": .number(16)])
        let bytes = try Base64Text.decode(try #require(state[attribute: "base64"]?.stringValue))
        #expect(bytes.count == 16)
        #expect(matches(state[attribute: "hex"]?.stringValue, "[0-9a-f]{32}"))
    }

    @Test("random_bytes: length at least 1, any keepers change replaces, import from base64")
    func bytesRules() async throws {
        let config = try configuration(provider, "random_bytes", ["length": .number(0)])
        #expect(provider.validateResource(type: "random_bytes", config: config) == [
            .error("Invalid Attribute Value", "Attribute length value must be at least 1, got: 0", at: [.attribute("length")]),
        ])
        let prior = try await createObject(provider, "random_bytes", ["length": .number(4)])
        let keepers = Value.map(["a": .null(.string)], elementType: .string)
        let planned = try await plan(provider, "random_bytes", prior: prior, config: try configuration(provider, "random_bytes", ["length": .number(4), "keepers": keepers]))
        #expect(planned.requiresReplace == [[.attribute("keepers")]])
        let imported = try #require(try await provider.importResource(type: "random_bytes", id: "aGk/Pg==").first?.state)
        #expect(imported == (try configuration(provider, "random_bytes", ["length": .number(4), "base64": .string("aGk/Pg=="), "hex": .string("68693f3e")])))
    }
}
