import Config
import HCL
import ProviderKit
import State
import Values

/// Creates that a run recorded as started but never finished (the process was killed): each
/// is adopted when the provider finds the object it made, and otherwise reported and dropped,
/// so that the next plan creates it again instead of leaving an orphan.
public enum PendingCreates {
    public static func reconcile(_ pending: [PendingCreate], catalog: ProviderCatalog, store: any StateStore) async -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var providers: [String: any Provider] = [:]
        for create in pending {
            guard let address = RunProviders.address(inStateText: create.provider), let factory = catalog.factory(for: address) else {
                diagnostics.append(.warning("Interrupted create not checked", "\(create.address) was being created when iac was stopped, and its provider \(create.provider) is not available to check whether the object exists."))
                continue
            }
            let provider: any Provider
            if let existing = providers[create.provider] {
                provider = existing
            } else {
                provider = factory()
                do {
                    try await provider.configure(provider.schema.provider.block.nullObject)
                } catch {
                    diagnostics += ProviderDiagnostics.diagnostics(error, range: nil)
                    continue
                }
                providers[create.provider] = provider
            }
            let type = create.address.resource.type
            guard let schema = provider.schema.resources[type],
                  let planned = try? Value.decodingJSON(create.plannedJSON, as: schema.block.impliedType)
            else { continue }
            var found: Value?
            do {
                found = try await provider.findCreated(type: type, planned: planned)
            } catch {
                diagnostics += ProviderDiagnostics.diagnostics(error, range: nil)
            }
            do {
                if let found {
                    let object = try StoredObjects.object(
                        SchemaMarks.apply(schema.block, to: found), address: create.address, providerText: create.provider,
                        schema: schema, dependencies: [])
                    try store.put(object)
                    diagnostics.append(.warning(
                        "Adopted an interrupted create",
                        "\(create.address) was being created when iac was stopped. The object exists, so it is now recorded in the state."))
                } else {
                    diagnostics.append(.warning(
                        "Interrupted create",
                        "\(create.address) was being created when iac was stopped, and no object was found. It will be planned for creation again."))
                }
                try store.clearPendingCreate(create.address, deposedKey: create.deposedKey)
            } catch let error as StateError {
                diagnostics.append(StateDiagnostics.diagnostic(error))
            } catch {
                diagnostics.append(.error("Invalid new state", "\(error)"))
            }
        }
        return diagnostics
    }
}
