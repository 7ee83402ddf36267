import Synchronization
import Values

/// The values the objects of a run have so far (local values, resources as their references
/// see them), shared by the tasks that evaluate the graph. Each object is written once, by
/// the task that evaluated it, before anything that depends on it reads it.
final class ObjectValues: Sendable {
    private let values = Mutex<[String: Value]>([:])

    init(_ initial: [String: Value] = [:]) {
        values.withLock { $0 = initial }
    }

    /// The value of the object `key` (`local.x`, `type.name`, `data.type.name`), if set.
    subscript(key: String) -> Value? {
        values.withLock { $0[key] }
    }

    func set(_ key: String, _ value: Value) {
        values.withLock { $0[key] = value }
    }
}
