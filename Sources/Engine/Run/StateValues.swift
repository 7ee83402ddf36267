import Addresses
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

extension StateValues {
    /// The values references to the root module's resources see, from state: by `type.name` or
    /// `data.type.name`, an object for a single instance, a tuple for `count`, an object of
    /// instances for `for_each`. Objects whose provider is not available are left out.
    public static func rootResourceValues(_ state: StateSnapshot, catalog: ProviderCatalog) -> [String: Value] {
        var byResource: [AbsoluteResourceAddress: [InstanceKey?: Value]] = [:]
        for object in state.objects where object.deposedKey == nil && object.address.module.isRoot {
            guard let value = value(of: object, catalog: catalog) else { continue }
            byResource[object.address.containingResource, default: [:]][object.address.key] = value
        }
        var result: [String: Value] = [:]
        for (resource, values) in byResource {
            let keys = values.keys.sorted(by: instanceKeyOrder)
            let shape: InstanceExpansion.Shape = switch keys.first {
            case .index?: .counted
            case .key?: .keyed
            default: .single
            }
            let instances = keys.map { InstanceExpansion.Instance(key: $0, bindings: [:]) }
            result[resource.resource.text] = InstanceExpansion(shape: shape, instances: instances).referenceValue(values)
        }
        return result
    }
}
