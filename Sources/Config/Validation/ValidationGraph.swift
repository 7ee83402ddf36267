import HCL
import Lang
import Values

/// The objects of a module in dependency order, as Terraform's validate walk visits them: an
/// object is checked only when everything it refers to checked cleanly, so one mistake is
/// not reported again through everything that uses it.
struct ValidationGraph {
    /// One object: what it is called in references, where it is declared, what it refers to,
    /// and how to check it.
    struct Node {
        var key: String
        /// How Terraform's graph names the node in cycle errors.
        var displayName: String
        var range: SourceRange
        var dependencies: Set<String>
        var check: (inout ExpressionChecker) -> Void
    }

    private(set) var nodes: [Node] = []

    init(module: Module) {
        for variable in module.variables.values {
            let expressions = variable.validations.flatMap { [$0.condition, $0.errorMessage].compactMap { $0 } }
            add("var.\(variable.name)", variable.range, expressions) { checker in
                for rule in variable.validations { checker.check(rule, as: .variable) }
            }
        }
        for local in module.locals.values {
            add("local.\(local.name)", local.range, [local.expression], displayName: "local.\(local.name) (expand)") { checker in
                checker.checkLocal(local)
            }
        }
        for output in module.outputs.values {
            let expressions = [output.expression].compactMap { $0 } + output.preconditions.flatMap { [$0.condition, $0.errorMessage].compactMap { $0 } }
            add("output.\(output.name)", output.range, expressions, dependsOn: output.dependsOn) { checker in
                checker.append(RootModuleRules.deprecation(output))
                if let expression = output.expression { checker.check(expression) }
                checker.checkDependsOn(output.dependsOn, continuing: true)
                for rule in output.preconditions { checker.check(rule, as: .output) }
            }
        }
        for provider in module.providerConfigs.values {
            add("provider.\(provider.key)", provider.range, Self.bodyExpressions(provider.body)) { checker in
                checker.checkProvider(provider)
            }
        }
        for resource in module.resources.values.map({ $0 }) + module.dataResources.values.map({ $0 }) + module.ephemeralResources.values.map({ $0 }) {
            add(resource.address, resource.range, Self.expressions(of: resource), dependsOn: resource.dependsOn) { checker in
                checker.scope.check = resource.check
                checker.checkResource(resource)
                checker.scope.check = nil
            }
            nodes[nodes.count - 1].dependencies.insert("provider.\(Self.providerKey(of: resource))")
        }
        for call in module.moduleCalls.values {
            var expressions = [call.count, call.forEach].compactMap { $0 }
            expressions += call.body.attributes.map(\.expression)
            add("module.\(call.name)", call.range, expressions, dependsOn: call.dependsOn) { checker in
                checker.checkModuleCall(call)
            }
        }
        for check in module.checks.values {
            let expressions = check.asserts.flatMap { [$0.condition, $0.errorMessage].compactMap { $0 } }
            add("check.\(check.name)", check.range, expressions) { checker in
                checker.scope.check = check.name
                for rule in check.asserts { checker.check(rule, as: .check) }
                checker.scope.check = nil
            }
        }
        for (index, importBlock) in module.imports.enumerated() {
            let expressions = [importBlock.forEach, importBlock.id, importBlock.identity].compactMap { $0 }
            add("import#\(index)", importBlock.range, expressions) { checker in
                checker.checkImport(importBlock)
            }
        }
    }

    private mutating func add(
        _ key: String, _ range: SourceRange, _ expressions: [HCL.Expression], dependsOn: [Traversal] = [],
        displayName: String? = nil, check: @escaping (inout ExpressionChecker) -> Void
    ) {
        var dependencies = Set(expressions.flatMap(Self.dependencyKeys))
        for traversal in dependsOn {
            if let key = Self.key(for: traversal.root, traversal.steps.compactMap { step in
                if case .attribute(let name, _) = step { return name }
                return nil
            }) {
                dependencies.insert(key)
            }
        }
        dependencies.remove(key)
        nodes.append(Node(key: key, displayName: displayName ?? key, range: range, dependencies: dependencies, check: check))
    }

    /// The provider configuration a resource uses: the one it names, or the default one of the
    /// provider its type implies (the type's prefix).
    private static func providerKey(of resource: ResourceDeclaration) -> String {
        if let provider = resource.provider {
            return provider.alias.map { "\(provider.name).\($0)" } ?? provider.name
        }
        return String(resource.type.prefix { $0 != "_" })
    }

