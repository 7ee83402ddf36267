import Addresses
import Foundation

/// Why a state operation failed, in words for the user.
public enum StateError: Error, Sendable, Equatable {
    /// The state is locked by someone else and stayed locked for the whole timeout.
    case locked(LockInfo)
    /// The file is not an iac state (not SQLite, damaged, or unknown schema).
    case unreadable(path: String, reason: String)
    /// The state was written by a newer iac; it is left untouched.
    case newerVersion(path: String, found: Int, supported: Int)
    /// A write failed; nothing of it was recorded.
    case writeFailed(String)
    /// `force-unlock` named a lock that is not the one held.
    case lockIDMismatch(given: String, held: String?)
}

/// Where state lives and how it changes: every change is committed at once, in its own
/// transaction, so a run killed at any instant loses nothing that finished.
public protocol StateStore: Sendable {
    /// Everything in state now. A store that does not exist yet reads as empty with a new
    /// lineage and serial 0.
    func read() throws(StateError) -> StateSnapshot

    /// Takes the lock for `operation`, waiting up to `timeout` for a holder to finish.
    func lock(operation: String, timeout: Duration) async throws(StateError) -> LockInfo

    /// Releases the lock this process holds.
    func unlock() throws(StateError)

    /// Removes a lock held by someone else, when `id` names it.
    func forceUnlock(id: String) throws(StateError)

    /// Starts a run that changes state: increments the serial and opens a history entry.
    /// Returns the new serial.
    func beginRun(operation: String) throws(StateError) -> Int

    /// Records how the run that `serial` numbers ended.
    func finishRun(serial: Int, summary: String) throws(StateError)

    /// Inserts or replaces one object (keyed by address and deposed key).
    func put(_ object: ResourceInstanceObject) throws(StateError)

    /// Removes one object; removing one that is not there is not an error.
    func remove(_ address: ResourceInstanceAddress, deposedKey: String?) throws(StateError)

    /// Records a create about to start.
    func recordPendingCreate(_ pending: PendingCreate) throws(StateError)

    /// Clears the record of a create that finished (or was reconciled).
    func clearPendingCreate(_ address: ResourceInstanceAddress, deposedKey: String?) throws(StateError)

    /// Replaces the root module's outputs.
    func setOutputs(_ outputs: [String: OutputState]) throws(StateError)

    /// Replaces the whole state (state push, import from Terraform's JSON), keeping the lineage
    /// of `snapshot`.
    func replace(with snapshot: StateSnapshot) throws(StateError)

    /// Every run recorded, oldest first.
    func history() throws(StateError) -> [HistoryEntry]
}
