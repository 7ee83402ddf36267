import Addresses
import Foundation
import State
import Synchronization

/// A state store in memory, for engine tests that do not exercise SQLite.
final class MemoryStateStore: StateStore {
    private let snapshot = Mutex(StateSnapshot(lineage: "test-lineage", serial: 0))

    func read() throws(StateError) -> StateSnapshot { snapshot.withLock { $0 } }

    func lock(operation: String, timeout: Duration) async throws(StateError) -> LockInfo {
        LockInfo(id: "lock", who: "test", operation: operation, created: Date(), processID: 0, path: "memory")
    }

    func unlock() throws(StateError) {}
    func forceUnlock(id: String) throws(StateError) {}

    func beginRun(operation: String) throws(StateError) -> Int {
        snapshot.withLock { state in
            state.serial += 1
            return state.serial
        }
    }

    func finishRun(serial: Int, summary: String) throws(StateError) {}

    func put(_ object: ResourceInstanceObject) throws(StateError) {
        snapshot.withLock { state in
            state.objects.removeAll { $0.address == object.address && $0.deposedKey == object.deposedKey }
            state.objects.append(object)
        }
    }

    func remove(_ address: ResourceInstanceAddress, deposedKey: String?) throws(StateError) {
        snapshot.withLock { state in state.objects.removeAll { $0.address == address && $0.deposedKey == deposedKey } }
    }

    func recordPendingCreate(_ pending: PendingCreate) throws(StateError) {
        snapshot.withLock { $0.pendingCreates.append(pending) }
    }

    func clearPendingCreate(_ address: ResourceInstanceAddress, deposedKey: String?) throws(StateError) {
        snapshot.withLock { state in state.pendingCreates.removeAll { $0.address == address && $0.deposedKey == deposedKey } }
    }

    func setOutputs(_ outputs: [String: OutputState]) throws(StateError) {
        snapshot.withLock { $0.outputs = outputs }
    }

    func replace(with new: StateSnapshot) throws(StateError) {
        snapshot.withLock { $0 = new }
    }

    func history() throws(StateError) -> [HistoryEntry] { [] }
}
