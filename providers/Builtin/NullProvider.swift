import ProviderKit
import Values

/// The hashicorp/null provider: `null_resource`, which does nothing but can be replaced through
/// its `triggers`, and the deprecated `null_data_source`.
public struct NullProvider: Provider {
    public init() {}

    public var schema: ProviderSchema {
        ProviderSchema(
            resources: [NullResource.typeName: NullResource.schema],
            dataSources: [NullDataSource.typeName: NullDataSource.schema])
    }

    public func configure(_ config: Value) async throws(ProviderError) {}

    public func validateDataSource(type: String, config: Value) -> [ProviderDiagnostic] {
        type == NullDataSource.typeName ? [NullDataSource.deprecation] : []
    }

    public func planResource(type: String, prior: Value?, proposed: Value, config: Value) async throws(ProviderError) -> PlannedResource {
        try checkResourceType(type)
        return NullResource.plan(prior: prior, proposed: proposed, config: config)
    }

    public func applyResource(type: String, prior: Value?, planned: Value?) async throws(ProviderError) -> Value? {
        try checkResourceType(type)
        guard let planned else { return nil }
        return prior == nil ? NullResource.create(planned) : planned
    }

    public func readResource(type: String, current: Value) async throws(ProviderError) -> Value? {
        try checkResourceType(type)
        return current
    }

    public func readDataSource(type: String, config: Value) async throws(ProviderError) -> Value {
        guard type == NullDataSource.typeName else { throw .unsupportedDataSourceType(type) }
        return NullDataSource.read(config)
    }

    private func checkResourceType(_ type: String) throws(ProviderError) {
        guard type == NullResource.typeName else { throw .unsupportedResourceType(type) }
    }
}
