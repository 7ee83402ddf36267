import Addresses
import Config
import HCL
import ProviderKit
import State
import Synchronization
import Values

/// One plan: visits the graph's nodes in dependency order and records what each resource
/// instance needs.
final class PlanWalk: Sendable {
    let run: Run
    let state: StateSnapshot
    let options: PlanOptions
    let stored: StoredIndex
    /// The graph nodes a `-target` plan covers: the targets and what they depend on; nil
    /// when not targeting.
    let targeted: Set<String>?
    let recorder: ChangeRecorder

    init(run: Run, state: StateSnapshot, options: PlanOptions) {
        self.run = run
        self.state = state
        self.options = options
        stored = StoredIndex(state.objects)
        targeted = options.targets.isEmpty ? nil : Self.targetedKeys(options.targets, graph: run.graph)
        recorder = ChangeRecorder()
    }

    /// The walk of a child module instance: everything in it is planned (a target naming
    /// something inside a module takes the whole module instance).
    private init(child run: Run, of parent: PlanWalk) {
        self.run = run
        state = parent.state
        options = parent.options
        stored = parent.stored
        targeted = nil
        recorder = parent.recorder
    }

    /// Walks the whole configuration, then plans the objects whose configuration is gone.
    func run() async -> Bool {
        guard await run.configureOrphanProviders() else { return false }
        guard await walkGraph() else { return false }
        await planObjectsWithoutConfig()
        planOutputsWithoutConfig()
        return !run.diagnostics.hasErrors
    }

    /// Visits this module instance's graph in dependency order.
    private func walkGraph() async -> Bool {
        recorder.recordWalked(run.moduleAddress)
        let nodes = run.graph.nodes
        let dependencies = nodes.map { node in node.dependencies.compactMap { run.graph.index[$0] } }
        let walker = DependencyWalker(dependencies: dependencies, parallelism: options.parallelism)
        let outcomes = await walker.walk(stopping: { false }) { index in await self.visit(nodes[index]) }
        return !outcomes.contains(.failed)
    }

    /// Plans every instance of a module call: each a walk of the child module with its
    /// inputs; references to the call see the instances' outputs.
    private func planModuleCall(_ call: ModuleCall) async -> Bool {
        guard let (expansion, instances, tree) = run.expand(call) else { return false }
        var values: [InstanceKey?: Value] = [:]
        var succeeded = true
        for instance in instances {
            let child: Run
            do {
                child = try run.child(call.name, key: instance.key, tree: tree, variables: instance.variables)
            } catch {
                run.report(error.diagnostics)
                return false
            }
            if await PlanWalk(child: child, of: self).walkGraph() {
                values[instance.key] = child.outputsObject()
            } else {
                succeeded = false
            }
        }
        run.objects.set("module.\(call.name)", expansion.referenceValue(values))
        return succeeded
    }

    func plan(variables: [String: Value]) -> Plan {
        Plan(
            mode: options.mode, lineage: state.lineage, serial: state.serial,
            changes: recorder.changes.sorted { ($0.address, $0.deposedKey ?? "") < ($1.address, $1.deposedKey ?? "") },
            outputChanges: recorder.outputChanges.sorted { $0.name < $1.name },
            drift: recorder.drift.sorted { $0.address < $1.address },
            variables: variables)
    }

    private func visit(_ node: GraphNode) async -> Bool {
        switch node.kind {
        case .variable, .local, .provider:
            return await run.visitShared(node)
        case .output(let output):
            return planOutput(output)
        case .moduleCall(let call):
            if let targeted, !targeted.contains(node.key) { return true }
            return await planModuleCall(call)
        case .resource(let resource):
            if let targeted, !targeted.contains(node.key) {
                return useStoredValues(resource)
            }
            return resource.mode == .data ? await planData(resource) : await planManaged(resource)
        }
    }

    // MARK: Resources without changes

    /// References to a resource outside the targets see what state holds.
    private func useStoredValues(_ resource: ResourceDeclaration) -> Bool {
        guard let (entry, schema) = run.schema(for: resource) else { return false }
        let address = run.address(of: resource)
        recorder.recordConfigured(address)
        var values: [InstanceKey?: Value] = [:]
        var shape = InstanceExpansion.Shape.single
        for object in stored.objects(of: address) where object.deposedKey == nil {
            guard let value = decode(object, schema: schema, provider: entry.provider) else { return false }
            values[object.address.key] = value
            switch object.address.key {
            case .index?: shape = .counted
            case .key?: shape = .keyed
            case nil: break
            }
        }
        let instances = values.keys.sorted(by: instanceKeyOrder).map { InstanceExpansion.Instance(key: $0, bindings: [:]) }
        run.objects.set(resource.address, InstanceExpansion(shape: shape, instances: instances).referenceValue(values))
        return true
    }

