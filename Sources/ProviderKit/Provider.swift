import Values

/// What a provider plans for one resource instance: the new value (unknown where only apply
/// can tell) and the attributes whose change forces the object to be replaced.
public struct PlannedResource: Sendable {
    public var plannedState: Value
    public var requiresReplace: [ValuePath]
    public var warnings: [ProviderDiagnostic]

    public init(plannedState: Value, requiresReplace: [ValuePath] = [], warnings: [ProviderDiagnostic] = []) {
        self.plannedState = plannedState
        self.requiresReplace = requiresReplace
        self.warnings = warnings
    }
}

/// An object found by `importState`, to be read and then written to state.
public struct ImportedResource: Sendable {
    public var typeName: String
    public var state: Value

    public init(typeName: String, state: Value) {
        self.typeName = typeName
        self.state = state
    }
}

/// The contract between the engine and a provider, shaped like Terraform's plugin protocol.
/// Values cross it as `Value`s of the schema's implied type (unmarked: sensitivity is the
/// engine's business), so the same contract can be served across a process boundary.
///
/// Call order: `schema`, then `configure` once, then any of the rest, concurrently.
public protocol Provider: Sendable {
    /// The provider's configuration, resource and data source schemas.
    var schema: ProviderSchema { get }

    /// Configures the provider with its `provider` block (null attributes where not set).
    func configure(_ config: Value) async throws(ProviderError)

    /// Checks a resource's configuration beyond what the schema says; unknown values may appear.
    func validateResource(type: String, config: Value) -> [ProviderDiagnostic]

    /// Checks a data source's configuration beyond what the schema says.
    func validateDataSource(type: String, config: Value) -> [ProviderDiagnostic]

    /// Plans a create (`prior` nil), an update or, when `proposed` is nil, a delete (then the
    /// planned state is null). `proposed` is the engine's merge of `config` over `prior`:
    /// configured values where set, prior values of computed attributes where not.
    func planResource(type: String, prior: Value?, proposed: Value, config: Value) async throws(ProviderError) -> PlannedResource

    /// Makes a planned change real and returns the new state, or nil when the object is gone
    /// (a delete: `planned` is nil).
    func applyResource(type: String, prior: Value?, planned: Value?) async throws(ProviderError) -> Value?

    /// Reads an object as it is now; nil when it no longer exists.
    func readResource(type: String, current: Value) async throws(ProviderError) -> Value?

    /// Finds the object `id` names; the engine then reads each result.
    func importResource(type: String, id: String) async throws(ProviderError) -> [ImportedResource]

    /// Reads a data source with its configuration.
    func readDataSource(type: String, config: Value) async throws(ProviderError) -> Value

    /// Looks for an object that a create, cut off before its result was recorded, may have
    /// made from `planned` (unknown parts null). Returns its state when it exists, so that it
    /// can be adopted; nil when it does not or the provider cannot tell.
    func findCreated(type: String, planned: Value) async throws(ProviderError) -> Value?

    /// Upgrades a state value written by schema `version` (older than the current one) to the
    /// current schema; the default keeps it as it is.
    func upgradeResourceState(type: String, version: Int, state: Value) throws(ProviderError) -> Value
}

extension Provider {
    public func validateResource(type: String, config: Value) -> [ProviderDiagnostic] { [] }
    public func validateDataSource(type: String, config: Value) -> [ProviderDiagnostic] { [] }
    public func upgradeResourceState(type: String, version: Int, state: Value) throws(ProviderError) -> Value { state }
    public func findCreated(type: String, planned: Value) async throws(ProviderError) -> Value? { nil }

    public func importResource(type: String, id: String) async throws(ProviderError) -> [ImportedResource] {
        throw ProviderError("Resource Import Not Implemented", "This resource does not support import. Please contact the provider developer for additional information.")
    }

    public func readDataSource(type: String, config: Value) async throws(ProviderError) -> Value {
        throw ProviderError("Unsupported data source", "This provider has no data source \(goQuoted(type)).")
    }
}
