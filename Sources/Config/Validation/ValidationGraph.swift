import HCL
import Lang
import Values

/// The objects of a configuration in dependency order, as Terraform's validate walk visits
/// them: an object is checked only when everything it refers to checked cleanly, so one
/// mistake is not reported again through everything that uses it. Each module of the tree
/// contributes its objects; a child module's objects wait for its call (`count`, `for_each`),
/// its variables for the values the call gives, and the caller's references to the child wait
/// for the output they name or, for anything else, for the whole child module.
struct ValidationGraph {
    /// One object: what it is called in references, where it is declared, what it refers to,
    /// and how to check it.
    struct Node {
        /// The module's address and the object's key in it, as `address|key`.
        var key: String
        /// How Terraform's graph names the node in cycle errors.
        var displayName: String
        var range: SourceRange
        /// The address of the module whose scope the node is checked in.
        var module: String
        var dependencies: Set<String>
        var check: (inout ExpressionChecker) -> Void
    }

    private(set) var nodes: [Node] = []
    /// The key, within a child module, of the node that stands for all of its objects and
    /// those of the modules below it (Terraform's "close" node): references to the module
    /// as a whole wait for it.
    private static let wholeModule = "(close)"

    /// The graph of `tree` and every module below it; `scopes` holds each module's scope by
    /// address, for evaluating a child's inputs in its caller.
    init(tree: ModuleTree, scopes: [String: ModuleScope]) {
        addModule(tree, caller: nil, scopes: scopes)
    }

    private mutating func addModule(_ tree: ModuleTree, caller: (tree: ModuleTree, call: ModuleCall)?, scopes: [String: ModuleScope]) {
        let module = tree.module
        let first = nodes.count
        var builder = ModuleNodes(tree: tree)
        for variable in module.variables.values {
            let expressions = variable.validations.flatMap { [$0.condition, $0.errorMessage].compactMap { $0 } }
            guard let caller, let callerScope = scopes[caller.tree.address] else {
                builder.add("var.\(variable.name)", variable.range, expressions) { checker in
                    checker.checkVariable(variable)
                }
                continue
            }
            let address = tree.address
            let input = caller.call.body.attributes.first { $0.name == variable.name }
            builder.add("var.\(variable.name)", variable.range, expressions) { checker in
                checker.checkInput(variable, givenBy: caller.call, in: callerScope, address: address)
            }
            if let input {
                builder.last.dependencies.formUnion(ModuleNodes(tree: caller.tree).dependencyKeys(input.expression))
            }
        }
        for local in module.locals.values {
            builder.add("local.\(local.name)", local.range, [local.expression], displayName: "local.\(local.name) (expand)") { checker in
                checker.checkLocal(local)
            }
        }
        let isRoot = tree.isRoot
        for output in module.outputs.values {
            let expressions = [output.expression].compactMap { $0 } + output.preconditions.flatMap { [$0.condition, $0.errorMessage].compactMap { $0 } }
            builder.add("output.\(output.name)", output.range, expressions, dependsOn: output.dependsOn) { checker in
                if isRoot { checker.append(RootModuleRules.deprecation(output)) }
                if let expression = output.expression, let value = checker.check(expression), isRoot {
                    checker.append(RootModuleRules.sensitiveValue(value, in: output))
                }
                checker.checkDependsOn(output.dependsOn, continuing: true)
                for rule in output.preconditions { checker.check(rule, as: .output) }
            }
        }
        for provider in module.providerConfigs.values {
            builder.add("provider.\(provider.key)", provider.range, ObjectReferences.bodyExpressions(provider.body)) { checker in
                checker.checkProvider(provider)
            }
        }
        for resource in module.resources.values.map({ $0 }) + module.dataResources.values.map({ $0 }) + module.ephemeralResources.values.map({ $0 }) {
            builder.add(resource.address, resource.range, ObjectReferences.expressions(of: resource), dependsOn: resource.dependsOn) { checker in
                checker.scope.check = resource.check
                checker.checkResource(resource)
                checker.scope.check = nil
            }
            builder.last.dependencies.insert(builder.key("provider.\(ObjectReferences.providerKey(of: resource))"))
        }
        for call in module.moduleCalls.values {
            let loaded = tree.children[call.name] != nil
            var expressions = [call.count, call.forEach].compactMap { $0 }
            if !loaded { expressions += call.body.attributes.map(\.expression) }
            builder.add("module.\(call.name)", call.range, expressions, dependsOn: call.dependsOn) { checker in
                checker.checkModuleCall(call, inputs: !loaded)
            }
        }
        for check in module.checks.values {
            let expressions = check.asserts.flatMap { [$0.condition, $0.errorMessage].compactMap { $0 } }
            builder.add("check.\(check.name)", check.range, expressions) { checker in
                checker.scope.check = check.name
                for rule in check.asserts { checker.check(rule, as: .check) }
                checker.scope.check = nil
            }
        }
        for (index, importBlock) in module.imports.enumerated() {
            let expressions = [importBlock.forEach, importBlock.id, importBlock.identity].compactMap { $0 }
            builder.add("import#\(index)", importBlock.range, expressions) { checker in
                checker.checkImport(importBlock)
            }
        }
        if let caller {
            let expansion = ModuleNodes(tree: caller.tree).key("module.\(caller.call.name)")
            for index in builder.nodes.indices { builder.nodes[index].dependencies.insert(expansion) }
        }
        nodes += builder.nodes
        for name in tree.children.keys.sorted() {
            guard let child = tree.children[name], let call = module.moduleCalls[name] else { continue }
            addModule(child, caller: (tree, call), scopes: scopes)
        }
        if let caller {
            let members = Set(nodes[first...].map(\.key))
            nodes.append(Node(
                key: builder.key(Self.wholeModule), displayName: tree.address, range: caller.call.range,
                module: caller.tree.address, dependencies: members, check: { _ in }))
        }
    }

