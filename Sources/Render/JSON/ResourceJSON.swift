import Addresses
import Values

/// The parts of a resource instance that Terraform's JSON plan and state write about it.
enum ResourceJSON {
    /// `address`, `mode`, `type`, `name` and `index` of an instance (module address aside).
    static func identity(_ address: ResourceInstanceAddress) -> [(key: String, value: JSONTree)] {
        var members: [(key: String, value: JSONTree)] = [
            ("address", .string(address.text)),
            ("mode", .string(address.resource.mode == .data ? "data" : "managed")),
            ("type", .string(address.resource.type)),
            ("name", .string(address.resource.name)),
        ]
        if let key = address.key { members.append(("index", index(key))) }
        return members
    }

    static func index(_ key: InstanceKey) -> JSONTree {
        switch key {
        case .index(let number): .number(String(number))
        case .key(let text): .string(text)
        }
    }

    /// The provider's source address from a provider configuration as state writes it:
    /// `provider["registry.terraform.io/hashicorp/local"].alias` gives the quoted part.
    static func providerName(_ configuration: String) -> String {
        guard let open = configuration.range(of: "[\""), let close = configuration.range(of: "\"]", range: open.upperBound..<configuration.endIndex) else {
            return configuration
        }
        return String(configuration[open.upperBound..<close.lowerBound])
    }

    /// Module objects nested as Terraform nests them: each module with its resources, then its
    /// child modules under `child_modules`.
    static func modules(
        _ entries: [(module: ModuleInstanceAddress, resource: JSONTree)], root: ModuleInstanceAddress = .root
    ) -> [(key: String, value: JSONTree)] {
        var members: [(key: String, value: JSONTree)] = []
        let own = entries.filter { $0.module == root }.map(\.resource)
        if !own.isEmpty { members.append(("resources", .array(own))) }
        if !root.isRoot { members.append(("address", .string(root.text))) }
        let children = Set(entries.compactMap { entry -> ModuleInstanceAddress? in
            guard entry.module.steps.count > root.steps.count, Array(entry.module.steps.prefix(root.steps.count)) == root.steps else { return nil }
            return ModuleInstanceAddress(Array(entry.module.steps.prefix(root.steps.count + 1)))
        }).sorted()
        if !children.isEmpty {
            members.append(("child_modules", .array(children.map { .object(modules(entries, root: $0)) })))
        }
        return members
    }
}
