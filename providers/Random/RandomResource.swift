import ProviderKit
import Values

/// One resource type of the random provider. Random values are made once, at create, and kept
/// in state: reading changes nothing, an update only records the plan, and deleting forgets.
protocol RandomResource: Sendable {
    var schema: Schema { get }
    /// Checks a configuration beyond its schema; unknown values are skipped.
    func validate(_ config: Value) -> [ProviderDiagnostic]
    func plan(prior: Value?, proposed: Value, config: Value) throws(ProviderError) -> PlannedResource
    /// The new object for a wholly known plan.
    func create(_ planned: Value) throws(ProviderError) -> Value
    /// The object an import id stands for.
    func importState(id: String) throws(ProviderError) -> Value
    /// A state written by an older schema version, in the current one.
    func upgrade(version: Int, state: Value) throws(ProviderError) -> Value
}

extension RandomResource {
    func validate(_ config: Value) -> [ProviderDiagnostic] { [] }

    func importState(id: String) throws(ProviderError) -> Value {
        throw ProviderError("Resource Import Not Implemented", "This resource does not support import. Please contact the provider developer for additional information.")
    }

    func upgrade(version: Int, state: Value) throws(ProviderError) -> Value { state }
}
