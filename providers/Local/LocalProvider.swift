import ProviderKit
import Values

/// The hashicorp/local provider: files on the machine running iac, as resources to write and
/// data sources to read.
public struct LocalProvider: Provider {
    public init() {}

    public var schema: ProviderSchema {
        let kinds: [LocalFileKind] = [.plain, .sensitive]
        return ProviderSchema(
            resources: Dictionary(uniqueKeysWithValues: kinds.map { ($0.resourceType, $0.resourceSchema) }),
            dataSources: Dictionary(uniqueKeysWithValues: kinds.map { ($0.resourceType, $0.dataSourceSchema) }))
    }

    public func configure(_ config: Value) async throws(ProviderError) {}

    public func validateResource(type: String, config: Value) -> [ProviderDiagnostic] {
        guard let kind = Self.kind(type) else { return [] }
        return LocalFileValidation.problems(kind, config: config)
    }

    public func planResource(type: String, prior: Value?, proposed: Value, config: Value) async throws(ProviderError) -> PlannedResource {
        try resource(type).plan(prior: prior, proposed: proposed, config: config)
    }

    public func applyResource(type: String, prior: Value?, planned: Value?) async throws(ProviderError) -> Value? {
        let resource = try resource(type)
        guard let planned else {
            if let prior { resource.delete(prior) }
            return nil
        }
        return prior == nil ? try resource.create(planned) : planned
    }

    public func readResource(type: String, current: Value) async throws(ProviderError) -> Value? {
        try resource(type).read(current)
    }

    /// Finds the file an interrupted create was writing, when it holds the planned content.
    public func findCreated(type: String, planned: Value) async throws(ProviderError) -> Value? {
        try resource(type).findCreated(planned)
    }

    public func readDataSource(type: String, config: Value) async throws(ProviderError) -> Value {
        guard let kind = Self.kind(type) else { throw .unsupportedDataSourceType(type) }
        return try LocalFileDataSource(kind: kind).read(config)
    }

    private static func kind(_ type: String) -> LocalFileKind? {
        [LocalFileKind.plain, .sensitive].first { $0.resourceType == type }
    }

    private func resource(_ type: String) throws(ProviderError) -> LocalFileResource {
        guard let kind = Self.kind(type) else { throw .unsupportedResourceType(type) }
        return LocalFileResource(kind: kind)
    }
}
