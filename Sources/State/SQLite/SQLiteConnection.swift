import SQLite

/// One open SQLite database with its prepared statements kept for reuse. Not thread-safe: its
/// owner serializes access to it.
final class SQLiteConnection {
    /// How the file is opened.
    enum Access {
        case readOnly
        case readWrite
        /// Read-write, creating the file when it does not exist.
        case readWriteCreate
    }

    let path: String
    private let handle: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]

    init(path: String, access: Access) throws(SQLiteFailure) {
        var flags = SQLITE_OPEN_NOMUTEX
        switch access {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var opened: OpaquePointer?
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        guard code == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_close_v2(opened)
            throw SQLiteFailure(code: code, message: message)
        }
        sqlite3_extended_result_codes(opened, 1)
        handle = opened
        self.path = path
    }

    deinit {
        statements.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that take no parameters and return no rows.
    func execute(_ sql: String) throws(SQLiteFailure) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else {
            throw SQLiteFailure(code: code, message: String(cString: sqlite3_errmsg(handle)))
        }
    }

    /// The prepared statement for `sql`, compiled on first use and kept.
    func statement(_ sql: String) throws(SQLiteFailure) -> SQLiteStatement {
        if let cached = statements[sql] { return cached }
        let prepared = try SQLiteStatement(sql: sql, database: handle)
        statements[sql] = prepared
        return prepared
    }

    /// The first column of the first row `sql` returns, as an integer; 0 when there is none.
    func integer(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteFailure) -> Int {
        var result = 0
        var seen = false
        try statement(sql).forEachRow(values) { row in
            if !seen { result = row.integer(0) }
            seen = true
        }
        return result
    }

    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    /// A writing transaction takes the write lock at once, so that it never fails half-way for
    /// another writer.
    func transaction<Result>(writing: Bool, _ body: () throws(SQLiteFailure) -> Result) throws(SQLiteFailure) -> Result {
        try statement(writing ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED").run()
        do {
            let result = try body()
            try statement("COMMIT").run()
            return result
        } catch {
            if sqlite3_get_autocommit(handle) == 0 {
                try? statement("ROLLBACK").run()
            }
            throw error
        }
    }
}
