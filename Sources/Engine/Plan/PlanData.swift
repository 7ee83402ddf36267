import Addresses
import Config
import HCL
import ProviderKit
import Values

extension PlanWalk {
    /// Reads a data source now when its configuration is known and nothing it depends on is
    /// about to change; otherwise plans the read for apply, its results unknown until then.
    func planData(_ resource: ResourceDeclaration) async -> Bool {
        guard let (entry, schema) = run.schema(for: resource) else { return false }
        if options.mode == .destroy {
            run.objects.set(resource.address, .dynamicUnknown)
            return true
        }
        let (expansion, found) = InstanceExpansion.expand(resource, context: run.evaluationContext())
        run.report(found)
        guard let expansion else { return false }
        let address = run.address(of: resource)
        recorder.recordConfigured(address)
        let dependencyPending = ObjectReferences.dependencyKeys(resource.dependsOn).contains { recorder.hasChanges(changeKey($0)) }
        var values: [InstanceKey?: Value] = [:]
        for instance in expansion.instances {
            let instanceAddress = address.instance(instance.key)
            let referenceProblems = ObjectReferences.bodyExpressions(resource.body)
                .flatMap { run.baseScope.checkReferences(in: $0, bound: Set(instance.bindings.keys)) }
            run.report(referenceProblems)
            if referenceProblems.hasErrors { return false }
            let (config, problems) = BodyDecoder(context: run.evaluationContext(bindings: instance.bindings))
                .decode(resource.body, schema: schema.block, blockRange: resource.range)
            run.report(problems)
            if problems.hasErrors { return false }
            let plain = config.unmarkedDeep().0
            run.report(entry.provider.validateDataSource(type: resource.type, config: plain).map { ProviderDiagnostics.diagnostic($0, range: resource.range) })
            if !plain.isWhollyKnown || dependencyPending {
                let after = SchemaMarks.apply(schema.block, to: ProposedNewState.value(schema: schema.block, prior: nil, config: plain))
                recorder.record(ResourceChange(
                    address: instanceAddress, providerConfig: entry.stateText, action: .read,
                    reason: dependencyPending ? .readBecauseDependencyPending : .readBecauseConfigUnknown,
                    before: nil, after: after), resourceKey: changeKey(resource.address))
                values[instance.key] = after
                continue
            }
            do {
                options.reading?(.started(instanceAddress, .read, deposedKey: nil))
                let clock = ContinuousClock()
                let start = clock.now
                let read = try await entry.provider.readDataSource(type: resource.type, config: plain)
                let seconds = Int((clock.now - start).components.seconds)
                options.reading?(.finished(instanceAddress, .read, deposedKey: nil, seconds: seconds, id: read.attributes?["id"]?.stringValue))
                let sensitive = config.paths(markedWith: .sensitive)
                values[instance.key] = SchemaMarks.apply(schema.block, to: read.marking(paths: sensitive, with: .sensitive))
            } catch {
                run.report(ProviderDiagnostics.diagnostics(error, range: resource.range))
                return false
            }
        }
        run.objects.set(resource.address, expansion.referenceValue(values))
        return true
    }
}
