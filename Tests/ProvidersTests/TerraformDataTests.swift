import BuiltinProvider
import ProviderKit
import Testing
import Values

@Suite("terraform_data, as Terraform 1.15's built-in provider plans and applies it")
struct TerraformDataTests {
    private let provider = TerraformProvider()
    private let type = "terraform_data"
    private let uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

    @Test("the schema: id and output computed, input and triggers_replace dynamic arguments")
    func schema() throws {
        let schema = try #require(provider.schema.resources[type])
        #expect(schema.block.attributes.keys.sorted() == ["id", "input", "output", "triggers_replace"])
        #expect(schema.block.attributes["input"]?.type == .dynamic)
        #expect(schema.block.attributes["output"]?.computed == true)
    }

    @Test("create plans an unknown id and output; apply echoes the input and makes a UUID")
    func create() async throws {
        let config = try configuration(provider, type, ["input": .string("a")])
        let planned = try await plan(provider, type, prior: nil, config: config)
        #expect(planned.plannedState[attribute: "id"] == .unknown(.string))
        #expect(planned.plannedState[attribute: "output"] == .unknown(.string))
        #expect(planned.requiresReplace.isEmpty)
        let state = try #require(try await provider.applyResource(type: type, prior: nil, planned: planned.plannedState))
        #expect(state[attribute: "output"] == .string("a"))
        #expect(matches(state[attribute: "id"]?.stringValue, uuid))
    }

    @Test("without input, the output is null at once")
    func noInput() async throws {
        let planned = try await plan(provider, type, prior: nil, config: try configuration(provider, type))
        #expect(planned.plannedState[attribute: "output"] == .null(.dynamic))
    }

    @Test("an object input keeps its structure in the output")
    func objectInput() async throws {
        let input = Value.object(["a": .number(1), "b": .tuple([.true])])
        let state = try await createObject(provider, type, ["input": input])
        #expect(state[attribute: "output"] == input)
    }

    @Test("a changed input is an update: the id stays and the output is unknown")
    func changedInput() async throws {
        let prior = try await createObject(provider, type, ["input": .string("a"), "triggers_replace": .string("t1")])
        let config = try configuration(provider, type, ["input": .string("b"), "triggers_replace": .string("t1")])
        let planned = try await plan(provider, type, prior: prior, config: config)
        #expect(planned.requiresReplace.isEmpty)
        #expect(planned.plannedState[attribute: "id"] == prior[attribute: "id"])
        #expect(planned.plannedState[attribute: "output"] == .unknown(.string))
        let state = try #require(try await provider.applyResource(type: type, prior: prior, planned: planned.plannedState))
        #expect(state[attribute: "output"] == .string("b"))
        #expect(state[attribute: "id"] == prior[attribute: "id"])
    }

    @Test("an unchanged configuration plans the prior object")
    func unchanged() async throws {
        let prior = try await createObject(provider, type, ["input": .string("a")])
        let planned = try await plan(provider, type, prior: prior, config: try configuration(provider, type, ["input": .string("a")]))
        #expect(planned.plannedState == prior)
        #expect(planned.requiresReplace.isEmpty)
    }

    @Test("a changed trigger replaces the object")
    func changedTrigger() async throws {
        let prior = try await createObject(provider, type, ["input": .string("a"), "triggers_replace": .string("t1")])
        let config = try configuration(provider, type, ["input": .string("a"), "triggers_replace": .string("t2")])
        let planned = try await plan(provider, type, prior: prior, config: config)
        #expect(planned.requiresReplace == [[.attribute("triggers_replace")]])
        #expect(planned.plannedState[attribute: "id"] == .unknown(.string))
        #expect(planned.plannedState[attribute: "output"] == .unknown(.string))
    }

    @Test("an unknown input plans an unknown output of unknown type")
    func unknownInput() async throws {
        let config = try configuration(provider, type, ["input": .dynamicUnknown])
        let planned = try await plan(provider, type, prior: nil, config: config)
        #expect(planned.plannedState[attribute: "output"] == .dynamicUnknown)
    }

    @Test("setting a computed attribute is an error")
    func readOnly() throws {
        let config = try configuration(provider, type, ["id": .string("x"), "output": .string("y")])
        #expect(provider.validateResource(type: type, config: config) == [
            .error("\"id\" attribute is read-only"), .error("\"output\" attribute is read-only"),
        ])
    }

    @Test("import keeps only the id; read returns the object as it is; delete gives nil")
    func importReadDelete() async throws {
        let imported = try await provider.importResource(type: type, id: "abc")
        #expect(imported.count == 1)
        #expect(imported.first?.typeName == type)
        #expect(imported.first?.state == (try configuration(provider, type, ["id": .string("abc")])))
        let state = try await createObject(provider, type, ["input": .string("a")])
        #expect(try await provider.readResource(type: type, current: state) == state)
        #expect(try await provider.applyResource(type: type, prior: state, planned: nil) == nil)
    }

    @Test("other resource types are not found")
    func unknownType() async {
        let problems = await diagnostics { _ = try await provider.readResource(type: "terraform_other", current: .emptyObject) }
        #expect(problems == [.error("Resource Type Not Found", "No resource type named \"terraform_other\" was found in the provider.")])
    }
}
