/// What a command-line address such as a `-target` names: a whole module instance, a resource,
/// or one resource instance.
public enum AddressTarget: Sendable, Hashable {
    case module(ModuleInstanceAddress)
    case resource(AbsoluteResourceAddress)
    case instance(ResourceInstanceAddress)

    /// Whether `address` is this target or lies inside it.
    public func contains(_ address: ResourceInstanceAddress) -> Bool {
        switch self {
        case .module(let module):
            address.module.steps.count >= module.steps.count
                && Array(address.module.steps.prefix(module.steps.count)) == module.steps
        case .resource(let resource): address.containingResource == resource
        case .instance(let instance): address == instance
        }
    }

    public var text: String {
        switch self {
        case .module(let module): module.text
        case .resource(let resource): resource.text
        case .instance(let instance): instance.text
        }
    }
}
