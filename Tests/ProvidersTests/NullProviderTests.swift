import BuiltinProvider
import ProviderKit
import Testing
import Values

@Suite("hashicorp/null: null_resource and null_data_source")
struct NullProviderTests {
    private let provider = NullProvider()
    private let type = "null_resource"

    @Test("create gives a random decimal id")
    func create() async throws {
        let config = try configuration(provider, type, ["triggers": stringMap(["a": "1"])])
        let planned = try await plan(provider, type, prior: nil, config: config)
        #expect(planned.plannedState[attribute: "id"] == .unknown(.string))
        let state = try #require(try await provider.applyResource(type: type, prior: nil, planned: planned.plannedState))
        #expect(matches(state[attribute: "id"]?.stringValue, "[0-9]{1,19}"))
        #expect(state[attribute: "triggers"] == stringMap(["a": "1"]))
    }

    @Test("unchanged triggers plan no change")
    func unchanged() async throws {
        let prior = try await createObject(provider, type, ["triggers": stringMap(["a": "1"])])
        let planned = try await plan(provider, type, prior: prior, config: try configuration(provider, type, ["triggers": stringMap(["a": "1"])]))
        #expect(planned.plannedState == prior)
        #expect(planned.requiresReplace.isEmpty)
    }

    @Test("changed triggers replace the object")
    func changedTriggers() async throws {
        let prior = try await createObject(provider, type, ["triggers": stringMap(["a": "1"])])
        let planned = try await plan(provider, type, prior: prior, config: try configuration(provider, type, ["triggers": stringMap(["a": "2"])]))
        #expect(planned.requiresReplace == [[.attribute("triggers")]])
        #expect(planned.plannedState[attribute: "id"] == prior[attribute: "id"])
    }

    @Test("unknown triggers plan without failing and replace")
    func unknownTriggers() async throws {
        let prior = try await createObject(provider, type, ["triggers": stringMap(["a": "1"])])
        let config = try configuration(provider, type, ["triggers": .map(["a": .unknown(.string)], elementType: .string)])
        let planned = try await plan(provider, type, prior: prior, config: config)
        #expect(planned.requiresReplace == [[.attribute("triggers")]])
    }

    @Test("null_data_source copies inputs to outputs and warns that it is deprecated")
    func dataSource() async throws {
        let config = try configuration(provider, "null_data_source", ["inputs": stringMap(["k": "v"])])
        #expect(provider.validateDataSource(type: "null_data_source", config: config) == [.warning(
            "Deprecated",
            "The null_data_source was historically used to construct intermediate values to re-use elsewhere in configuration, "
                + "the same can now be achieved using locals or the terraform_data resource type in Terraform 1.4 and later.")])
        let state = try await provider.readDataSource(type: "null_data_source", config: config)
        #expect(state[attribute: "outputs"] == stringMap(["k": "v"]))
        #expect(state[attribute: "has_computed_default"] == .string("default"))
        #expect(state[attribute: "id"] == .string("static"))
        #expect(matches(state[attribute: "random"]?.stringValue, "[0-9]+"))
    }

    @Test("null_resource cannot be imported")
    func noImport() async {
        let problems = await diagnostics { _ = try await provider.importResource(type: type, id: "1") }
        #expect(problems.map(\.summary) == ["Resource Import Not Implemented"])
    }
}
