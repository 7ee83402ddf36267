extension StateSchema {
    /// The first layout: a row per resource instance object, outputs, pending creates, run
    /// history and one metadata row. Instance keys keep their type (integer or text).
    static func createVersion1(_ connection: SQLiteConnection) throws(SQLiteFailure) {
        try connection.execute("""
            CREATE TABLE metadata (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                lineage TEXT NOT NULL,
                serial INTEGER NOT NULL,
                created REAL NOT NULL,
                written_by TEXT
            ) STRICT;
            CREATE TABLE objects (
                address TEXT NOT NULL,
                deposed_key TEXT NOT NULL,
                module TEXT NOT NULL,
                mode TEXT NOT NULL CHECK (mode IN ('managed', 'data', 'ephemeral')),
                type TEXT NOT NULL,
                name TEXT NOT NULL,
                instance_key ANY CHECK (instance_key IS NULL OR typeof(instance_key) IN ('integer', 'text')),
                provider TEXT NOT NULL,
                schema_version INTEGER NOT NULL,
                attributes TEXT NOT NULL,
                sensitive_paths TEXT NOT NULL,
                dependencies TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('ready', 'tainted')),
                create_before_destroy INTEGER NOT NULL,
                identity TEXT,
                identity_schema_version INTEGER NOT NULL,
                private BLOB,
                UNIQUE (address, deposed_key)
            ) STRICT;
            CREATE TABLE outputs (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL,
                type TEXT NOT NULL,
                sensitive INTEGER NOT NULL
            ) STRICT;
            CREATE TABLE pending_creates (
                address TEXT NOT NULL,
                deposed_key TEXT NOT NULL,
                module TEXT NOT NULL,
                mode TEXT NOT NULL CHECK (mode IN ('managed', 'data', 'ephemeral')),
                type TEXT NOT NULL,
                name TEXT NOT NULL,
                instance_key ANY CHECK (instance_key IS NULL OR typeof(instance_key) IN ('integer', 'text')),
                provider TEXT NOT NULL,
                planned TEXT NOT NULL,
                started REAL NOT NULL,
                UNIQUE (address, deposed_key)
            ) STRICT;
            CREATE TABLE history (
                id INTEGER PRIMARY KEY,
                serial INTEGER NOT NULL,
                operation TEXT NOT NULL,
                who TEXT NOT NULL,
                started REAL NOT NULL,
                finished REAL,
                summary TEXT NOT NULL
            ) STRICT;
            CREATE INDEX history_serial ON history (serial);
            """)
    }
}
