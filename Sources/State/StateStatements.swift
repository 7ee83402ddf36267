/// The SQL the store runs, kept in one place so each statement is prepared once per connection.
enum StateStatements {
    static let selectMetadata = "SELECT lineage, serial FROM metadata WHERE id = 1"
    static let insertMetadata = """
        INSERT OR IGNORE INTO metadata (id, lineage, serial, created, written_by) VALUES (1, ?, 0, ?, ?)
        """
    static let updateLineageAndSerial = "UPDATE metadata SET lineage = ?, serial = ?, written_by = ? WHERE id = 1"
    static let incrementSerial = "UPDATE metadata SET serial = serial + 1, written_by = ? WHERE id = 1 RETURNING serial"

    static let selectObjects = """
        SELECT deposed_key, module, mode, type, name, instance_key, provider, schema_version, attributes,
            sensitive_paths, dependencies, status, create_before_destroy, identity, identity_schema_version, private
        FROM objects
        ORDER BY module, mode, type, name, instance_key, deposed_key
        """
    static let insertObject = """
        INSERT OR REPLACE INTO objects (address, deposed_key, module, mode, type, name, instance_key, provider,
            schema_version, attributes, sensitive_paths, dependencies, status, create_before_destroy, identity,
            identity_schema_version, private)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let deleteObject = "DELETE FROM objects WHERE address = ? AND deposed_key = ?"
    static let deleteObjects = "DELETE FROM objects"

    static let selectPendingCreates = """
        SELECT deposed_key, module, mode, type, name, instance_key, provider, planned, started FROM pending_creates
        ORDER BY module, mode, type, name, instance_key, deposed_key
        """
    static let insertPendingCreate = """
        INSERT OR REPLACE INTO pending_creates (address, deposed_key, module, mode, type, name, instance_key, provider,
            planned, started)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let deletePendingCreate = "DELETE FROM pending_creates WHERE address = ? AND deposed_key = ?"
    static let deletePendingCreates = "DELETE FROM pending_creates"

    static let selectOutputs = "SELECT name, value, type, sensitive FROM outputs"
    static let insertOutput = "INSERT INTO outputs (name, value, type, sensitive) VALUES (?, ?, ?, ?)"
    static let deleteOutputs = "DELETE FROM outputs"

    static let insertRun = "INSERT INTO history (serial, operation, who, started, summary) VALUES (?, ?, ?, ?, '')"
    static let finishRun = """
        UPDATE history SET finished = ?, summary = ?
        WHERE id = (SELECT max(id) FROM history WHERE serial = ?)
        RETURNING id
        """
    static let selectHistory = "SELECT serial, operation, who, started, finished, summary FROM history ORDER BY id"
}
