import ProviderKit
import Values

/// The hashicorp/random provider: resources whose values are random, made once when the object
/// is created and kept until it is replaced.
public struct RandomProvider: Provider {
    private static let resources: [String: any RandomResource] = [
        "random_bytes": RandomBytes(),
        "random_id": RandomID(),
        "random_integer": RandomInteger(),
        "random_password": RandomString(kind: .password),
        "random_pet": RandomPet(),
        "random_shuffle": RandomShuffle(),
        "random_string": RandomString(kind: .string),
        "random_uuid": RandomUUID(kind: .hashicorp),
        "random_uuid4": RandomUUID(kind: .version4),
        "random_uuid7": RandomUUID(kind: .version7),
    ]

    public init() {}

    public var schema: ProviderSchema {
        ProviderSchema(resources: Self.resources.mapValues(\.schema))
    }

    public func configure(_ config: Value) async throws(ProviderError) {}

    public func validateResource(type: String, config: Value) -> [ProviderDiagnostic] {
        Self.resources[type]?.validate(config) ?? []
    }

    public func planResource(type: String, prior: Value?, proposed: Value, config: Value) async throws(ProviderError) -> PlannedResource {
        try resource(type).plan(prior: prior, proposed: proposed, config: config)
    }

    public func applyResource(type: String, prior: Value?, planned: Value?) async throws(ProviderError) -> Value? {
        let resource = try resource(type)
        guard let planned else { return nil }
        return prior == nil ? try resource.create(planned) : planned
    }

    public func readResource(type: String, current: Value) async throws(ProviderError) -> Value? {
        _ = try resource(type)
        return current
    }

    public func importResource(type: String, id: String) async throws(ProviderError) -> [ImportedResource] {
        [ImportedResource(typeName: type, state: try resource(type).importState(id: id))]
    }

    public func upgradeResourceState(type: String, version: Int, state: Value) throws(ProviderError) -> Value {
        try resource(type).upgrade(version: version, state: state)
    }

    private func resource(_ type: String) throws(ProviderError) -> any RandomResource {
        guard let resource = Self.resources[type] else { throw .unsupportedResourceType(type) }
        return resource
    }
}
