import Addresses
import Foundation
import Config
import HCL
import ProviderKit
import State
import Values

extension ApplyWalk {
    /// Applies the planned changes of every instance of a managed resource, in order.
    func applyManaged(_ resource: ResourceDeclaration) async -> Bool {
        guard let (entry, schema) = run.schema(for: resource) else { return false }
        let address = run.address(of: resource)
        let (expansion, found) = InstanceExpansion.expand(resource, context: run.evaluationContext())
        run.report(found)
        guard let expansion else { return false }
        let dependencies = run.resourceDependencies(of: resource.address)
        let target = InstanceTarget(resource: resource, entry: entry, schema: schema, dependencies: dependencies)
        var values: [InstanceKey?: Value] = [:]
        for instance in expansion.instances {
            let instanceAddress = address.instance(instance.key)
            let current = stored.objects(of: address).first { $0.address == instanceAddress && $0.deposedKey == nil }
            let change = changes[instanceAddress]
            switch change?.action {
            case .create?, .update?, .deleteThenCreate?, .createThenDelete?:
                if stopping { return false }
                guard let change, let value = await applyChange(change, instance: instance, current: current, target: target) else {
                    return false
                }
                values[instance.key] = value
            default:
                guard let value = unchangedValue(change, current: current, target: target) else { continue }
                values[instance.key] = value
            }
        }
        run.objects.set(resource.address, expansion.referenceValue(values))
        return true
    }

    /// What a resource instance is applied with.
    struct InstanceTarget {
        var resource: ResourceDeclaration
        var entry: RunProviders.Entry
        var schema: Schema
        var dependencies: [AbsoluteResourceAddress]
    }

    /// The value of an instance that is not changing: what refresh found (recorded in state
    /// when it differs from what state held), else what state holds.
    private func unchangedValue(_ change: ResourceChange?, current: ResourceInstanceObject?, target: InstanceTarget) -> Value? {
        guard let current else { return nil }
        if let refreshed = change?.before, plan.drift.contains(where: { $0.address == current.address && $0.deposedKey == nil }) {
            if let object = try? StoredObjects.object(
                refreshed, address: current.address, providerText: current.provider, schema: target.schema,
                dependencies: current.dependencies, status: current.status, createBeforeDestroy: current.createBeforeDestroy) {
                _ = commit { () throws(StateError) in try store.put(object) }
            }
            return refreshed
        }
        do {
            return try StoredObjects.value(of: current, schema: target.schema, provider: target.entry.provider)
        } catch {
            run.report([.error("Invalid resource state", error.message)])
            return nil
        }
    }

    /// Carries out a create, update or replace of one instance; returns its new value.
    private func applyChange(
        _ change: ResourceChange, instance: InstanceExpansion.Instance, current: ResourceInstanceObject?, target: InstanceTarget
    ) async -> Value? {
        var prior = change.before
        let createBeforeDestroy = change.action == .createThenDelete
        var deposedKey: String?
        switch change.action {
        case .deleteThenCreate:
            prior = nil
        case .createThenDelete:
            guard let current else { break }
            let key = DeposedKeys.make()
            var deposed = current
            deposed.deposedKey = key
            guard commit({ () throws(StateError) in
                try store.put(deposed)
                try store.remove(current.address, deposedKey: nil)
            }) else { return nil }
            deposedKey = key
            prior = nil
        default:
            break
        }
        let step: ApplyStep = prior == nil ? .create : .update
        guard let value = await createOrUpdate(change.address, instance: instance, prior: prior, step: step, target: target, createBeforeDestroy: createBeforeDestroy) else {
            return nil
        }
        if let deposedKey, let current, let before = change.before {
            var deposed = current
            deposed.deposedKey = deposedKey
            guard await destroy(deposed, value: before, target: target.entry, schema: target.schema) else { return nil }
        }
        return value
    }

