import Foundation

/// The lock a store holds: the locked descriptor of the lock file and what it recorded there.
struct HeldLock {
    var descriptor: Int32
    var info: LockInfo
}

extension SQLiteStateStore {
    /// Polls for the lock every 100 ms until `timeout` has passed; a timeout of zero tries once.
    public func lock(operation: String, timeout: Duration) async throws(StateError) -> LockInfo {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        while true {
            if let info = try takeLock(operation: operation) { return info }
            let now = clock.now
            guard now < deadline, !Task.isCancelled else {
                throw .locked(lockFile.recordedInfo() ?? unknownHolder)
            }
            try? await Task.sleep(for: min(.milliseconds(100), now.duration(to: deadline)))
        }
    }

    public func unlock() throws(StateError) {
        heldLock.withLock { held in
            if let current = held {
                lockFile.release(descriptor: current.descriptor)
                held = nil
            }
        }
    }

    /// Releases this store's own lock when `id` names it; otherwise clears the details another
    /// holder recorded (its `flock`, if it is alive here, stays until it exits).
    public func forceUnlock(id: String) throws(StateError) {
        if heldLock.withLock({ $0?.info.id }) == id {
            try unlock()
            return
        }
        let recorded = lockFile.recordedInfo()
        guard let recorded, recorded.id == id else {
            throw .lockIDMismatch(given: id, held: recorded?.id)
        }
        lockFile.clearRecordedInfo()
    }

    /// Who holds the lock now (this store or another), for messages; nil when it is free or
    /// its holder recorded nothing.
    public func lockHolder() -> LockInfo? {
        if let own = heldLock.withLock({ $0?.info }) { return own }
        return lockFile.isHeld() ? lockFile.recordedInfo() : nil
    }

    /// Tries once: the new lock's details, or nil when someone else holds it.
    private func takeLock(operation: String) throws(StateError) -> LockInfo? {
        try heldLock.withLock { held throws(StateError) in
            if let current = held { throw .locked(current.info) }
            guard let descriptor = try lockFile.acquire() else { return nil }
            let proposed = LockInfo(
                id: UUID().uuidString.lowercased(), who: who, operation: operation, created: Date(),
                processID: getpid(), path: path)
            let record = LockInfoRecord(proposed).encoded
            // What a waiter reads back: the time as precise as the record keeps it.
            let info = LockInfoRecord.info(from: record) ?? proposed
            lockFile.record(record, descriptor: descriptor)
            held = HeldLock(descriptor: descriptor, info: info)
            return info
        }
    }

    /// Stands for a holder that recorded nothing: another tool, or a run killed before it wrote.
    private var unknownHolder: LockInfo {
        LockInfo(id: "", who: "unknown", operation: "unknown", created: Date(timeIntervalSince1970: 0), processID: 0, path: path)
    }
}
