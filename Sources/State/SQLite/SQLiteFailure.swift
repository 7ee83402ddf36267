import SQLite

/// An error SQLite reported: its result code and message.
struct SQLiteFailure: Error, Sendable, Equatable {
    var code: Int32
    var message: String

    /// Whether the error says the file is not a database or is damaged.
    var isCorruption: Bool {
        let primary = code & 0xFF
        return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB
    }
}
