import ArgumentParser
import Engine
import Foundation
import State

/// Opens the state for a command and holds its lock for as long as the command runs.
struct StateAccess {
    var store: SQLiteStateStore
    var locked: Bool

    /// Opens the state at `path`; with `lock`, takes the lock for `operation`, waiting up to
    /// `timeout` for another holder, and exits with Terraform's message when it cannot.
    static func open(path: String, lock: Bool, timeout: Duration, operation: String, workspace: Workspace) async throws -> StateAccess {
        let store = SQLiteStateStore(path: path, writerVersion: IAC.configuration.version)
        guard lock else { return StateAccess(store: store, locked: false) }
        do {
            if timeout > .zero { Terminal.write("Acquiring state lock. This may take a few moments...\n") }
            _ = try await store.lock(operation: operation, timeout: timeout)
        } catch {
            workspace.report([StateDiagnostics.diagnostic(error)])
            throw ExitCode(1)
        }
        return StateAccess(store: store, locked: true)
    }

    /// Releases the lock, reporting (not failing on) a problem doing so.
    func close(workspace: Workspace) {
        guard locked else { return }
        do {
            try store.unlock()
        } catch {
            workspace.report([StateDiagnostics.diagnostic(error)])
        }
    }

    /// The state now, or exit with the reason it cannot be read.
    func read(workspace: Workspace) throws -> StateSnapshot {
        do {
            return try store.read()
        } catch {
            workspace.report([StateDiagnostics.diagnostic(error)])
            throw ExitCode(1)
        }
    }
}
