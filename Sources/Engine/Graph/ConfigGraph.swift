import Config
import HCL
import Lang

/// A module's objects and the references between them: the order a plan evaluates them in,
/// the cycles that make a configuration invalid, and what `iac graph` prints.
struct ConfigGraph: Sendable {
    private(set) var nodes: [GraphNode] = []
    private(set) var index: [String: Int] = [:]

    /// The graph of `module`. With `providerKeys` (the root module), it holds a node for
    /// every provider configuration the module declares or any module of the run uses; a
    /// child module's graph (nil) holds none, since the root configures them.
    init(module: Module, providerKeys: Set<String>? = []) {
        for variable in module.variables.values.sorted(by: { $0.name < $1.name }) {
            let expressions = variable.validations.flatMap { [$0.condition, $0.errorMessage].compactMap { $0 } }
            add(GraphNode(kind: .variable(variable), key: "var.\(variable.name)", range: variable.range, dependencies: Self.keys(expressions)))
        }
        for local in module.locals.values.sorted(by: { $0.name < $1.name }) {
            add(GraphNode(kind: .local(local), key: "local.\(local.name)", range: local.range, dependencies: Self.keys([local.expression])))
        }
        var used = providerKeys ?? []
        for resource in Self.resources(of: module) {
            var dependencies = Self.keys(ObjectReferences.expressions(of: resource))
            dependencies.formUnion(ObjectReferences.dependencyKeys(resource.dependsOn))
            let providerKey = ObjectReferences.providerKey(of: resource)
            used.insert(providerKey)
            dependencies.insert("provider.\(providerKey)")
            add(GraphNode(kind: .resource(resource), key: resource.address, range: resource.range, dependencies: dependencies))
        }
        if providerKeys != nil {
            for key in used.union(module.providerConfigs.keys).sorted() {
                let config = module.providerConfigs[key]
                let dependencies = config.map { Self.keys(ObjectReferences.bodyExpressions($0.body)) } ?? []
                add(GraphNode(kind: .provider(key: key, config: config), key: "provider.\(key)", range: config?.range, dependencies: dependencies))
            }
        }
        for call in module.moduleCalls.values.sorted(by: { $0.name < $1.name }) {
            var expressions = [call.count, call.forEach].compactMap { $0 }
            expressions += ObjectReferences.bodyExpressions(call.body)
            var dependencies = Self.keys(expressions)
            dependencies.formUnion(ObjectReferences.dependencyKeys(call.dependsOn))
            dependencies.formUnion(used.map { "provider.\($0)" })
            add(GraphNode(kind: .moduleCall(call), key: "module.\(call.name)", range: call.range, dependencies: dependencies))
        }
        for output in module.outputs.values.sorted(by: { $0.name < $1.name }) {
            var expressions = [output.expression].compactMap { $0 }
            expressions += output.preconditions.flatMap { [$0.condition, $0.errorMessage].compactMap { $0 } }
            var dependencies = Self.keys(expressions)
            dependencies.formUnion(ObjectReferences.dependencyKeys(output.dependsOn))
            add(GraphNode(kind: .output(output), key: "output.\(output.name)", range: output.range, dependencies: dependencies))
        }
        for position in nodes.indices {
            nodes[position].dependencies = nodes[position].dependencies.filter { index[$0] != nil && $0 != nodes[position].key }
        }
    }

    /// Managed and data resources in source order.
    static func resources(of module: Module) -> [ResourceDeclaration] {
        (Array(module.resources.values) + Array(module.dataResources.values))
            .sorted { ($0.range.filename, $0.range.start.byte) < ($1.range.filename, $1.range.start.byte) }
    }

    private static func keys(_ expressions: [HCL.Expression]) -> Set<String> {
        Set(expressions.flatMap(ObjectReferences.dependencyKeys))
    }

    private mutating func add(_ node: GraphNode) {
        index[node.key] = nodes.count
        nodes.append(node)
    }

    func node(_ key: String) -> GraphNode? { index[key].map { nodes[$0] } }

    /// One error per set of objects that depend on each other in a circle, naming them all.
    func cycles() -> [Diagnostic] {
        let edges = nodes.map { node in node.dependencies.compactMap { index[$0] }.sorted() }
        return StronglyConnected.components(edges).filter { $0.count > 1 }.map { component in
            let names = component.sorted().map { nodes[$0].key }
            let range = component.compactMap { nodes[$0].range }.first
            return Diagnostic.error(
                "Cycle: \(names.joined(separator: ", "))",
                "These objects refer to each other in a circle, so none of them can be evaluated first. Remove one of the references to break the cycle.",
                at: range)
        }
    }


    /// The graph in Graphviz's DOT language, one edge from each object to what it depends on.
    func dot() -> String {
        var lines = ["digraph G {", "  rankdir = \"RL\";", "  node [shape = rect, fontname = \"sans-serif\"];"]
        for node in nodes.sorted(by: { $0.key < $1.key }) {
            lines.append("  \"\(node.key)\" [label=\"\(node.key)\"];")
        }
        for node in nodes.sorted(by: { $0.key < $1.key }) {
            for dependency in node.dependencies.sorted() {
                lines.append("  \"\(node.key)\" -> \"\(dependency)\";")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}
