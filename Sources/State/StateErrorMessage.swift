import Foundation

extension StateError {
    /// The error in words for the user: what happened to which state, and what to do.
    public var message: String {
        switch self {
        case .locked(let info):
            var lines = ["Error acquiring the state lock: the state is locked by another run.", "Lock Info:"]
            lines.append("  ID:        \(info.id)")
            lines.append("  Path:      \(info.path)")
            lines.append("  Operation: \(info.operation)")
            lines.append("  Who:       \(info.who)")
            lines.append("  PID:       \(info.processID)")
            lines.append("  Created:   \(info.created.formatted(.iso8601))")
            return lines.joined(separator: "\n")
        case .unreadable(let path, let reason):
            return "Cannot use the state file \(path): \(reason)"
        case .newerVersion(let path, let found, let supported):
            return "The state file \(path) was written by a newer version of iac (state schema version \(found); "
                + "this version reads up to \(supported)). It was left untouched: upgrade iac to use it."
        case .writeFailed(let reason):
            return "Failed to save state: \(reason)"
        case .lockIDMismatch(let given, let held):
            if let held {
                return "The lock ID \"\(given)\" does not match the state's lock \"\(held)\"; nothing was unlocked."
            }
            return "The state is not locked, so the lock ID \"\(given)\" names no lock; nothing was unlocked."
        }
    }
}