    /// The nodes of one module, keyed within it, and the keys of what its expressions refer to.
    private struct ModuleNodes {
        let tree: ModuleTree
        var nodes: [Node] = []

        var last: Node {
            get { nodes[nodes.count - 1] }
            set { nodes[nodes.count - 1] = newValue }
        }

        /// A key of this module as the graph knows it.
        func key(_ local: String) -> String { "\(tree.address)|\(local)" }

        mutating func add(
            _ local: String, _ range: SourceRange, _ expressions: [HCL.Expression], dependsOn: [Traversal] = [],
            displayName: String? = nil, check: @escaping (inout ExpressionChecker) -> Void
        ) {
            var dependencies = Set(expressions.flatMap(dependencyKeys))
            for traversal in dependsOn {
                let names = traversal.steps.compactMap { step -> String? in
                    if case .attribute(let name, _) = step { return name }
                    return nil
                }
                if let dependency = dependencyKey(root: traversal.root, names) { dependencies.insert(dependency) }
            }
            let own = key(local)
            dependencies.remove(own)
            let name = displayName ?? local
            nodes.append(Node(
                key: own, displayName: tree.isRoot ? name : "\(tree.address).\(name)", range: range,
                module: tree.address, dependencies: dependencies, check: check))
        }

        /// The nodes an expression of this module refers to. A reference into a loaded child
        /// module waits for the output it names, or for the whole module when it names
        /// something the child does not declare (or nothing). A reference into a module that
        /// is not loaded (a registry or remote one) waits for nothing: what its outputs depend
        /// on is not known, and its value is unknown anyway.
        func dependencyKeys(_ expression: HCL.Expression) -> [String] {
            ExpressionVariables.traversals(in: expression).compactMap { traversal in
                let names = traversal.steps.compactMap(\.name)
                if traversal.root == "module", let name = names.first, tree.children[name] == nil, tree.module.moduleCalls[name] != nil {
                    return nil
                }
                return dependencyKey(root: traversal.root, names)
            }
        }

        /// The node a reference beginning `root.names...` (index steps left out) waits for;
        /// `depends_on` on a module that is not loaded waits for its call.
        func dependencyKey(root: String, _ names: [String]) -> String? {
            if root == "module", let name = names.first, let child = tree.children[name] {
                let prefix = "\(child.address)|"
                if names.count > 1, child.module.outputs[names[1]] != nil { return prefix + "output.\(names[1])" }
                return prefix + ValidationGraph.wholeModule
            }
            return ObjectReferences.key(for: root, names).map(key)
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

    /// Checks every node in its module's scope from `scopes`, dependencies first (ties in
    /// source order), skipping the nodes whose dependencies failed. Nodes in a cycle are taken
    /// in source order once nothing else is ready.
    func walk(_ checker: inout ExpressionChecker, scopes: [String: ModuleScope]) {
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
            checker.beginObject()
            if let scope = scopes[node.module] { checker.scope = scope }
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
