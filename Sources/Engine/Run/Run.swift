import Addresses
import Config
import HCL
import Lang
import ProviderKit
import State
import Synchronization
import Values

/// What a plan walk and an apply walk share: the graph, the providers, the values evaluated
/// so far, and the diagnostics found.
final class Run: Sendable {
    let context: RunContext
    let graph: ConfigGraph
    let providers: RunProviders
    let objects: ObjectValues
    let functions: FunctionTable
    let baseScope: ModuleScope
    private let found = Mutex<[Diagnostic]>([])

    init(context: RunContext, stateProviders: Set<String>) throws(DiagnosticList) {
        self.context = context
        graph = ConfigGraph(module: context.module)
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
    }

    var diagnostics: [Diagnostic] { found.withLock { $0 } }

    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        found.withLock { $0 += diagnostics }
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
        case .variable, .output, .resource: true
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
            case .provider: break
            }
        }
        return result.compactMap { text in
            guard case .resource(let resource)? = graph.node(text)?.kind else { return nil }
            return AbsoluteResourceAddress(resource: ResourceAddress(mode: resource.mode, type: resource.type, name: resource.name))
        }.sorted()
    }
}
