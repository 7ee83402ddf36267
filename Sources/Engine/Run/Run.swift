import Addresses
import Config
import HCL
import Lang
import ProviderKit
import State
import Synchronization
import Values

/// One module instance in a plan or an apply: its graph, the values evaluated so far, and
/// what every module instance of the run shares (the providers, the diagnostics found).
final class Run: Sendable {
    let context: RunContext
    /// This module and the modules it calls.
    let tree: ModuleTree
    /// Where this instance sits: the root, or `module.net["a"]`.
    let moduleAddress: ModuleInstanceAddress
    let graph: ConfigGraph
    let providers: RunProviders
    let objects: ObjectValues
    let functions: FunctionTable
    let baseScope: ModuleScope
    private let found: DiagnosticSink

    /// The root module instance. The root's graph configures every provider any module uses.
    init(context: RunContext, stateProviders: Set<String>) throws(DiagnosticList) {
        self.context = context
        tree = context.tree
        moduleAddress = .root
        let used = Set(context.tree.allModules.flatMap { tree in
            (Array(tree.module.resources.values) + Array(tree.module.dataResources.values)).map(ObjectReferences.providerKey)
        })
        graph = ConfigGraph(module: context.module, providerKeys: used)
        let cycles = graph.cycles()
        if !cycles.isEmpty { throw DiagnosticList(cycles) }
        var keys: [String] = []
        var ranges: [String: SourceRange] = [:]
        for node in graph.nodes {
            guard case .provider(let key, _) = node.kind else { continue }
            keys.append(key)
            ranges[key] = node.range
        }
        providers = try RunProviders(keys: keys, stateProviders: stateProviders, module: context.module, catalog: context.catalog, ranges: ranges)
        objects = ObjectValues()
        functions = BuiltinFunctions.table(baseDirectory: context.rootDirectory)
        baseScope = ModuleScope(
            module: context.module, variableValues: context.variables, rootDirectory: ".", workingDirectory: context.rootDirectory,
            workspace: context.workspace)
        found = DiagnosticSink()
    }

    /// A child module instance, with its input variables' values; it shares the providers and
    /// the diagnostics with its parent.
    private init(parent: Run, tree: ModuleTree, address: ModuleInstanceAddress, variables: [String: Value]) throws(DiagnosticList) {
        context = parent.context
        self.tree = tree
        moduleAddress = address
        graph = ConfigGraph(module: tree.module, providerKeys: nil)
        let cycles = graph.cycles()
        if !cycles.isEmpty { throw DiagnosticList(cycles) }
        providers = parent.providers
        objects = ObjectValues()
        functions = parent.functions
        baseScope = ModuleScope(
            module: tree.module, variableValues: variables, rootDirectory: ".", workingDirectory: parent.context.rootDirectory,
            workspace: parent.context.workspace)
        found = parent.found
    }

    func child(_ name: String, key: InstanceKey?, tree: ModuleTree, variables: [String: Value]) throws(DiagnosticList) -> Run {
        try Run(parent: self, tree: tree, address: moduleAddress.child(name, key: key), variables: variables)
    }

    var diagnostics: [Diagnostic] { found.diagnostics }

    func report(_ diagnostics: [Diagnostic]) {
        found.report(diagnostics)
    }

    /// The address of a resource block of this module instance.
    func address(of resource: ResourceDeclaration) -> AbsoluteResourceAddress {
        AbsoluteResourceAddress(module: moduleAddress, resource: ResourceAddress(mode: resource.mode, type: resource.type, name: resource.name))
    }

    /// A context for evaluating expressions now, with `count`/`each` bindings and `self`.
    func evaluationContext(bindings: [String: Value] = [:], selfValue: Value? = nil) -> EvaluationContext {
        EvaluationContext(variables: bindings, functions: functions, resolver: EngineScope(base: baseScope, objects: objects, selfValue: selfValue))
    }

    /// Evaluates `expression` after checking its references as Terraform does.
    func evaluate(_ expression: HCL.Expression, bindings: [String: Value] = [:]) -> (Value, [Diagnostic]) {
        let referenceProblems = baseScope.checkReferences(in: expression, bound: Set(bindings.keys))
        if referenceProblems.hasErrors { return (.dynamicUnknown, referenceProblems) }
        return Evaluator.evaluate(expression, in: evaluationContext(bindings: bindings))
    }

