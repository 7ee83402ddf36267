import Addresses
import Config
import HCL
import ProviderKit
import State
import Values

extension PlanWalk {
    /// Plans every instance of a managed resource, and the deletion of instances that
    /// `count` or `for_each` no longer declare.
    func planManaged(_ resource: ResourceDeclaration) async -> Bool {
        guard let (entry, schema) = run.schema(for: resource) else { return false }
        let address = run.address(of: resource)
        recorder.recordConfigured(address)
        let objects = stored.objects(of: address)
        if options.mode == .destroy {
            return await planDestroy(resource, objects: objects, entry: entry, schema: schema)
        }
        let (expansion, found) = InstanceExpansion.expand(resource, context: run.evaluationContext())
        run.report(found)
        guard let expansion else { return false }
        var values: [InstanceKey?: Value] = [:]
        var succeeded = true
        for instance in expansion.instances {
            let instanceAddress = address.instance(instance.key)
            guard isTargeted(instanceAddress) else {
                if let object = objects.first(where: { $0.address == instanceAddress && $0.deposedKey == nil }) {
                    values[instance.key] = decode(object, schema: schema, provider: entry.provider)
                }
                continue
            }
            if let value = await planInstance(resource, instance, address: instanceAddress, objects: objects, entry: entry, schema: schema) {
                values[instance.key] = value
            } else {
                succeeded = false
            }
        }
        let declared = Set(expansion.instances.map(\.key))
        for object in objects where (object.deposedKey != nil || !declared.contains(object.address.key)) && isTargeted(object.address) {
            let reason: ChangeReason? = switch (object.deposedKey, object.address.key) {
            case (.some, _): nil
            case (nil, .index?): .deleteBecauseCountIndex
            case (nil, .key?): .deleteBecauseEachKey
            case (nil, nil): resource.count != nil ? .deleteBecauseCountIndex : .deleteBecauseEachKey
            }
            if !(await planDelete(object, reason: reason, entry: entry, schema: schema, resource: resource)) { succeeded = false }
        }
        run.objects.set(resource.address, expansion.referenceValue(values))
        return succeeded
    }

    /// Plans one instance: refresh what state holds, evaluate the configuration, ask the
    /// provider, and decide the action. Returns the planned value references see.
    private func planInstance(
        _ resource: ResourceDeclaration, _ instance: InstanceExpansion.Instance, address: ResourceInstanceAddress,
        objects: [ResourceInstanceObject], entry: RunProviders.Entry, schema: Schema
    ) async -> Value? {
        let object = objects.first { $0.address == address && $0.deposedKey == nil }
        var prior: Value?
        if let object {
            guard let before = decode(object, schema: schema, provider: entry.provider) else { return nil }
            switch await refresh(object, before, entry: entry, schema: schema, range: resource.range) {
            case .failed: return nil
            case .gone: prior = nil
            case .exists(let current): prior = current
            }
        }
        if options.mode == .refreshOnly {
            return prior ?? .dynamicUnknown
        }
        guard run.checkConditions(resource.preconditions, kind: .resourcePrecondition, bindings: instance.bindings) else { return nil }
        let context = run.evaluationContext(bindings: instance.bindings)
        let referenceProblems = ObjectReferences.bodyExpressions(resource.body)
            .flatMap { run.baseScope.checkReferences(in: $0, bound: Set(instance.bindings.keys)) }
        run.report(referenceProblems)
        if referenceProblems.hasErrors { return nil }
        let (decoded, found) = BodyDecoder(context: context).decode(resource.body, schema: schema.block, blockRange: resource.range)
        run.report(found)
        if found.hasErrors { return nil }
        var config = decoded
        if let prior { config = IgnoredChanges.apply(resource.lifecycle, config: config, prior: prior, schema: schema.block) }
        let configPlain = config.unmarkedDeep().0
        let priorPlain = prior?.unmarkedDeep().0
        let type = resource.type
        run.report(entry.provider.validateResource(type: type, config: configPlain).map { ProviderDiagnostics.diagnostic($0, range: resource.range) })
        if run.diagnostics.hasErrors { return nil }
        var planned: PlannedResource
        do {
            planned = try await entry.provider.planResource(
                type: type, prior: priorPlain,
                proposed: ProposedNewState.value(schema: schema.block, prior: priorPlain, config: configPlain), config: configPlain)
        } catch {
            run.report(ProviderDiagnostics.diagnostics(error, range: resource.range))
            return nil
        }
        var action: ChangeAction
        var reason: ChangeReason?
        if priorPlain == nil {
            action = .create
        } else if object?.status == .tainted {
            (action, reason) = (.deleteThenCreate, .replaceBecauseTainted)
        } else if options.replace.contains(address) {
            (action, reason) = (.deleteThenCreate, .replaceByRequest)
        } else if !planned.requiresReplace.isEmpty {
            (action, reason) = (.deleteThenCreate, .replaceBecauseCannotUpdate)
        } else if replaceTriggered(resource) {
            (action, reason) = (.deleteThenCreate, .replaceByTriggers)
        } else {
            action = planned.plannedState == priorPlain ? .noOp : .update
        }
        if action.isReplace {
            if resource.lifecycle.createBeforeDestroy == true { action = .createThenDelete }
            if resource.lifecycle.preventDestroy == true {
                run.report([Self.preventDestroyError(address, range: resource.range)])
                return nil
            }
            let replacement: PlannedResource
            do {
                replacement = try await entry.provider.planResource(
                    type: type, prior: nil, proposed: ProposedNewState.value(schema: schema.block, prior: nil, config: configPlain),
                    config: configPlain)
            } catch {
                run.report(ProviderDiagnostics.diagnostics(error, range: resource.range))
                return nil
            }
            planned = PlannedResource(plannedState: replacement.plannedState, requiresReplace: planned.requiresReplace)
        }
        let sensitive = config.paths(markedWith: .sensitive)
        let after = SchemaMarks.apply(schema.block, to: planned.plannedState.marking(paths: sensitive, with: .sensitive))
        guard run.checkConditions(resource.postconditions, kind: .resourcePostcondition, bindings: instance.bindings, selfValue: after) else {
            return nil
        }
        recorder.record(ResourceChange(
            address: address, providerConfig: entry.stateText, action: action, reason: reason, before: prior, after: after,
            requiresReplace: planned.requiresReplace), resourceKey: changeKey(resource.address))
        return after
    }

