import Config
import HCL
import State
import Values

/// Applies a plan: deletions first (dependents before what they depend on), then the graph
/// in dependency order, each provider call's result committed to state as it finishes.
public enum Applier {
    public static func apply(
        _ plan: Plan, context: RunContext, store: any StateStore, options: ApplyOptions,
        events: @escaping @Sendable (ApplyEvent) -> Void
    ) async -> (ApplyResult, [Diagnostic]) {
        let state: StateSnapshot
        do {
            state = try store.read()
        } catch {
            return (ApplyResult(), [StateDiagnostics.diagnostic(error)])
        }
        guard state.lineage == plan.lineage || plan.serial == 0, state.serial == plan.serial else {
            return (ApplyResult(), [.error(
                "Saved plan is stale",
                "The given plan file can no longer be applied because the state was changed by another operation after the plan was created.")])
        }
        let run: Run
        do {
            run = try Run(context: context, stateProviders: Set(state.objects.map(\.provider)))
        } catch {
            return (ApplyResult(), error.diagnostics)
        }
        let serial: Int
        do {
            serial = try store.beginRun(operation: plan.mode == .destroy ? "destroy" : "apply")
        } catch {
            return (ApplyResult(), [StateDiagnostics.diagnostic(error)])
        }
        let walk = ApplyWalk(run: run, plan: plan, state: state, store: store, options: options, events: events)
        await walk.run()
        let result = walk.result
        let summary = "\(result.added) added, \(result.changed) changed, \(result.destroyed) destroyed" + (result.interrupted ? " (interrupted)" : "")
        var diagnostics = run.diagnostics
        do {
            try store.finishRun(serial: serial, summary: summary)
        } catch {
            diagnostics.append(StateDiagnostics.diagnostic(error))
        }
        return (result, diagnostics)
    }
}

/// State errors in the engine's currency.
public enum StateDiagnostics {
    public static func diagnostic(_ error: StateError) -> Diagnostic {
        switch error {
        case .locked(let info):
            return .error(
                "Error acquiring the state lock",
                "The state is locked.\nLock Info:\n  ID:        \(info.id)\n  Path:      \(info.path)\n  Operation: \(info.operation)\n  Who:       \(info.who)\n  Process:   \(info.processID)\n  Created:   \(info.created)\n\niac acquires a state lock to protect the state from being written by multiple users at the same time. Please resolve the issue above and try again. For most commands, you can disable locking with the \"-lock=false\" flag, but this is not recommended.")
        case .unreadable(let path, let reason):
            return .error("Failed to load state", "The state file \(path) cannot be read: \(reason). iac has not changed it.")
        case .newerVersion(let path, let found, let supported):
            return .error(
                "Unsupported state version",
                "The state file \(path) was written by a newer version of iac (state schema \(found); this version supports up to \(supported)). Upgrade iac to use it; the file has not been changed.")
        case .writeFailed(let reason):
            return .error("Failed to save state", reason)
        case .lockIDMismatch(let given, let held):
            return .error("Failed to unlock state", "The lock ID \(given) does not match the lock held" + (held.map { " (\($0))" } ?? " (the state is not locked)") + ".")
        }
    }
}
