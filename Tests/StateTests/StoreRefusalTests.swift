import Foundation
import Testing
@testable import State

@Suite("SQLite state store: files it must not touch")
struct StoreRefusalTests {
    /// Checks that reading and writing through a new store both fail with `expected` and leave
    /// the file's bytes as they were.
    private func expectRefusal(_ path: String, _ expected: StateError) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = SQLiteStateStore(path: path)
        #expect(throws: expected) { try store.read() }
        #expect(throws: expected) { try store.put(plainObject("local_file.a")) }
        #expect(throws: expected) { _ = try store.beginRun(operation: "apply") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("a Terraform JSON state is refused and left as it is")
    func terraformJSON() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        try stateFixture("terraform.tfstate").write(toFile: path, atomically: true, encoding: .utf8)
        try expectRefusal(path, .unreadable(
            path: path,
            reason: "it looks like a Terraform JSON state (terraform.tfstate), not an iac state database. "
                + "iac did not change it; import it into a new iac state at another path instead."))
    }

    @Test("a file of other bytes is refused and left as it is")
    func randomBytes() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        try expectRefusal(path, .unreadable(
            path: path,
            reason: "it is not an iac state (not an SQLite database). iac did not change it; use another state path, or move the file away."))
    }

    @Test("a file shorter than SQLite's header is refused")
    func shortFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        try Data("SQLite format 3\0".utf8).write(to: URL(fileURLWithPath: path))
        try expectRefusal(path, .unreadable(
            path: path,
            reason: "it is not an iac state (not an SQLite database). iac did not change it; use another state path, or move the file away."))
    }

    @Test("another program's SQLite database is refused and left as it is")
    func foreignDatabase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        do {
            let connection = try SQLiteConnection(path: path, access: .readWriteCreate)
            try connection.execute("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')")
        }
        try expectRefusal(path, .unreadable(
            path: path,
            reason: "it is an SQLite database, but not an iac state (it has none of iac's tables). "
                + "iac did not change it; use another state path, or move the file away."))
    }

    @Test("an iac state missing one of its tables is refused and left as it is")
    func missingTable() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        try SQLiteStateStore(path: path).put(plainObject("local_file.a"))
        do {
            let connection = try SQLiteConnection(path: path, access: .readWrite)
            try connection.execute("DROP TABLE history; PRAGMA journal_mode = DELETE")
        }
        try expectRefusal(path, .unreadable(
            path: path,
            reason: "it is an iac state, but some of its tables are missing (history). iac did not change it; restore it from a backup."))
    }

    @Test("a state written by a newer schema version is refused and left as it is")
    func newerVersion() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        try SQLiteStateStore(path: path).put(plainObject("local_file.a"))
        do {
            let connection = try SQLiteConnection(path: path, access: .readWrite)
            try connection.execute("PRAGMA user_version = 99")
        }
        let expected = StateError.newerVersion(path: path, found: 99, supported: 1)
        try expectRefusal(path, expected)
        #expect(expected.message == "The state file \(path) was written by a newer version of iac (state schema version 99; "
            + "this version reads up to 1). It was left untouched: upgrade iac to use it.")
    }

    @Test("a damaged database is refused by the integrity check and left as it is")
    func damaged() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        do {
            let store = SQLiteStateStore(path: path)
            let attributes = #"{"content":""# + String(repeating: "x", count: 3000) + #""}"#
            try store.replace(with: StateSnapshot(
                lineage: "l", serial: 1, objects: (0..<200).map { plainObject("local_file.f[\($0)]", attributes: attributes) }))
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 4096 * 40)
        try handle.write(contentsOf: Data(repeating: 0xA5, count: 4096 * 3))
        try handle.close()

        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let store = SQLiteStateStore(path: path)
        let error = try #require(throws: StateError.self) { try store.read() }
        guard case .unreadable(let reportedPath, let reason) = error else {
            Issue.record("expected an unreadable state, got \(error)")
            return
        }
        #expect(reportedPath == path)
        #expect(reason.hasPrefix("the database is damaged ("))
        #expect(reason.hasSuffix("). iac did not change it; restore it from a backup, or use another state path."))
        #expect(throws: error) { try store.put(plainObject("local_file.a")) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("damage that queries do not notice (a wrong free-list count) is found by the integrity check")
    func quietDamage() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        try SQLiteStateStore(path: path).put(plainObject("local_file.a"))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seek(toOffset: 36)
        try handle.write(contentsOf: Data([0, 0, 0, 5]))
        try handle.close()
        try expectRefusal(path, .unreadable(
            path: path,
            reason: "the database is damaged (*** in database main ***\nMain freelist: size is 0 but should be 5). "
                + "iac did not change it; restore it from a backup, or use another state path."))
    }

    @Test("an empty file becomes a state on the first write, and reading it first changes nothing")
    func emptyFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        #expect(FileManager.default.createFile(atPath: path, contents: Data()))
        let store = SQLiteStateStore(path: path)
        let empty = try store.read()
        #expect(empty.serial == 0 && empty.objects.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)

        try store.put(plainObject("local_file.a"))
        let snapshot = try store.read()
        #expect(snapshot.objects == [plainObject("local_file.a")])
        #expect(snapshot.lineage == empty.lineage)
        #expect(try SQLiteStateStore(path: path).read() == snapshot)
    }

    @Test("a new state is stamped with iac's application id and the current schema version, in WAL mode")
    func stamped() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        let store = SQLiteStateStore(path: path, writerVersion: "0.1.0")
        try store.put(plainObject("local_file.a"))
        let connection = try SQLiteConnection(path: path, access: .readOnly)
        #expect(try connection.integer("PRAGMA application_id") == 0x6961_6353)
        #expect(try connection.integer("PRAGMA user_version") == StateSchema.currentVersion)
        var journalMode = ""
        try connection.statement("PRAGMA journal_mode").forEachRow { journalMode = $0.text(0) }
        #expect(journalMode == "wal")
        var writtenBy = ""
        try connection.statement("SELECT written_by FROM metadata").forEachRow { writtenBy = $0.text(0) }
        #expect(writtenBy == "0.1.0")
        #expect(try StateFileInspection.inspect(path: path) == .state(version: 1))
    }

    @Test("an older schema version is migrated forward when the state is opened")
    func migration() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        do {
            let connection = try SQLiteConnection(path: path, access: .readWriteCreate)
            try connection.execute("PRAGMA application_id = \(StateSchema.applicationID)")
        }
        #expect(try StateFileInspection.inspect(path: path) == .state(version: 0))
        let store = SQLiteStateStore(path: path)
        #expect(try store.read().objects.isEmpty)
        #expect(try StateFileInspection.inspect(path: path) == .state(version: StateSchema.currentVersion))
        try store.put(plainObject("local_file.a"))
        #expect(try store.read().objects.count == 1)
    }

    @Test("a directory in the state's place is refused")
    func directoryPath() throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.url.path)
        #expect(throws: StateError.unreadable(path: directory.url.path, reason: "it is a directory; give the path of a state file.")) {
            try store.read()
        }
    }
}