    /// Every expression of a resource block whose references make it depend on something.
    private static func expressions(of resource: ResourceDeclaration) -> [HCL.Expression] {
        var expressions = [resource.count, resource.forEach].compactMap { $0 }
        expressions += bodyExpressions(resource.body)
        for rule in resource.preconditions + resource.postconditions {
            expressions += [rule.condition, rule.errorMessage].compactMap { $0 }
        }
        for provisioner in resource.provisioners {
            expressions += bodyExpressions(provisioner.body)
            if let connection = provisioner.connection { expressions += bodyExpressions(connection) }
        }
        if let connection = resource.connection { expressions += bodyExpressions(connection) }
        return expressions
    }

    private static func bodyExpressions(_ body: Body) -> [HCL.Expression] {
        body.attributes.map(\.expression) + body.blocks.flatMap { bodyExpressions($0.body) }
    }

    /// The objects an expression refers to, by the keys of their nodes.
    private static func dependencyKeys(_ expression: HCL.Expression) -> [String] {
        ExpressionVariables.traversals(in: expression).compactMap { traversal in
            key(for: traversal.root, traversal.steps.compactMap(\.name))
        }
    }

    /// The node a reference beginning `root.names...` points at, if any.
    private static func key(for root: String, _ names: [String]) -> String? {
        switch root {
        case "var", "local": return names.first.map { "\(root).\($0)" }
        case "module": return names.first.map { "module.\($0)" }
        case "data", "ephemeral": return names.count >= 2 ? "\(root).\(names[0]).\(names[1])" : nil
        case "resource": return names.count >= 2 ? "\(names[0]).\(names[1])" : nil
        case "count", "each", "self", "path", "terraform", "action": return nil
        default: return names.first.map { "\(root).\($0)" }
        }
    }

    /// Objects that depend on each other in a circle, which Terraform reports instead of
    /// validating anything: one error per circle, naming its nodes.
    func cycles() -> [Diagnostic] {
        let ordered = nodes.sorted { ($0.range.filename, $0.range.start.byte) < ($1.range.filename, $1.range.start.byte) }
        var position: [String: Int] = [:]
        for (index, node) in ordered.enumerated() where position[node.key] == nil { position[node.key] = index }
        let edges = ordered.map { node in node.dependencies.compactMap { position[$0] }.sorted() }
        return StronglyConnected.components(edges).filter { $0.count > 1 }.map { component in
            let names = component.sorted(by: >).map { ordered[$0].displayName }
            return Diagnostic.error("Cycle: \(names.joined(separator: ", "))")
        }
    }

    /// Checks every node, dependencies first (ties in source order), skipping the nodes whose
    /// dependencies failed. Nodes in a cycle are taken in source order once nothing else is ready.
    func walk(_ checker: inout ExpressionChecker) {
        let ordered = nodes.sorted { ($0.range.filename, $0.range.start.byte) < ($1.range.filename, $1.range.start.byte) }
        var position: [String: Int] = [:]
        for (index, node) in ordered.enumerated() where position[node.key] == nil { position[node.key] = index }
        var waitingOn = [Int](repeating: 0, count: ordered.count)
        var dependents = [[Int]](repeating: [], count: ordered.count)
        for (index, node) in ordered.enumerated() {
            for dependency in node.dependencies {
                guard let other = position[dependency] else { continue }
                waitingOn[index] += 1
                dependents[other].append(index)
            }
        }
        var ready = MinHeap(ordered.indices.filter { waitingOn[$0] == 0 })
        var done = [Bool](repeating: false, count: ordered.count)
        var failed: Set<String> = []
        var nextUnfinished = 0
        var finished = 0
        while finished < ordered.count {
            var next = ready.pop()
            if next == nil {
                while done[nextUnfinished] { nextUnfinished += 1 }
                next = nextUnfinished
            }
            guard let index = next, !done[index] else { continue }
            done[index] = true
            finished += 1
            for dependent in dependents[index] {
                waitingOn[dependent] -= 1
                if waitingOn[dependent] == 0 && !done[dependent] { ready.push(dependent) }
            }
            let node = ordered[index]
            if !node.dependencies.isDisjoint(with: failed) {
                failed.insert(node.key)
                continue
            }
            checker.failed = false
            node.check(&checker)
            if checker.failed { failed.insert(node.key) }
        }
    }
}

/// A binary heap of positions, smallest first.
private struct MinHeap {
    private var items: [Int] = []

    init(_ initial: [Int]) {
        for item in initial { push(item) }
    }

    mutating func push(_ item: Int) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            if items[parent] <= items[child] { break }
            items.swapAt(parent, child)
            child = parent
        }
    }

    mutating func pop() -> Int? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if items.isEmpty { return first }
        items[0] = last
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < items.count && items[left] < items[smallest] { smallest = left }
            if right < items.count && items[right] < items[smallest] { smallest = right }
            if smallest == parent { break }
            items.swapAt(parent, smallest)
            parent = smallest
        }
        return first
    }
}
