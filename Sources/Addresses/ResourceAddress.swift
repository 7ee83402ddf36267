/// A resource in one module, without its module path: `aws_instance.web`, `data.local_file.x`.
public struct ResourceAddress: Sendable, Hashable, Codable, Comparable {
    public var mode: ResourceMode
    public var type: String
    public var name: String

    public init(mode: ResourceMode = .managed, type: String, name: String) {
        self.mode = mode
        self.type = type
        self.name = name
    }

    /// The address as Terraform prints it.
    public var text: String { mode.addressPrefix + "\(type).\(name)" }

    /// The provider's local name implied by the type: the part before the first underscore.
    public var impliedProviderName: String {
        String(type.split(separator: "_", maxSplits: 1).first ?? Substring(type))
    }

    /// Data resources sort before managed ones, as Terraform lists them; then type and name.
    public static func < (lhs: ResourceAddress, rhs: ResourceAddress) -> Bool {
        if lhs.mode != rhs.mode { return lhs.mode.sortRank < rhs.mode.sortRank }
        if lhs.type != rhs.type { return lhs.type < rhs.type }
        return lhs.name < rhs.name
    }
}

extension ResourceMode {
    var sortRank: Int {
        switch self {
        case .data: 0
        case .managed: 1
        case .ephemeral: 2
        }
    }
}

/// A resource in a module instance: `module.net["a"].aws_subnet.b`.
public struct AbsoluteResourceAddress: Sendable, Hashable, Codable, Comparable {
    public var module: ModuleInstanceAddress
    public var resource: ResourceAddress

    public init(module: ModuleInstanceAddress = .root, resource: ResourceAddress) {
        self.module = module
        self.resource = resource
    }

    /// The instance with `key`, or the only instance when `key` is nil.
    public func instance(_ key: InstanceKey?) -> ResourceInstanceAddress {
        ResourceInstanceAddress(module: module, resource: resource, key: key)
    }

    public var text: String { module.isRoot ? resource.text : "\(module.text).\(resource.text)" }

    public static func < (lhs: AbsoluteResourceAddress, rhs: AbsoluteResourceAddress) -> Bool {
        if lhs.module != rhs.module { return lhs.module < rhs.module }
        return lhs.resource < rhs.resource
    }
}

/// One instance of a resource in a module instance: `module.net["a"].aws_subnet.b[0]`. This is
/// what a state row and a planned change are keyed by.
public struct ResourceInstanceAddress: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var module: ModuleInstanceAddress
    public var resource: ResourceAddress
    public var key: InstanceKey?

    public init(module: ModuleInstanceAddress = .root, resource: ResourceAddress, key: InstanceKey? = nil) {
        self.module = module
        self.resource = resource
        self.key = key
    }

    /// The resource this is an instance of.
    public var containingResource: AbsoluteResourceAddress {
        AbsoluteResourceAddress(module: module, resource: resource)
    }

    /// The address as Terraform prints it.
    public var text: String { containingResource.text + (key.map { "[\($0.text)]" } ?? "") }

    public var description: String { text }

    public static func < (lhs: ResourceInstanceAddress, rhs: ResourceInstanceAddress) -> Bool {
        if lhs.containingResource != rhs.containingResource { return lhs.containingResource < rhs.containingResource }
        switch (lhs.key, rhs.key) {
        case (nil, nil): return false
        case (nil, _): return true
        case (_, nil): return false
        case (let left?, let right?): return left < right
        }
    }
}
