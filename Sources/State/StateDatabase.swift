import Foundation

/// A store's connection to its file, opened when first needed. A file that does not exist is
/// created by the first write only; an existing file is inspected, without being changed, before
/// iac opens it for writing; iac's tables are made (or migrated) when first written.
struct StateDatabase {
    let path: String
    /// The lineage the state gets if this store creates it.
    let newLineage: String
    let writerVersion: String?
    private var connection: SQLiteConnection?
    private var hasTables = false

    init(path: String, newLineage: String, writerVersion: String?) {
        self.path = path
        self.newLineage = newLineage
        self.writerVersion = writerVersion
    }

    /// The connection to read through; nil while the file does not exist or holds no state yet.
    mutating func forReading() throws(StateError) -> SQLiteConnection? {
        if connection == nil {
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            try openExisting()
        }
        if !hasTables, let connection {
            // Another store may have made the tables since this one looked.
            if case .state = try StateFileInspection.kind(of: connection, path: path) {
                hasTables = true
            }
        }
        return hasTables ? connection : nil
    }

    /// The connection to write through, creating the file and iac's tables when needed.
    mutating func forWriting() throws(StateError) -> SQLiteConnection {
        let open: SQLiteConnection
        if let connection {
            open = connection
        } else if FileManager.default.fileExists(atPath: path) {
            open = try openExisting()
        } else {
            open = try Self.connect(path: path, access: .readWriteCreate)
            connection = open
        }
        if !hasTables {
            try createTables(open)
            hasTables = true
        }
        return open
    }

    @discardableResult
    private mutating func openExisting() throws(StateError) -> SQLiteConnection {
        let kind = try StateFileInspection.inspect(path: path)
        let open = try Self.connect(path: path, access: .readWrite)
        connection = open
        if case .state(let version) = kind {
            if version < StateSchema.currentVersion { try createTables(open) }
            hasTables = true
        }
        return open
    }

    /// Makes a blank database an iac state, or migrates an older one, in one transaction.
    private func createTables(_ connection: SQLiteConnection) throws(StateError) {
        let outcome: Result<StateFileKind, StateError>
        do {
            try connection.execute("PRAGMA journal_mode = WAL")
            outcome = try connection.transaction(writing: true) { () throws(SQLiteFailure) in
                let contents = try DatabaseContents(connection)
                let kind = Result { () throws(StateError) in try contents.kind(path: path) }
                guard case .success(let found) = kind else { return kind }
                if case .state(let version) = found {
                    try StateSchema.migrate(connection, from: version)
                } else {
                    try StateSchema.migrate(connection, from: 0)
                }
                try connection.statement(StateStatements.insertMetadata).run([
                    .text(newLineage), .real(Date().timeIntervalSince1970), .text(writerVersion),
                ])
                return kind
            }
        } catch {
            throw .writeFailed("cannot create the state's tables in \(path): \(error.message)")
        }
        _ = try outcome.get()
    }

    /// Opens `path` with the settings every connection uses. `synchronous = NORMAL` in WAL mode:
    /// a commit is in the operating system's hands before the call returns, so a killed process
    /// loses nothing, and the database stays intact through a power cut (which may undo the last
    /// commits). `FULL` would add an fsync to every commit: about 30 times slower per change
    /// here (4 ms against 0.13 ms), minutes over an apply of 10,000 resources.
    private static func connect(path: String, access: SQLiteConnection.Access) throws(StateError) -> SQLiteConnection {
        do {
            let connection = try SQLiteConnection(path: path, access: access)
            try connection.execute("PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000")
            return connection
        } catch {
            throw StateFileInspection.unreadable(path: path, error)
        }
    }
}
