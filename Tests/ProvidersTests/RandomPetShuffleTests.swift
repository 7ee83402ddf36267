import ProviderKit
import RandomProvider
import Testing
import Values

@Suite("random_pet and random_shuffle")
struct RandomPetShuffleTests {
    private let provider = RandomProvider()

    @Test("a pet name has two words by default, joined with a dash")
    func defaultPet() async throws {
        let planned = try await plan(provider, "random_pet", prior: nil, config: try configuration(provider, "random_pet"))
        #expect(planned.plannedState[attribute: "length"] == .number(2))
        #expect(planned.plannedState[attribute: "separator"] == .string("-"))
        let state = try await createObject(provider, "random_pet", [:])
        #expect(matches(state[attribute: "id"]?.stringValue, "[a-z]+-[a-z]+"))
        #expect(state[attribute: "prefix"] == .null(.string))
    }

    @Test("length, prefix and separator shape the name")
    func shapedPet() async throws {
        let state = try await createObject(provider, "random_pet", ["length": .number(4), "prefix": .string("dev"), "separator": .string(".")])
        #expect(matches(state[attribute: "id"]?.stringValue, "dev(\\.[a-z]+){4}"))
        let single = try await createObject(provider, "random_pet", ["length": .number(1)])
        #expect(matches(single[attribute: "id"]?.stringValue, "[a-z]+"))
    }

    @Test("a new separator replaces the pet; random_pet cannot be imported")
    func petReplacement() async throws {
        let prior = try await createObject(provider, "random_pet", [:])
        let planned = try await plan(provider, "random_pet", prior: prior, config: try configuration(provider, "random_pet", ["separator": .string("_")]))
        #expect(planned.requiresReplace == [[.attribute("separator")]])
        let unchanged = try await plan(provider, "random_pet", prior: prior, config: try configuration(provider, "random_pet"))
        #expect(unchanged.plannedState == prior)
        let problems = await diagnostics { _ = try await provider.importResource(type: "random_pet", id: "x") }
        #expect(problems.map(\.summary) == ["Resource Import Not Implemented"])
    }

    @Test("a seeded shuffle gives hashicorp/random's permutation, repeated to result_count")
    func seededShuffle() async throws {
        let input = Value.list(["a", "b", "c", "d", "e"].map { .string($0) }, elementType: .string)
        let state = try await createObject(provider, "random_shuffle", ["input": input, "seed": .string("shuffle"), "result_count": .number(7)])
        #expect(state[attribute: "result"] == .list(["e", "d", "b", "a", "c", "b", "c"].map { .string($0) }, elementType: .string))
        #expect(state[attribute: "id"] == .string("-"))
        #expect(state[attribute: "result_count"] == .number(7))
    }

    @Test("an unseeded shuffle permutes the input; an empty input gives an empty result")
    func unseededShuffle() async throws {
        let input = Value.list((1...9).map { .string(String($0)) }, elementType: .string)
        let state = try await createObject(provider, "random_shuffle", ["input": input])
        let result = try #require(state[attribute: "result"]?.elements)
        #expect(result.compactMap(\.stringValue).sorted() == (1...9).map(String.init))
        #expect(state[attribute: "result_count"] == .null(.number))
        let empty = try await createObject(provider, "random_shuffle", ["input": .list([], elementType: .string)])
        #expect(empty[attribute: "result"] == .list([], elementType: .string))
        let zero = try await createObject(provider, "random_shuffle", ["input": input, "result_count": .number(0)])
        #expect(zero[attribute: "result"]?.count == 9)
        #expect(zero[attribute: "result_count"] == .number(9))
    }

    @Test("a new input replaces the shuffle")
    func shuffleReplacement() async throws {
        let prior = try await createObject(provider, "random_shuffle", ["input": .list([.string("a")], elementType: .string)])
        let config = try configuration(provider, "random_shuffle", ["input": .list([.string("b")], elementType: .string)])
        let planned = try await plan(provider, "random_shuffle", prior: prior, config: config)
        #expect(planned.requiresReplace == [[.attribute("input")]])
        #expect(planned.plannedState[attribute: "result"] == prior[attribute: "result"])
    }
}
