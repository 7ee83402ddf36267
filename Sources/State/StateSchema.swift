/// The layout of an iac state database: how a file is recognised and how an older layout is
/// brought up to the current one.
enum StateSchema {
    /// One step that takes a database from the previous schema version to the next.
    struct Migration: Sendable {
        let apply: @Sendable (SQLiteConnection) throws(SQLiteFailure) -> Void
    }

    /// Marks a file as an iac state (`PRAGMA application_id`): the bytes `iacS`.
    static let applicationID = 0x6961_6353

    /// The migration at `index` takes a database from version `index` to `index + 1`; a new
    /// schema version is one more function appended here.
    static let migrations = [Migration(apply: createVersion1)]

    /// The schema version this build writes and the newest it reads.
    static var currentVersion: Int { migrations.count }

    /// The tables a database at the current version has.
    static let tables: Set<String> = ["metadata", "objects", "outputs", "pending_creates", "history"]

    /// Applies every migration after `version` and stamps the file; the caller holds a write
    /// transaction.
    static func migrate(_ connection: SQLiteConnection, from version: Int) throws(SQLiteFailure) {
        for migration in migrations[version...] {
            try migration.apply(connection)
        }
        try connection.execute("PRAGMA user_version = \(currentVersion)")
        try connection.execute("PRAGMA application_id = \(applicationID)")
    }
}