    /// Plans the instance again with everything it refers to now known, then has the provider
    /// make it so, and records the result.
    private func createOrUpdate(
        _ address: ResourceInstanceAddress, instance: InstanceExpansion.Instance, prior: Value?, step: ApplyStep,
        target: InstanceTarget, createBeforeDestroy: Bool
    ) async -> Value? {
        let resource = target.resource
        guard run.checkConditions(resource.preconditions, kind: .resourcePrecondition, bindings: instance.bindings) else {
            markFailed()
            return nil
        }
        let (decoded, found) = BodyDecoder(context: run.evaluationContext(bindings: instance.bindings))
            .decode(resource.body, schema: target.schema.block, blockRange: resource.range)
        run.report(found)
        if found.hasErrors { markFailed(); return nil }
        var config = decoded
        if let prior { config = IgnoredChanges.apply(resource.lifecycle, config: config, prior: prior, schema: target.schema.block) }
        let configPlain = config.unmarkedDeep().0
        let priorPlain = prior?.unmarkedDeep().0
        let provider = target.entry.provider
        let planned: PlannedResource
        do {
            planned = try await provider.planResource(
                type: resource.type, prior: priorPlain,
                proposed: ProposedNewState.value(schema: target.schema.block, prior: priorPlain, config: configPlain), config: configPlain)
        } catch {
            report(error, address: address, range: resource.range)
            return nil
        }
        if step == .create {
            let pending = PendingCreate(
                address: address, provider: target.entry.stateText, plannedJSON: PendingJSON.text(planned.plannedState, schema: target.schema),
                startedAt: .now)
            guard commit({ () throws(StateError) in try store.recordPendingCreate(pending) }) else { return nil }
        }
        let newValue: Value?
        do {
            newValue = try await timed(address, step) { () async throws(ProviderError) -> Value? in
                try await provider.applyResource(type: resource.type, prior: priorPlain, planned: planned.plannedState)
            } id: { $0?.attributes?["id"]?.stringValue }
        } catch {
            report(error, address: address, range: resource.range)
            return nil
        }
        guard let newValue else {
            run.report([.error("Provider returned no object", "The provider returned no object after applying \(address); this is a bug in the provider.", at: resource.range)])
            markFailed()
            return nil
        }
        let sensitive = config.paths(markedWith: .sensitive)
        let marked = SchemaMarks.apply(target.schema.block, to: newValue.marking(paths: sensitive, with: .sensitive))
        let object: ResourceInstanceObject
        do {
            object = try StoredObjects.object(
                marked, address: address, providerText: target.entry.stateText, schema: target.schema,
                dependencies: target.dependencies, createBeforeDestroy: createBeforeDestroy)
        } catch {
            run.report([.error("Invalid new state", error.message, at: resource.range)])
            markFailed()
            return nil
        }
        guard commit({ () throws(StateError) in
            try store.put(object)
            if step == .create { try store.clearPendingCreate(address, deposedKey: nil) }
        }) else { return nil }
        count(step)
        guard run.checkConditions(resource.postconditions, kind: .resourcePostcondition, bindings: instance.bindings, selfValue: marked) else {
            markFailed()
            return nil
        }
        return marked
    }

    /// Destroys one object and removes it from state.
    func destroy(_ object: ResourceInstanceObject, value: Value, target entry: RunProviders.Entry, schema: Schema) async -> Bool {
        do {
            _ = try await timed(object.address, .destroy, deposedKey: object.deposedKey) { () async throws(ProviderError) -> Value? in
                try await entry.provider.applyResource(type: object.address.resource.type, prior: value.unmarkedDeep().0, planned: nil)
            } id: { _ in nil }
        } catch {
            report(error, address: object.address, range: nil)
            return false
        }
        guard commit({ () throws(StateError) in try store.remove(object.address, deposedKey: object.deposedKey) }) else { return false }
        count(.destroy)
        return true
    }

    /// Runs a provider call between `started` and `finished` events, with `stillRunning`
    /// every ten seconds.
    func timed<T: Sendable>(
        _ address: ResourceInstanceAddress, _ step: ApplyStep, deposedKey: String? = nil,
        _ call: @Sendable () async throws(ProviderError) -> T, id: (T) -> String?
    ) async throws(ProviderError) -> T {
        let events = self.events
        events(.started(address, step, deposedKey: deposedKey))
        let clock = ContinuousClock()
        let start = clock.now
        let ticker = Task {
            var seconds = 0
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(10))
                seconds += 10
                events(.stillRunning(address, step, deposedKey: deposedKey, seconds: seconds))
            }
        }
        defer { ticker.cancel() }
        do {
            let result = try await call()
            let elapsed = Int((clock.now - start).components.seconds)
            events(.finished(address, step, deposedKey: deposedKey, seconds: elapsed, id: id(result)))
            return result
        } catch {
            events(.failed(address, step, deposedKey: deposedKey))
            throw error
        }
    }

    func report(_ error: ProviderError, address: ResourceInstanceAddress, range: SourceRange?) {
        run.report(error.diagnostics.map { problem in
            var diagnostic = ProviderDiagnostics.diagnostic(problem, range: range)
            diagnostic.objectAddress = address.text
            return diagnostic
        })
        markFailed()
    }
}

/// Keys for deposed objects: eight hex digits, as Terraform makes them.
enum DeposedKeys {
    static func make() -> String {
        String(format: "%08x", UInt32.random(in: 0...UInt32.max))
    }
}

/// The planned value of a create as JSON for its pending record, unknown parts as null.
enum PendingJSON {
    static func text(_ value: Value, schema: Schema) -> String {
        (try? value.nullingUnknowns().jsonEncoded(as: schema.block.impliedType)) ?? "null"
    }
}
