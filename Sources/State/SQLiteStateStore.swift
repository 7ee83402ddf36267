import Addresses
import Foundation
import Synchronization

/// The state as one SQLite database file (WAL mode): a row per resource instance object,
/// outputs, pending creates, run history and metadata. Every change is its own transaction,
/// committed before the call returns. The lock is a `flock` on the sidecar file `PATH.lock`.
public final class SQLiteStateStore: StateStore {
    /// The file name a working directory's state has unless told otherwise.
    public static let defaultFileName = "iac.state"

    /// The database file.
    public let path: String
    let lockFile: StateLockFile
    let who: String
    private let database: Mutex<StateDatabase>
    let heldLock = Mutex<HeldLock?>(nil)

    /// A store for the state at `path`; nothing is read or created until it is used.
    /// `writerVersion` is recorded as the iac version that last wrote the state.
    public init(path: String, writerVersion: String? = nil) {
        self.path = path
        lockFile = StateLockFile(path: path + ".lock")
        who = RunIdentity.who
        database = Mutex(StateDatabase(path: path, newLineage: UUID().uuidString.lowercased(), writerVersion: writerVersion))
    }

    deinit {
        heldLock.withLock { held in
            if let held { lockFile.release(descriptor: held.descriptor) }
        }
    }

    public func read() throws(StateError) -> StateSnapshot {
        try database.withLock { database throws(StateError) in
            guard let connection = try database.forReading() else {
                return StateSnapshot(lineage: database.newLineage, serial: 0)
            }
            let (snapshot, problem): (StateSnapshot, String?)
            do throws(SQLiteFailure) {
                (snapshot, problem) = try connection.transaction(writing: false) { () throws(SQLiteFailure) in
                    try Self.snapshot(from: connection)
                }
            } catch {
                throw StateFileInspection.unreadable(path: path, error)
            }
            if let problem { throw .unreadable(path: path, reason: "\(problem). iac did not change it.") }
            return snapshot
        }
    }

    public func beginRun(operation: String) throws(StateError) -> Int {
        let started = Date().timeIntervalSince1970
        return try write { (connection, writerVersion) throws(SQLiteFailure) in
            var serial = 0
            try connection.statement(StateStatements.incrementSerial).forEachRow([.text(writerVersion)]) { serial = $0.integer(0) }
            try connection.statement(StateStatements.insertRun).run([.integer(serial), .text(operation), .text(who), .real(started)])
            return serial
        }
    }

    public func finishRun(serial: Int, summary: String) throws(StateError) {
        let finished = Date().timeIntervalSince1970
        let found = try write { (connection, _) throws(SQLiteFailure) in
            var found = false
            try connection.statement(StateStatements.finishRun).forEachRow([.real(finished), .text(summary), .integer(serial)]) { _ in
                found = true
            }
            return found
        }
        if !found { throw .writeFailed("no run with serial \(serial) is recorded in \(path)") }
    }

    public func put(_ object: ResourceInstanceObject) throws(StateError) {
        let values = try StateRowCoding.objectValues(object)
        try write { (connection, _) throws(SQLiteFailure) in
            try connection.statement(StateStatements.insertObject).run(values)
        }
    }

    public func remove(_ address: ResourceInstanceAddress, deposedKey: String?) throws(StateError) {
        try write { (connection, _) throws(SQLiteFailure) in
            try connection.statement(StateStatements.deleteObject).run([.text(address.text), .text(deposedKey ?? "")])
        }
    }

    public func recordPendingCreate(_ pending: PendingCreate) throws(StateError) {
        try write { (connection, _) throws(SQLiteFailure) in
            try connection.statement(StateStatements.insertPendingCreate).run(StateRowCoding.pendingCreateValues(pending))
        }
    }

    public func clearPendingCreate(_ address: ResourceInstanceAddress, deposedKey: String?) throws(StateError) {
        try write { (connection, _) throws(SQLiteFailure) in
            try connection.statement(StateStatements.deletePendingCreate).run([.text(address.text), .text(deposedKey ?? "")])
        }
    }

    public func setOutputs(_ outputs: [String: OutputState]) throws(StateError) {
        try write { (connection, _) throws(SQLiteFailure) in
            try Self.replaceOutputs(outputs, in: connection)
        }
    }

