import ProviderKit
import Testing
import Values

/// A configuration of `type`: `values`, and null for every other attribute.
func configuration(_ provider: some Provider, _ type: String, _ values: [String: Value] = [:]) throws -> Value {
    let schema = try #require(provider.schema.resources[type] ?? provider.schema.dataSources[type])
    return values.reduce(schema.block.emptyValue) { $0.settingAttribute($1.key, to: $1.value) }
}

/// Plans as the engine does: the proposed new value, then the provider's plan.
func plan(_ provider: some Provider, _ type: String, prior: Value?, config: Value) async throws -> PlannedResource {
    let schema = try #require(provider.schema.resources[type])
    let proposed = ProposedNewState.value(schema: schema.block, prior: prior, config: config)
    return try await provider.planResource(type: type, prior: prior, proposed: proposed, config: config)
}

/// Plans and applies a new object.
func createObject(_ provider: some Provider, _ type: String, _ values: [String: Value]) async throws -> Value {
    let config = try configuration(provider, type, values)
    let planned = try await plan(provider, type, prior: nil, config: config)
    return try #require(try await provider.applyResource(type: type, prior: nil, planned: planned.plannedState))
}

/// The diagnostics of the provider error `body` throws, or none.
func diagnostics(_ body: () async throws -> Void) async -> [ProviderDiagnostic] {
    do {
        try await body()
        return []
    } catch let error as ProviderError {
        return error.diagnostics
    } catch {
        return [.error("Not a provider error", "\(error)")]
    }
}

/// A string map value.
func stringMap(_ elements: [String: String]) -> Value {
    .map(elements.mapValues { .string($0) }, elementType: .string)
}

/// Whether `text` matches a whole regular expression.
func matches(_ text: String?, _ pattern: String) -> Bool {
    guard let text, let expression = try? Regex(pattern) else { return false }
    return text.wholeMatch(of: expression) != nil
}
