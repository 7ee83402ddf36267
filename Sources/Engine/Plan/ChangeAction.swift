/// What applying a plan does to one resource instance object.
public enum ChangeAction: String, Sendable, Hashable, Codable {
    case noOp = "no-op"
    case create
    /// Read a data source during apply, because its configuration is not known before.
    case read
    case update
    /// Replace: destroy the old object, then create the new one.
    case deleteThenCreate = "delete-create"
    /// Replace under `create_before_destroy`: create the new object, then destroy the old.
    case createThenDelete = "create-delete"
    case delete

    public var isReplace: Bool { self == .deleteThenCreate || self == .createThenDelete }
}

/// Why a change was planned, when the action alone does not say.
public enum ChangeReason: String, Sendable, Hashable, Codable {
    case replaceBecauseTainted = "replace_because_tainted"
    case replaceBecauseCannotUpdate = "replace_because_cannot_update"
    case replaceByRequest = "replace_by_request"
    case replaceByTriggers = "replace_by_triggers"
    case deleteBecauseNoResourceConfig = "delete_because_no_resource_config"
    case deleteBecauseCountIndex = "delete_because_count_index"
    case deleteBecauseEachKey = "delete_because_each_key"
    case deleteBecauseNoModule = "delete_because_no_module"
    case readBecauseConfigUnknown = "read_because_config_unknown"
    case readBecauseDependencyPending = "read_because_dependency_pending"
}
