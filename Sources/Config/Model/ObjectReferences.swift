import HCL
import Lang

/// What the objects of a module refer to, by the keys Terraform's graph gives them:
/// `var.x`, `local.x`, `module.x`, `type.name`, `data.type.name`. Graphs are built from these.
public enum ObjectReferences {
    /// Every expression of a resource block whose references make it depend on something.
    public static func expressions(of resource: ResourceDeclaration) -> [HCL.Expression] {
        var expressions = [resource.count, resource.forEach].compactMap { $0 }
        expressions += bodyExpressions(resource.body)
        for rule in resource.preconditions + resource.postconditions {
            expressions += [rule.condition, rule.errorMessage].compactMap { $0 }
        }
        expressions += resource.lifecycle.replaceTriggeredBy
        for provisioner in resource.provisioners {
            expressions += bodyExpressions(provisioner.body)
            if let connection = provisioner.connection { expressions += bodyExpressions(connection) }
        }
        if let connection = resource.connection { expressions += bodyExpressions(connection) }
        return expressions
    }

    /// Every expression in a body and the bodies of its nested blocks.
    public static func bodyExpressions(_ body: Body) -> [HCL.Expression] {
        body.attributes.map(\.expression) + body.blocks.flatMap { bodyExpressions($0.body) }
    }

    /// The keys of the objects `expression` refers to.
    public static func dependencyKeys(_ expression: HCL.Expression) -> [String] {
        ExpressionVariables.traversals(in: expression).compactMap { traversal in
            key(for: traversal.root, traversal.steps.compactMap(\.name))
        }
    }

    /// The keys of the objects a `depends_on` list names.
    public static func dependencyKeys(_ dependsOn: [Traversal]) -> [String] {
        dependsOn.compactMap { traversal in
            key(for: traversal.root, traversal.steps.compactMap { step in
                if case .attribute(let name, _) = step { return name }
                return nil
            })
        }
    }

    /// The key of the object a reference beginning `root.names...` points at, if any.
    public static func key(for root: String, _ names: [String]) -> String? {
        switch root {
        case "var", "local": return names.first.map { "\(root).\($0)" }
        case "module": return names.first.map { "module.\($0)" }
        case "data", "ephemeral": return names.count >= 2 ? "\(root).\(names[0]).\(names[1])" : nil
        case "resource": return names.count >= 2 ? "\(names[0]).\(names[1])" : nil
        case "count", "each", "self", "path", "terraform", "action": return nil
        default: return names.first.map { "\(root).\($0)" }
        }
    }

    /// The provider configuration a resource uses, as `name` or `name.alias`: the one it
    /// names, or the default configuration of the provider its type implies.
    public static func providerKey(of resource: ResourceDeclaration) -> String {
        if let provider = resource.provider {
            return provider.alias.map { "\(provider.name).\($0)" } ?? provider.name
        }
        return String(resource.type.prefix { $0 != "_" })
    }
}
