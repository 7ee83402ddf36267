import Addresses
import Config
import ProviderKit
import State
import Values

extension ApplyWalk {
    /// Reads every instance of a data source with its now-known configuration and records
    /// the result in state.
    func applyData(_ resource: ResourceDeclaration) async -> Bool {
        guard let (entry, schema) = run.schema(for: resource) else { return false }
        let (expansion, found) = InstanceExpansion.expand(resource, context: run.evaluationContext())
        run.report(found)
        guard let expansion else { return false }
        let address = run.address(of: resource)
        let deferred = plan.changes.contains { $0.address.containingResource == address && $0.action == .read }
        var values: [InstanceKey?: Value] = [:]
        for instance in expansion.instances {
            if stopping { return false }
            let instanceAddress = address.instance(instance.key)
            let (config, problems) = BodyDecoder(context: run.evaluationContext(bindings: instance.bindings))
                .decode(resource.body, schema: schema.block, blockRange: resource.range)
            run.report(problems)
            if problems.hasErrors { markFailed(); return false }
            let plain = config.unmarkedDeep().0
            let read: Value
            do {
                if deferred {
                    read = try await timed(instanceAddress, .read) { () async throws(ProviderError) -> Value in
                        try await entry.provider.readDataSource(type: resource.type, config: plain)
                    } id: { $0.attributes?["id"]?.stringValue }
                } else {
                    read = try await entry.provider.readDataSource(type: resource.type, config: plain)
                }
            } catch {
                report(error, address: instanceAddress, range: resource.range)
                return false
            }
            let value = SchemaMarks.apply(schema.block, to: read.marking(paths: config.paths(markedWith: .sensitive), with: .sensitive))
            values[instance.key] = value
            if let object = try? StoredObjects.object(value, address: instanceAddress, providerText: entry.stateText, schema: schema, dependencies: []) {
                guard commit({ () throws(StateError) in try store.put(object) }) else { return false }
            }
        }
        run.objects.set(resource.address, expansion.referenceValue(values))
        return true
    }
}
