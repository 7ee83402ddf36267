import Addresses
import HCL
import Values

/// An address of a module or of a resource inside a module path, as `moved`, `removed` and
/// `import` blocks name them: `module.net["a"].aws_subnet.b[0]`.
public struct ConfigAddress: Sendable, Hashable {
    public struct ModuleStep: Sendable, Hashable {
        public var name: String
        public var key: Value?
    }

    public struct ResourcePart: Sendable, Hashable {
        public var mode: ResourceMode
        public var type: String
        public var name: String
        public var key: Value?
    }

    public var modulePath: [ModuleStep]
    /// Nil when the address names a module.
    public var resource: ResourcePart?

    /// Whether the address names a resource (or one of its instances) rather than a module.
    public var isResource: Bool { resource != nil }

    /// The address without instance keys: the module and resource in configuration.
    public var configText: String {
        var plain = self
        plain.modulePath = modulePath.map { ModuleStep(name: $0.name) }
        plain.resource?.key = nil
        return plain.text
    }

    /// The address as Terraform prints it.
    public var text: String {
        var parts: [String] = modulePath.map { step in
            "module.\(step.name)" + (step.key.map { "[\(InstanceKeyText.text($0))]" } ?? "")
        }
        if let resource {
            let prefix = resource.mode == .data ? "data." : resource.mode == .ephemeral ? "ephemeral." : ""
            parts.append(prefix + "\(resource.type).\(resource.name)" + (resource.key.map { "[\(InstanceKeyText.text($0))]" } ?? ""))
        }
        return parts.joined(separator: ".")
    }
}

/// Terraform's address parsers for the targets of refactoring and import blocks.
enum ConfigAddressParser {
    /// Whether instance keys are allowed on module steps and on the resource.
    struct Rules {
        var moduleKeys: Bool
        var resourceKey: Bool
    }

    /// A `moved` endpoint: module or resource, instance keys allowed.
    static func moveEndpoint(_ traversal: StaticTraversal) -> (ConfigAddress?, [Diagnostic]) {
        parse(traversal, rules: Rules(moduleKeys: true, resourceKey: true))
    }

    /// A `removed` target: a module or a managed resource, never an instance.
    static func removeTarget(_ traversal: StaticTraversal) -> (ConfigAddress?, [Diagnostic]) {
        let (address, diagnostics) = parse(traversal, rules: Rules(moduleKeys: false, resourceKey: false))
        guard let address, !diagnostics.hasErrors else { return (nil, diagnostics) }
        if address.resource?.mode == .data {
            return (nil, diagnostics + [.error(
                "Data source address not allowed",
                "Data sources are never destroyed, so they are not valid targets of removed blocks. To remove the data source from state, remove the data source block from configuration.",
                at: traversal.range)])
        }
        return (address, diagnostics)
    }

    /// An absolute resource instance address, as an import block's `to` names it.
    static func resourceInstance(_ traversal: StaticTraversal) -> (ConfigAddress?, [Diagnostic]) {
        let (address, diagnostics) = parse(traversal, rules: Rules(moduleKeys: true, resourceKey: true))
        guard let address, !diagnostics.hasErrors else { return (nil, diagnostics) }
        guard address.isResource else {
            return (nil, [.error("Invalid address", "Resource specification must include a resource type and name.", at: traversal.range)])
        }
        return (address, diagnostics)
    }

    private typealias Step = StaticTraversal.Step

    private static func parse(_ traversal: StaticTraversal, rules: Rules) -> (ConfigAddress?, [Diagnostic]) {
        var remain: [Step] = [Step(kind: .attribute(traversal.root), range: traversal.rootRange)] + traversal.steps
        var path: [ConfigAddress.ModuleStep] = []
        while let first = remain.first {
            guard let next = first.name else {
                return (nil, [.error("Invalid address operator", "Module address prefix must be followed by dot and then a name.", at: first.range)])
            }
            if next != "module" { break }
            remain.removeFirst()
            guard let nameStep = remain.first else {
                return (nil, [.error("Invalid address operator", "Prefix \"module.\" must be followed by a module name.", at: first.range)])
            }
            guard let moduleName = nameStep.name else {
                return (nil, [.error("Invalid address operator", "Prefix \"module.\" must be followed by a module name.", at: nameStep.range)])
            }
            remain.removeFirst()
            var step = ConfigAddress.ModuleStep(name: moduleName)
            if let indexStep = remain.first, case .index(let key) = indexStep.kind {
                guard rules.moduleKeys else {
                    return (nil, [.error(
                        "Module instance keys not allowed",
                        "Module address must be a module (e.g. \"module.foo\"), not a module instance (e.g. \"module.foo[1]\").",
                        at: indexStep.range)])
                }
                remain.removeFirst()
                if let number = key.numberValue, !number.isInteger {
                    return (nil, [.error("Invalid address operator", "Invalid module index: value must be a whole number, got \(number).", at: indexStep.range)])
                }
                step.key = key
            }
            path.append(step)
        }
        if remain.isEmpty { return (ConfigAddress(modulePath: path, resource: nil), []) }
        return resourceUnderModule(path, remain, wholeRange: traversal.range, rules: rules)
    }

    private static func resourceUnderModule(
        _ path: [ConfigAddress.ModuleStep], _ steps: [Step], wholeRange: SourceRange, rules: Rules
    ) -> (ConfigAddress?, [Diagnostic]) {
        var remain = steps[...]
        var mode = ResourceMode.managed
        switch remain.first?.name {
        case "data": mode = .data; remain = remain.dropFirst()
        case "ephemeral": mode = .ephemeral; remain = remain.dropFirst()
        case "resource": remain = remain.dropFirst()
        default: break
        }
        guard remain.count >= 2, let first = remain.first else {
            let range = remain.first.map { $0.range.through(remain.last?.range ?? $0.range) } ?? wholeRange
            return (nil, [.error("Invalid address", "Resource specification must include a resource type and name.", at: range)])
        }
        guard let typeName = first.name else {
            let detail = mode == .data ? "A data source name is required." : "A resource type name is required."
            return (nil, [.error("Invalid address", detail, at: first.range)])
        }
        let nameStep = remain[remain.index(after: remain.startIndex)]
        guard let name = nameStep.name else {
            return (nil, [.error("Invalid address", "A resource name is required.", at: nameStep.range)])
        }
        remain = remain.dropFirst(2)
        var resource = ConfigAddress.ResourcePart(mode: mode, type: typeName, name: name)
        if let next = remain.first {
            guard rules.resourceKey else {
                if case .index = next.kind {
                    return (nil, [.error(
                        "Resource instance keys not allowed",
                        "Resource address must be a resource (e.g. \"test_instance.foo\"), not a resource instance (e.g. \"test_instance.foo[1]\").",
                        at: next.range)])
                }
                return (nil, [.error("Invalid address", "Unexpected extra operators after address.", at: next.range)])
            }
            guard case .index(let key) = next.kind else {
                return (nil, [.error("Invalid address", "Resource instance key must be given in square brackets.", at: next.range)])
            }
            if remain.count > 1 {
                return (nil, [.error("Invalid address", "Unexpected extra operators after address.", at: remain[remain.index(after: remain.startIndex)].range)])
            }
            resource.key = key
        }
        return (ConfigAddress(modulePath: path, resource: resource), [])
    }
}
