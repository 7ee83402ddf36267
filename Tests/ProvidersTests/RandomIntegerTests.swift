import ProviderKit
import RandomProvider
import Testing
import Values

@Suite("random_integer")
struct RandomIntegerTests {
    private let provider = RandomProvider()
    private let type = "random_integer"

    @Test("a seed gives the number hashicorp/random gives for it")
    func seeded() async throws {
        let state = try await createObject(provider, type, ["min": .number(1), "max": .number(100), "seed": .string("abc")])
        #expect(state[attribute: "result"] == .number(45))
        #expect(state[attribute: "id"] == .string("45"))
        #expect(state[attribute: "seed"] == .string("abc"))
    }

    @Test("without a seed the result lies within min and max")
    func unseeded() async throws {
        for _ in 0..<20 {
            let state = try await createObject(provider, type, ["min": .number(-3), "max": .number(3)])
            let result = try #require(state[attribute: "result"]?.numberValue?.intValue)
            #expect((-3...3).contains(result))
            #expect(state[attribute: "id"] == .string(String(result)))
            #expect(state[attribute: "seed"] == .null(.string))
        }
    }

    @Test("min above max is an error at apply")
    func minAboveMax() async throws {
        let config = try configuration(provider, type, ["min": .number(5), "max": .number(1)])
        let planned = try await plan(provider, type, prior: nil, config: config)
        let problems = await diagnostics { _ = try await provider.applyResource(type: type, prior: nil, planned: planned.plannedState) }
        #expect(problems == [.error("Create Random Integer Error", "The minimum (min) value needs to be smaller than or equal to maximum (max) value.")])
    }

    @Test("new bounds or seed replace; the same configuration plans no change")
    func replacement() async throws {
        let prior = try await createObject(provider, type, ["min": .number(1), "max": .number(10)])
        let same = try await plan(provider, type, prior: prior, config: try configuration(provider, type, ["min": .number(1), "max": .number(10)]))
        #expect(same.plannedState == prior)
        let changed = try await plan(provider, type, prior: prior, config: try configuration(provider, type, ["min": .number(2), "max": .number(10), "seed": .string("s")]))
        #expect(changed.requiresReplace == [[.attribute("min")], [.attribute("seed")]])
    }

    @Test("import takes result,min,max and an optional seed")
    func importInteger() async throws {
        let imported = try #require(try await provider.importResource(type: type, id: "15,1,20,s").first?.state)
        #expect(imported == (try configuration(provider, type, [
            "id": .string("15"), "keepers": .map([:], elementType: .string), "result": .number(15), "min": .number(1), "max": .number(20),
            "seed": .string("s"),
        ])))
    }

    @Test("import reports malformed ids as the provider does")
    func importErrors() async {
        #expect(await diagnostics { _ = try await provider.importResource(type: type, id: "1,2") } == [.error(
            "Import Random Integer Error", "Invalid import usage: expecting {result},{min},{max} or {result},{min},{max},{seed}")])
        #expect(await diagnostics { _ = try await provider.importResource(type: type, id: "x,1,2") } == [.error(
            "Import Random Integer Error",
            "The value supplied could not be parsed as an integer.\n\nOriginal Error: strconv.ParseInt: parsing \"x\": invalid syntax")])
        #expect(await diagnostics { _ = try await provider.importResource(type: type, id: "1,1,99999999999999999999") } == [.error(
            "Import Random Integer Error",
            "The max value supplied could not be parsed as an integer.\n\nOriginal Error: strconv.ParseInt: parsing \"99999999999999999999\": value out of range")])
    }
}
