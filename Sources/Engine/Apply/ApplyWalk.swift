import Addresses
import Config
import HCL
import ProviderKit
import State
import Synchronization
import Values

/// One apply: carries out a plan's changes through the providers and records each result.
final class ApplyWalk: Sendable {
    let run: Run
    let plan: Plan
    let state: StateSnapshot
    let store: any StateStore
    let options: ApplyOptions
    let events: @Sendable (ApplyEvent) -> Void
    let stored: StoredIndex
    /// The plan's changes to current objects by instance (deposed objects are only deleted,
    /// which `applyDeletions` does from the plan's list).
    let changes: [ResourceInstanceAddress: ResourceChange]
    /// The walk of the root module, which keeps the counts and the failure flag for all.
    private let root: ApplyWalk?
    private let tally = Mutex(ApplyResult())
    /// Set once a provider call fails: nothing new starts.
    private let failed = Atomic<Bool>(false)
    private let outputs = Mutex<[String: OutputState]>([:])

    init(run: Run, plan: Plan, state: StateSnapshot, store: any StateStore, options: ApplyOptions, events: @escaping @Sendable (ApplyEvent) -> Void) {
        self.run = run
        self.plan = plan
        self.state = state
        self.store = store
        self.options = options
        self.events = events
        stored = StoredIndex(state.objects)
        var changes: [ResourceInstanceAddress: ResourceChange] = [:]
        for change in plan.changes where change.deposedKey == nil {
            changes[change.address] = change
        }
        self.changes = changes
        root = nil
    }

    /// The walk of a child module instance, sharing everything but the module's values.
    private init(child run: Run, of parent: ApplyWalk) {
        self.run = run
        plan = parent.plan
        state = parent.state
        store = parent.store
        options = parent.options
        events = parent.events
        stored = parent.stored
        changes = parent.changes
        root = parent.root ?? parent
    }

    var result: ApplyResult {
        var result = tally.withLock { $0 }
        result.interrupted = options.interruption.isInterrupted
        return result
    }

    /// Whether new work may start.
    var stopping: Bool {
        if let root { return root.stopping }
        return failed.load(ordering: .relaxed) || options.interruption.isInterrupted
    }

    func markFailed() {
        if let root { return root.markFailed() }
        failed.store(true, ordering: .relaxed)
    }

    func count(_ step: ApplyStep) {
        if let root { return root.count(step) }
        tally.withLock { result in
            switch step {
            case .create: result.added += 1
            case .update: result.changed += 1
            case .destroy: result.destroyed += 1
            case .read: break
            }
        }
    }

    func run() async {
        guard forgetVanishedObjects() else { return }
        if plan.mode == .refreshOnly {
            recordRefreshedObjects()
            return
        }
        guard await run.configureOrphanProviders() else { return }
        let nodes = run.graph.nodes
        let providerNodes = nodes.indices.filter { if case .provider = nodes[$0].kind { true } else { false } }
        for index in providerNodes where nodes[index].dependencies.isEmpty {
            guard case .provider(let key, let config) = nodes[index].kind else { continue }
            guard await run.configureProvider(key: key, config: config) else { return }
        }
        await applyDeletions()
        if stopping { return }
        let configured = Set(providerNodes.filter { nodes[$0].dependencies.isEmpty })
        await walkGraph(skipping: configured)
        if !stopping && plan.mode != .destroy { saveOutputs() }
        if plan.mode == .destroy && !stopping { clearOutputs() }
    }

    /// Visits this module instance's graph in dependency order, but the nodes in `skipping`.
    @discardableResult
    private func walkGraph(skipping: Set<Int> = []) async -> Bool {
        let nodes = run.graph.nodes
        let dependencies = nodes.map { node in node.dependencies.compactMap { run.graph.index[$0] } }
        let walker = DependencyWalker(dependencies: dependencies, parallelism: options.parallelism)
        let outcomes = await walker.walk(stopping: { self.stopping }) { index in
            if skipping.contains(index) { return true }
            return await self.visit(nodes[index])
        }
        return outcomes.allSatisfy { $0 == .succeeded }
    }

    /// Applies every instance of a module call: each a walk of the child module.
    private func applyModuleCall(_ call: ModuleCall) async -> Bool {
        guard let (expansion, instances, tree) = run.expand(call) else {
            markFailed()
            return false
        }
        var values: [InstanceKey?: Value] = [:]
        for instance in instances {
            if stopping { return false }
            let child: Run
            do {
                child = try run.child(call.name, key: instance.key, tree: tree, variables: instance.variables)
            } catch {
                run.report(error.diagnostics)
                markFailed()
                return false
            }
            guard await ApplyWalk(child: child, of: self).walkGraph() else { return false }
            values[instance.key] = child.outputsObject()
        }
        run.objects.set("module.\(call.name)", expansion.referenceValue(values))
        return true
    }

    private func visit(_ node: GraphNode) async -> Bool {
        switch node.kind {
        case .variable, .local, .provider:
            return await run.visitShared(node)
        case .output(let output):
            return evaluateOutput(output)
        case .moduleCall(let call):
            return await applyModuleCall(call)
        case .resource(let resource):
            if plan.mode == .destroy { return true }
            return resource.mode == .data ? await applyData(resource) : await applyManaged(resource)
        }
    }

    private func evaluateOutput(_ output: Output) -> Bool {
        guard let expression = output.expression, plan.mode != .destroy else { return true }
        let (value, found) = run.evaluate(expression)
        run.report(found)
        if found.hasErrors { return false }
        run.objects.set("output.\(output.name)", value)
        if run.moduleAddress.isRoot, value.isWhollyKnown, let stored = StoredOutputs.output(name: output.name, value: value, sensitive: output.isSensitive) {
            outputs.withLock { $0[output.name] = stored }
        }
        return true
    }

    private func saveOutputs() {
        do {
            try store.setOutputs(outputs.withLock { $0 })
        } catch {
            run.report([StateDiagnostics.diagnostic(error)])
        }
    }

    private func clearOutputs() {
        do {
            try store.setOutputs([:])
        } catch {
            run.report([StateDiagnostics.diagnostic(error)])
        }
    }

    /// Objects that refresh found gone are removed from state: nothing is left to manage.
    private func forgetVanishedObjects() -> Bool {
        for drift in plan.drift where drift.after == nil {
            guard commit({ () throws(StateError) in try store.remove(drift.address, deposedKey: drift.deposedKey) }) else { return false }
        }
        return true
    }

    /// `apply -refresh-only`: state takes the objects as refresh found them.
    private func recordRefreshedObjects() {
        for drift in plan.drift {
            guard let after = drift.after,
                  let current = stored.objects(of: drift.address.containingResource).first(where: { $0.address == drift.address && $0.deposedKey == drift.deposedKey }),
                  let (_, schema) = run.schema(forStored: current),
                  let object = try? StoredObjects.object(
                      after, address: current.address, deposedKey: current.deposedKey, providerText: current.provider, schema: schema,
                      dependencies: current.dependencies, status: current.status, createBeforeDestroy: current.createBeforeDestroy)
            else { continue }
            guard commit({ () throws(StateError) in try store.put(object) }) else { return }
        }
    }

    /// Records one object, reporting a failed write (which stops the apply).
    func commit(_ body: () throws(StateError) -> Void) -> Bool {
        do {
            try body()
            return true
        } catch {
            run.report([StateDiagnostics.diagnostic(error)])
            markFailed()
            return false
        }
    }
}
