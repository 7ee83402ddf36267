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
    let recorder = ChangeRecorder()

    init(run: Run, state: StateSnapshot, options: PlanOptions) {
        self.run = run
        self.state = state
        self.options = options
        stored = StoredIndex(state.objects)
        targeted = options.targets.isEmpty ? nil : Self.targetedKeys(options.targets, graph: run.graph)
    }

    /// Walks the whole graph, then plans the objects whose configuration is gone.
    func run() async -> Bool {
        guard await run.configureOrphanProviders() else { return false }
        let nodes = run.graph.nodes
        let dependencies = nodes.map { node in node.dependencies.compactMap { run.graph.index[$0] } }
        let walker = DependencyWalker(dependencies: dependencies, parallelism: options.parallelism)
        let outcomes = await walker.walk(stopping: { false }) { index in await self.visit(nodes[index]) }
        guard !outcomes.contains(.failed) else { return false }
        await planObjectsWithoutConfig()
        planOutputsWithoutConfig()
        return !run.diagnostics.hasErrors
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
        let address = Self.absolute(resource)
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

    static func absolute(_ resource: ResourceDeclaration) -> AbsoluteResourceAddress {
        AbsoluteResourceAddress(resource: ResourceAddress(mode: resource.mode, type: resource.type, name: resource.name))
    }

    private static func targetedKeys(_ targets: [AddressTarget], graph: ConfigGraph) -> Set<String> {
        var keys: Set<String> = []
        var pending: [String] = []
        for target in targets {
            switch target {
            case .module:
                pending += graph.nodes.map(\.key)
            case .resource(let resource):
                pending.append(resource.resource.text)
            case .instance(let instance):
                pending.append(instance.resource.text)
            }
        }
        while let key = pending.popLast() {
            guard keys.insert(key).inserted, let node = graph.node(key) else { continue }
            pending += node.dependencies
        }
        return keys
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
        return address.module.isRoot && targeted.contains(key) && !named
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
    }

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