    /// What reading an object found.
    enum Refreshed {
        case exists(Value)
        case gone
        case failed
    }

    /// Reads an object as it is now. Records drift when it changed or vanished outside iac.
    func refresh(
        _ object: ResourceInstanceObject, _ before: Value, entry: RunProviders.Entry, schema: Schema, range: SourceRange?
    ) async -> Refreshed {
        guard options.refresh else { return .exists(before) }
        options.refreshing?(object.address, object.deposedKey, before.attributes?["id"]?.unmarked().0.stringValue)
        let read: Value?
        do {
            read = try await entry.provider.readResource(type: object.address.resource.type, current: before.unmarkedDeep().0)
        } catch {
            run.report(ProviderDiagnostics.diagnostics(error, range: range))
            return .failed
        }
        guard let read else {
            recorder.recordDrift(ResourceChange(
                address: object.address, deposedKey: object.deposedKey, providerConfig: object.provider, action: .delete,
                before: before, after: nil))
            return .gone
        }
        let marked = SchemaMarks.apply(schema.block, to: read.marking(paths: object.sensitivePaths, with: .sensitive))
        if read != before.unmarkedDeep().0 {
            recorder.recordDrift(ResourceChange(
                address: object.address, deposedKey: object.deposedKey, providerConfig: object.provider, action: .update,
                before: before, after: marked))
        }
        return .exists(marked)
    }

    /// Plans the deletion of an object in state (after refreshing it: one already gone needs
    /// nothing).
    func planDelete(
        _ object: ResourceInstanceObject, reason: ChangeReason?, entry: RunProviders.Entry, schema: Schema, resource: ResourceDeclaration?
    ) async -> Bool {
        guard let before = decode(object, schema: schema, provider: entry.provider) else { return false }
        let current: Value
        switch await refresh(object, before, entry: entry, schema: schema, range: resource?.range) {
        case .failed: return false
        case .gone: return true
        case .exists(let value): current = value
        }
        if options.mode == .refreshOnly { return true }
        if resource?.lifecycle.preventDestroy == true {
            run.report([Self.preventDestroyError(object.address, range: resource?.range)])
            return false
        }
        recorder.record(ResourceChange(
            address: object.address, deposedKey: object.deposedKey, providerConfig: object.provider, action: .delete,
            reason: reason, before: current, after: nil), resourceKey: object.address.containingResource.text)
        return true
    }

    /// `plan -destroy`: every object of the resource that still exists is deleted; references
    /// see what refresh found.
    private func planDestroy(_ resource: ResourceDeclaration, objects: [ResourceInstanceObject], entry: RunProviders.Entry, schema: Schema) async -> Bool {
        var values: [InstanceKey?: Value] = [:]
        for object in objects where isTargeted(object.address) {
            guard let stored = decode(object, schema: schema, provider: entry.provider) else { return false }
            let before: Value
            switch await refresh(object, stored, entry: entry, schema: schema, range: resource.range) {
            case .failed: return false
            case .gone: continue
            case .exists(let current): before = current
            }
            if object.deposedKey == nil { values[object.address.key] = before }
            if resource.lifecycle.preventDestroy == true {
                run.report([Self.preventDestroyError(object.address, range: resource.range)])
                return false
            }
            recorder.record(ResourceChange(
                address: object.address, deposedKey: object.deposedKey, providerConfig: object.provider, action: .delete,
                before: before, after: nil), resourceKey: changeKey(resource.address))
        }
        let instances = values.keys.sorted(by: instanceKeyOrder).map { InstanceExpansion.Instance(key: $0, bindings: [:]) }
        let shape: InstanceExpansion.Shape = resource.count != nil ? .counted : resource.forEach != nil ? .keyed : .single
        run.objects.set(resource.address, InstanceExpansion(shape: shape, instances: instances).referenceValue(values))
        return true
    }

    /// Whether a resource that `replace_triggered_by` names is planned to change.
    private func replaceTriggered(_ resource: ResourceDeclaration) -> Bool {
        resource.lifecycle.replaceTriggeredBy.contains { expression in
            ObjectReferences.dependencyKeys(expression).contains { recorder.hasChanges(changeKey($0)) }
        }
    }

    static func preventDestroyError(_ address: ResourceInstanceAddress, range: SourceRange?) -> Diagnostic {
        .error(
            "Instance cannot be destroyed",
            "Resource \(address) has lifecycle.prevent_destroy set, but the plan calls for this resource to be destroyed. To avoid this error and continue with the plan, either disable lifecycle.prevent_destroy or reduce the scope of the plan using the -target option.",
            at: range)
    }
}
