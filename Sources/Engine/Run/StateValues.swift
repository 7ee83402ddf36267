import Addresses
import ProviderKit
import State
import Values

/// Objects in state read with their provider's schema, for the commands that show state.
public enum StateValues {
    /// The object's attributes with sensitive parts marked; nil when its provider is not
    /// available or the attributes do not fit its schema.
    public static func value(of object: ResourceInstanceObject, catalog: ProviderCatalog) -> Value? {
        values(of: [object], catalog: catalog)[object.address]
    }

    /// The attributes of each current (not deposed) object, by address; each provider and its
    /// schemas are made once, however many objects it manages.
    public static func values(of objects: [ResourceInstanceObject], catalog: ProviderCatalog) -> [ResourceInstanceAddress: Value] {
        var providers: [String: (provider: any Provider, schema: ProviderSchema)?] = [:]
        var result: [ResourceInstanceAddress: Value] = [:]
        for object in objects where object.deposedKey == nil {
            if providers[object.provider] == nil {
                providers[object.provider] = RunProviders.address(inStateText: object.provider)
                    .flatMap(catalog.factory(for:))
                    .map { factory in
                        let provider = factory()
                        return (provider, provider.schema)
                    }
            }
            guard let (provider, schemas) = providers[object.provider] ?? nil else { continue }
            let byType = object.address.resource.mode == .data ? schemas.dataSources : schemas.resources
            guard let schema = byType[object.address.resource.type],
                  let value = try? StoredObjects.value(of: object, schema: schema, provider: provider)
            else { continue }
            result[object.address] = value
        }
        return result
    }
}

extension StateValues {
    /// The values references to the root module's resources see, from state: by `type.name` or
    /// `data.type.name`, an object for a single instance, a tuple for `count`, an object of
    /// instances for `for_each`. Objects whose provider is not available are left out.
    public static func rootResourceValues(_ state: StateSnapshot, catalog: ProviderCatalog) -> [String: Value] {
        var byResource: [AbsoluteResourceAddress: [InstanceKey?: Value]] = [:]
        for (address, value) in values(of: state.objects.filter { $0.address.module.isRoot }, catalog: catalog) {
            byResource[address.containingResource, default: [:]][address.key] = value
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
