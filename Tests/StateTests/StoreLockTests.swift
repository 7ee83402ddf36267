import Foundation
import Testing
@testable import State

@Suite("SQLite state store: the state lock")
struct StoreLockTests {
    @Test("a second store waits for the timeout, then fails naming the holder; it gets the lock once released")
    func contention() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        let first = SQLiteStateStore(path: path)
        let second = SQLiteStateStore(path: path)
        let held = try await first.lock(operation: "apply", timeout: .zero)
        #expect(held.operation == "apply")
        #expect(held.who == RunIdentity.who)
        #expect(held.processID == getpid())
        #expect(held.path == path)
        #expect(UUID(uuidString: held.id) != nil)
        #expect(second.lockHolder() == held)

        let clock = ContinuousClock()
        let started = clock.now
        await #expect(throws: StateError.locked(held)) {
            try await second.lock(operation: "plan", timeout: .milliseconds(350))
        }
        #expect(clock.now - started >= .milliseconds(350))

        try first.unlock()
        #expect(second.lockHolder() == nil)
        let taken = try await second.lock(operation: "plan", timeout: .zero)
        #expect(taken.operation == "plan")
        #expect(first.lockHolder() == taken)
        try second.unlock()
    }

    @Test("a waiting store gets the lock as soon as its holder releases it")
    func waitsForRelease() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        let first = SQLiteStateStore(path: path)
        let second = SQLiteStateStore(path: path)
        _ = try await first.lock(operation: "apply", timeout: .zero)
        let releaser = Task {
            try await Task.sleep(for: .milliseconds(300))
            try first.unlock()
        }
        let clock = ContinuousClock()
        let started = clock.now
        let info = try await second.lock(operation: "apply", timeout: .seconds(60))
        #expect(clock.now - started >= .milliseconds(250))
        #expect(second.lockHolder() == info)
        try await releaser.value
        try second.unlock()
    }

    @Test("a lock whose holder was killed with SIGKILL does not block the next run")
    func killedHolder() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        holder.arguments = ["-c", #"exec 9>"$0"; flock -x 9; echo locked; exec sleep 60"#, path + ".lock"]
        let output = Pipe()
        holder.standardOutput = output
        try holder.run()
        let line = output.fileHandleForReading.availableData
        #expect(String(decoding: line, as: UTF8.self) == "locked\n")

        let store = SQLiteStateStore(path: path)
        let unknown = LockInfo(id: "", who: "unknown", operation: "unknown", created: Date(timeIntervalSince1970: 0), processID: 0, path: path)
        await #expect(throws: StateError.locked(unknown)) {
            try await store.lock(operation: "apply", timeout: .zero)
        }
        kill(holder.processIdentifier, SIGKILL)
        holder.waitUntilExit()
        #expect(holder.terminationReason == .uncaughtSignal)

        let info = try await store.lock(operation: "apply", timeout: .zero)
        #expect(store.lockHolder() == info)
        try store.unlock()
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
    }

    @Test("force-unlock needs the holder's lock ID; for another holder it clears the recorded details")
    func forceUnlock() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        let first = SQLiteStateStore(path: path)
        let second = SQLiteStateStore(path: path)
        #expect(throws: StateError.lockIDMismatch(given: "nope", held: nil)) { try second.forceUnlock(id: "nope") }

        let held = try await first.lock(operation: "apply", timeout: .zero)
        #expect(throws: StateError.lockIDMismatch(given: "nope", held: held.id)) { try second.forceUnlock(id: "nope") }
        try second.forceUnlock(id: held.id)
        #expect(second.lockHolder() == nil)
        #expect(first.lockHolder() == held)

        try first.forceUnlock(id: held.id)
        #expect(first.lockHolder() == nil)
        _ = try await second.lock(operation: "plan", timeout: .zero)
        try second.unlock()
    }

    @Test("a store that holds the lock cannot take it again, and unlocking twice is harmless")
    func relock() async throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.path("iac.state"))
        let held = try await store.lock(operation: "apply", timeout: .zero)
        await #expect(throws: StateError.locked(held)) { try await store.lock(operation: "plan", timeout: .zero) }
        try store.unlock()
        try store.unlock()
        #expect(store.lockHolder() == nil)
    }

    @Test("locking creates no state file, and a released store's lock is freed with it")
    func lockLeavesStateAlone() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        do {
            let store = SQLiteStateStore(path: path)
            _ = try await store.lock(operation: "plan", timeout: .zero)
            #expect(FileManager.default.fileExists(atPath: path + ".lock"))
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        let next = SQLiteStateStore(path: path)
        _ = try await next.lock(operation: "plan", timeout: .zero)
        try next.unlock()
    }

    @Test("the lock error says who holds the lock, doing what, since when")
    func lockedMessage() {
        let info = LockInfo(
            id: "0b6c8a0e-1f2a-4c3b-9d4e-5f6a7b8c9d0e", who: "ana@build-1", operation: "apply",
            created: Date(timeIntervalSince1970: 1_700_000_000), processID: 4242, path: "iac.state")
        #expect(StateError.locked(info).message == """
            Error acquiring the state lock: the state is locked by another run.
            Lock Info:
              ID:        0b6c8a0e-1f2a-4c3b-9d4e-5f6a7b8c9d0e
              Path:      iac.state
              Operation: apply
              Who:       ana@build-1
              PID:       4242
              Created:   2023-11-14T22:13:20Z
            """)
    }
}