    func decode(_ object: ResourceInstanceObject, schema: Schema, provider: any Provider) -> Value? {
        do {
            return try StoredObjects.value(of: object, schema: schema, provider: provider)
        } catch {
            run.report([.error("Invalid resource state", error.message)])
            return nil
        }
    }

    private static func targetedKeys(_ targets: [AddressTarget], graph: ConfigGraph) -> Set<String> {
        var keys: Set<String> = []
        var pending: [String] = []
        for target in targets {
            switch target {
            case .module:
                pending += graph.nodes.map(\.key)
            case .resource(let resource):
                pending.append(resource.module.steps.first.map { "module.\($0.name)" } ?? resource.resource.text)
            case .instance(let instance):
                pending.append(instance.module.steps.first.map { "module.\($0.name)" } ?? instance.resource.text)
            }
        }
        while let key = pending.popLast() {
            guard keys.insert(key).inserted, let node = graph.node(key) else { continue }
            pending += node.dependencies
        }
        return keys
    }

    /// The key the recorder files a resource's changes under: the module path and `type.name`.
    func changeKey(_ key: String) -> String {
        run.moduleAddress.isRoot ? key : "\(run.moduleAddress.text).\(key)"
    }

    /// Whether `address` is planned: always when not targeting; else when a target contains
    /// it, or its resource is something a target depends on (then all its instances are).
    func isTargeted(_ address: ResourceInstanceAddress) -> Bool {
        guard let targeted else { return true }
        if options.targets.contains(where: { $0.contains(address) }) { return true }
        let key = address.resource.text
        let named = options.targets.contains { target in
            switch target {
            case .module: false
            case .resource(let resource): resource.resource.text == key
            case .instance(let instance): instance.resource.text == key
            }
        }
        return address.module == run.moduleAddress && targeted.contains(key) && !named
    }
}

/// State's objects by resource, looked up as the walk plans each resource.
struct StoredIndex: Sendable {
    private let byResource: [AbsoluteResourceAddress: [ResourceInstanceObject]]

    init(_ objects: [ResourceInstanceObject]) {
        byResource = Dictionary(grouping: objects, by: \.address.containingResource)
    }

    func objects(of resource: AbsoluteResourceAddress) -> [ResourceInstanceObject] {
        byResource[resource] ?? []
    }

    var resources: [AbsoluteResourceAddress] { Array(byResource.keys) }
}

/// The changes a plan collects from concurrent tasks.
final class ChangeRecorder: Sendable {
    private let state = Mutex(Recorded())

    struct Recorded {
        var changes: [ResourceChange] = []
        var outputChanges: [OutputChange] = []
        var drift: [ResourceChange] = []
        /// The actions planned per resource, for `replace_triggered_by` and deferred data reads.
        var actions: [String: [ChangeAction]] = [:]
        /// The module instances walked and the resources their configuration declares.
        var walkedModules: Set<ModuleInstanceAddress> = []
        var configuredResources: Set<AbsoluteResourceAddress> = []
    }

    func recordWalked(_ module: ModuleInstanceAddress) { state.withLock { _ = $0.walkedModules.insert(module) } }
    func recordConfigured(_ resource: AbsoluteResourceAddress) { state.withLock { _ = $0.configuredResources.insert(resource) } }

    /// Whether the resource is declared by a module instance the plan walked.
    func isConfigured(_ resource: AbsoluteResourceAddress) -> Bool { state.withLock { $0.configuredResources.contains(resource) } }
    func wasWalked(_ module: ModuleInstanceAddress) -> Bool { state.withLock { $0.walkedModules.contains(module) } }

    func record(_ change: ResourceChange, resourceKey: String) {
        state.withLock {
            $0.changes.append(change)
            $0.actions[resourceKey, default: []].append(change.action)
        }
    }

    func recordDrift(_ change: ResourceChange) { state.withLock { $0.drift.append(change) } }
    func record(_ change: OutputChange) { state.withLock { $0.outputChanges.append(change) } }

    var changes: [ResourceChange] { state.withLock { $0.changes } }
    var outputChanges: [OutputChange] { state.withLock { $0.outputChanges } }
    var drift: [ResourceChange] { state.withLock { $0.drift } }

    /// Whether any instance of the resource `key` is planned to change.
    func hasChanges(_ key: String) -> Bool {
        state.withLock { $0.actions[key]?.contains { $0 != .noOp } ?? false }
    }
}

/// No key first, then keys in their natural order.
func instanceKeyOrder(_ left: InstanceKey?, _ right: InstanceKey?) -> Bool {
    switch (left, right) {
    case (nil, nil): false
    case (nil, _): true
    case (_, nil): false
    case (let left?, let right?): left < right
    }
}
