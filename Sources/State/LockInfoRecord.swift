import Foundation

/// A lock holder's details as the lock file records them, under Terraform's lock-info field
/// names, so that a waiting run can say who holds the lock.
struct LockInfoRecord: Codable {
    var id: String
    var operation: String
    var who: String
    var created: String
    var path: String
    var processID: Int32

    private enum CodingKeys: String, CodingKey {
        case id = "ID"
        case operation = "Operation"
        case who = "Who"
        case created = "Created"
        case path = "Path"
        case processID = "PID"
    }

    private static let dateStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    init(_ info: LockInfo) {
        id = info.id
        operation = info.operation
        who = info.who
        created = info.created.formatted(Self.dateStyle)
        path = info.path
        processID = info.processID
    }

    /// The record as JSON.
    var encoded: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Strings and integers always encode.
        return (try? encoder.encode(self)) ?? Data()
    }

    /// The lock info `data` records; nil when it is empty or not a record (a holder killed
    /// while writing it, or a lock taken by another tool).
    static func info(from data: Data) -> LockInfo? {
        guard let record = try? JSONDecoder().decode(LockInfoRecord.self, from: data),
              let created = try? dateStyle.parse(record.created)
        else { return nil }
        return LockInfo(
            id: record.id, who: record.who, operation: record.operation, created: created, processID: record.processID,
            path: record.path)
    }
}
