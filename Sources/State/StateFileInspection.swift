import Foundation
import SQLite

/// What an existing state file holds.
enum StateFileKind: Equatable {
    /// An empty SQLite database (or an empty file): iac makes it a state on the first write.
    case blank
    /// An iac state at the given schema version.
    case state(version: Int)
}

/// Decides what a file is without changing it, and refuses anything that is not an iac state
/// this build can read.
enum StateFileInspection {
    private static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Looks at the file's first bytes, then, through a read-only connection, checks it for
    /// damage (`PRAGMA quick_check`) and for iac's marks and tables.
    static func inspect(path: String) throws(StateError) -> StateFileKind {
        let head = try leadingBytes(of: path, count: 100)
        if head.isEmpty { return .blank }
        guard head.count == 100, head.starts(with: sqliteHeader) else {
            throw .unreadable(path: path, reason: notSQLiteReason(head))
        }
        let contents: DatabaseContents
        do {
            let connection = try SQLiteConnection(path: path, access: .readOnly)
            // Another process closing its connection checkpoints the WAL and holds the file
            // briefly; wait for it as every other connection does.
            try connection.execute("PRAGMA busy_timeout = 10000")
            contents = try connection.transaction(writing: false) { () throws(SQLiteFailure) in
                try checkIntegrity(connection)
                return try DatabaseContents(connection)
            }
        } catch {
            throw unreadable(path: path, error)
        }
        return try contents.kind(path: path)
    }

    /// The error for a failure SQLite reported while reading the file at `path`.
    static func unreadable(path: String, _ failure: SQLiteFailure) -> StateError {
        if failure.isCorruption {
            return .unreadable(
                path: path,
                reason: "the database is damaged (\(failure.message)). iac did not change it; restore it from a backup, "
                    + "or use another state path.")
        }
        return .unreadable(path: path, reason: "SQLite could not read it: \(failure.message).")
    }

    /// What an open database holds now.
    static func kind(of connection: SQLiteConnection, path: String) throws(StateError) -> StateFileKind {
        let contents: DatabaseContents
        do {
            contents = try DatabaseContents(connection)
        } catch {
            throw unreadable(path: path, error)
        }
        return try contents.kind(path: path)
    }

    /// Throws a corruption failure listing what `PRAGMA quick_check` found, if anything.
    private static func checkIntegrity(_ connection: SQLiteConnection) throws(SQLiteFailure) {
        var problems: [String] = []
        try connection.statement("PRAGMA quick_check").forEachRow { row in
            problems.append(row.text(0))
        }
        guard problems != ["ok"] else { return }
        throw SQLiteFailure(code: SQLITE_CORRUPT, message: problems.prefix(3).joined(separator: "; "))
    }

    private static func leadingBytes(of path: String, count: Int) throws(StateError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw .unreadable(path: path, reason: "it is a directory; give the path of a state file.")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "it cannot be opened for reading; check its permissions.")
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.read(upToCount: count) ?? Data())
        } catch {
            throw .unreadable(path: path, reason: "it cannot be read: \(error.localizedDescription)")
        }
    }

    private static func notSQLiteReason(_ head: [UInt8]) -> String {
        let firstVisible = head.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        if firstVisible == UInt8(ascii: "{") {
            return "it looks like a Terraform JSON state (terraform.tfstate), not an iac state database. "
                + "iac did not change it; import it into a new iac state at another path instead."
        }
        return "it is not an iac state (not an SQLite database). iac did not change it; "
            + "use another state path, or move the file away."
    }
}

/// The marks and tables of an SQLite database, read to tell an iac state from anything else.
struct DatabaseContents {
    var applicationID: Int
    var version: Int
    var tables: Set<String>

    init(_ connection: SQLiteConnection) throws(SQLiteFailure) {
        applicationID = try connection.integer("PRAGMA application_id")
        version = try connection.integer("PRAGMA user_version")
        var names: Set<String> = []
        try connection.statement("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            .forEachRow { row in names.insert(row.text(0)) }
        tables = names
    }

    func kind(path: String) throws(StateError) -> StateFileKind {
        if applicationID == StateSchema.applicationID {
            if version > StateSchema.currentVersion {
                throw .newerVersion(path: path, found: version, supported: StateSchema.currentVersion)
            }
            let missing = StateSchema.tables.subtracting(tables).sorted()
            if version == StateSchema.currentVersion, !missing.isEmpty {
                throw .unreadable(
                    path: path,
                    reason: "it is an iac state, but some of its tables are missing (\(missing.joined(separator: ", "))). "
                        + "iac did not change it; restore it from a backup.")
            }
            return .state(version: version)
        }
        if applicationID == 0, version == 0, tables.isEmpty { return .blank }
        throw .unreadable(
            path: path,
            reason: "it is an SQLite database, but not an iac state (it has none of iac's tables). "
                + "iac did not change it; use another state path, or move the file away.")
    }
}