    public func replace(with snapshot: StateSnapshot) throws(StateError) {
        var rows: [[SQLiteValue]] = []
        for object in snapshot.objects {
            rows.append(try StateRowCoding.objectValues(object))
        }
        let objectRows = rows
        try write { (connection, writerVersion) throws(SQLiteFailure) in
            try connection.statement(StateStatements.deleteObjects).run()
            let insertObject = try connection.statement(StateStatements.insertObject)
            for row in objectRows {
                try insertObject.run(row)
            }
            try connection.statement(StateStatements.deletePendingCreates).run()
            let insertPending = try connection.statement(StateStatements.insertPendingCreate)
            for pending in snapshot.pendingCreates {
                try insertPending.run(StateRowCoding.pendingCreateValues(pending))
            }
            try Self.replaceOutputs(snapshot.outputs, in: connection)
            try connection.statement(StateStatements.updateLineageAndSerial).run([
                .text(snapshot.lineage), .integer(snapshot.serial), .text(writerVersion),
            ])
        }
    }

    public func history() throws(StateError) -> [HistoryEntry] {
        try database.withLock { database throws(StateError) in
            guard let connection = try database.forReading() else { return [] }
            var entries: [HistoryEntry] = []
            do throws(SQLiteFailure) {
                try connection.statement(StateStatements.selectHistory).forEachRow { row in
                    entries.append(HistoryEntry(
                        serial: row.integer(0), operation: row.text(1), who: row.text(2),
                        started: Date(timeIntervalSince1970: row.real(3)),
                        finished: row.optionalReal(4).map(Date.init(timeIntervalSince1970:)), summary: row.text(5)))
                }
            } catch {
                throw StateFileInspection.unreadable(path: path, error)
            }
            return entries
        }
    }

    /// Runs `body` in its own write transaction, creating the file and its tables first when
    /// needed; the change is on disk when this returns.
    private func write<Result: Sendable>(
        _ body: @Sendable (SQLiteConnection, _ writerVersion: String?) throws(SQLiteFailure) -> Result
    ) throws(StateError) -> Result {
        try database.withLock { database throws(StateError) in
            let connection = try database.forWriting()
            do throws(SQLiteFailure) {
                return try connection.transaction(writing: true) { () throws(SQLiteFailure) in
                    try body(connection, database.writerVersion)
                }
            } catch {
                throw .writeFailed("\(path): \(error.message)")
            }
        }
    }

    private static func replaceOutputs(_ outputs: [String: OutputState], in connection: SQLiteConnection) throws(SQLiteFailure) {
        try connection.statement(StateStatements.deleteOutputs).run()
        let insert = try connection.statement(StateStatements.insertOutput)
        for output in outputs.values.sorted(by: { $0.name < $1.name }) {
            try insert.run([.text(output.name), .text(output.valueJSON), .text(output.typeJSON), .bool(output.sensitive)])
        }
    }

    /// Everything in the database, read inside the caller's read transaction, and the first row
    /// that could not be read, if any.
    private static func snapshot(from connection: SQLiteConnection) throws(SQLiteFailure) -> (StateSnapshot, String?) {
        var lineage = ""
        var serial = 0
        var hasMetadata = false
        try connection.statement(StateStatements.selectMetadata).forEachRow { row in
            lineage = row.text(0)
            serial = row.integer(1)
            hasMetadata = true
        }
        var decoder = StateRowDecoder()
        var objects: [ResourceInstanceObject] = []
        try connection.statement(StateStatements.selectObjects).forEachRow { row in
            if let object = decoder.object(row) { objects.append(object) }
        }
        var pendingCreates: [PendingCreate] = []
        try connection.statement(StateStatements.selectPendingCreates).forEachRow { row in
            if let pending = decoder.pendingCreate(row) { pendingCreates.append(pending) }
        }
        var outputs: [String: OutputState] = [:]
        try connection.statement(StateStatements.selectOutputs).forEachRow { row in
            let name = row.text(0)
            outputs[name] = OutputState(name: name, valueJSON: row.text(1), typeJSON: row.text(2), sensitive: row.integer(3) != 0)
        }
        objects.sort { ($0.address, $0.deposedKey ?? "") < ($1.address, $1.deposedKey ?? "") }
        pendingCreates.sort { ($0.address, $0.deposedKey ?? "") < ($1.address, $1.deposedKey ?? "") }
        let snapshot = StateSnapshot(lineage: lineage, serial: serial, objects: objects, outputs: outputs, pendingCreates: pendingCreates)
        return (snapshot, hasMetadata ? decoder.problem : "its metadata row (lineage and serial) is missing")
    }
}