    /// Visits a node that plan and apply treat alike: variables (their values are given),
    /// locals and provider configurations. Resources and outputs are the walks' own.
    func visitShared(_ node: GraphNode) async -> Bool {
        switch node.kind {
        case .local(let local): evaluateLocal(local)
        case .provider(let key, let config): await configureProvider(key: key, config: config)
        case .variable, .output, .resource, .moduleCall: true
        }
    }

    func evaluateLocal(_ local: Local) -> Bool {
        let (value, diagnostics) = evaluate(local.expression)
        report(diagnostics)
        objects.set("local.\(local.name)", value)
        return !diagnostics.hasErrors
    }

    /// Decodes a provider's configuration and configures it.
    func configureProvider(key: String, config: ProviderConfig?) async -> Bool {
        guard let entry = providers[key] else { return false }
        let schema = entry.provider.schema.provider
        let body = config?.body ?? Body(items: [], range: SourceRange(filename: "", at: SourcePosition(line: 1, column: 1, byte: 0)))
        let (value, diagnostics) = BodyDecoder(context: evaluationContext()).decode(body, schema: schema.block, blockRange: config?.range)
        report(diagnostics)
        if diagnostics.hasErrors { return false }
        do {
            try await entry.provider.configure(value.unmarkedDeep().0)
            return true
        } catch {
            report(error.diagnostics.map { ProviderDiagnostics.diagnostic($0, range: config?.range) })
            return false
        }
    }

    /// Configures the providers of objects in state that the configuration no longer uses.
    func configureOrphanProviders() async -> Bool {
        var succeeded = true
        for entry in providers.orphanEntries {
            let empty = entry.provider.schema.provider.block.nullObject
            do {
                try await entry.provider.configure(empty)
            } catch {
                report(error.diagnostics.map { ProviderDiagnostics.diagnostic($0, range: nil) })
                succeeded = false
            }
        }
        return succeeded
    }

    /// The provider and schema of a resource block, or an error naming what is wrong.
    func schema(for resource: ResourceDeclaration) -> (RunProviders.Entry, Schema)? {
        guard let entry = providers[ObjectReferences.providerKey(of: resource)] else { return nil }
        let schemas = resource.mode == .data ? entry.provider.schema.dataSources : entry.provider.schema.resources
        guard let schema = schemas[resource.type] else {
            let kind = resource.mode == .data ? "data source" : "resource type"
            var detail = "The provider \(entry.address.displayString) does not support \(kind) \(goQuoted(resource.type))."
            if let close = NameSuggestion.closest(to: resource.type, among: schemas.keys.sorted()) {
                detail += "\n\nDid you mean \(goQuoted(close))?"
            }
            report([.error("Invalid \(kind)", detail, at: resource.range)])
            return nil
        }
        return (entry, schema)
    }

    /// The provider and schema for an object in state.
    func schema(forStored object: ResourceInstanceObject) -> (RunProviders.Entry, Schema)? {
        guard let entry = providers.entry(stateText: object.provider) else { return nil }
        let schemas = object.address.resource.mode == .data ? entry.provider.schema.dataSources : entry.provider.schema.resources
        guard let schema = schemas[object.address.resource.type] else { return nil }
        return (entry, schema)
    }

    /// The resources (not locals or variables) that `key`'s node depends on, directly or through
    /// locals, variables and outputs: what state records as an object's dependencies.
    func resourceDependencies(of key: String) -> [AbsoluteResourceAddress] {
        var seen: Set<String> = []
        var result: Set<String> = []
        var pending = Array(graph.node(key)?.dependencies ?? [])
        while let next = pending.popLast() {
            guard seen.insert(next).inserted, let node = graph.node(next) else { continue }
            switch node.kind {
            case .resource: result.insert(next)
            case .local, .variable, .output: pending += node.dependencies
            case .provider, .moduleCall: break
            }
        }
        return result.compactMap { text in
            guard case .resource(let resource)? = graph.node(text)?.kind else { return nil }
            return address(of: resource)
        }.sorted()
    }
}

/// Diagnostics collected from the concurrent tasks of a run.
final class DiagnosticSink: Sendable {
    private let found = Mutex<[Diagnostic]>([])

    var diagnostics: [Diagnostic] { found.withLock { $0 } }

    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        found.withLock { $0 += diagnostics }
    }
}
