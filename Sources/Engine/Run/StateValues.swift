import ProviderKit
import State
import Values

/// Objects in state read with their provider's schema, for the commands that show state.
public enum StateValues {
    /// The object's attributes with sensitive parts marked; nil when its provider is not
    /// available or the attributes do not fit its schema.
    public static func value(of object: ResourceInstanceObject, catalog: ProviderCatalog) -> Value? {
        guard let address = RunProviders.address(inStateText: object.provider), let factory = catalog.factory(for: address) else {
            return nil
        }
        let provider = factory()
        let schemas = object.address.resource.mode == .data ? provider.schema.dataSources : provider.schema.resources
        guard let schema = schemas[object.address.resource.type] else { return nil }
        return try? StoredObjects.value(of: object, schema: schema, provider: provider)
    }
}
