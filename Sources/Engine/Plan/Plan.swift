import Addresses
import Values

/// The change planned for one resource instance object: the action, the values before and
/// after (unknown where only apply can tell; sensitive parts marked), and why.
public struct ResourceChange: Sendable {
    public var address: ResourceInstanceAddress
    /// Set when the change is to a deposed object.
    public var deposedKey: String?
    /// The provider configuration as state writes it: `provider["registry.terraform.io/hashicorp/local"]`.
    public var providerConfig: String
    public var action: ChangeAction
    public var reason: ChangeReason?
    /// The object as it is now (after refresh); nil for a create.
    public var before: Value?
    /// The object as planned; nil for a delete.
    public var after: Value?
    /// The attributes whose change forces replacement.
    public var requiresReplace: [ValuePath]

    public init(
        address: ResourceInstanceAddress, deposedKey: String? = nil, providerConfig: String, action: ChangeAction,
        reason: ChangeReason? = nil, before: Value?, after: Value?, requiresReplace: [ValuePath] = []
    ) {
        self.address = address
        self.deposedKey = deposedKey
        self.providerConfig = providerConfig
        self.action = action
        self.reason = reason
        self.before = before
        self.after = after
        self.requiresReplace = requiresReplace
    }
}

/// The change planned for a root module output.
public struct OutputChange: Sendable {
    public var name: String
    public var action: ChangeAction
    public var before: Value?
    public var after: Value?
    public var sensitive: Bool

    public init(name: String, action: ChangeAction, before: Value?, after: Value?, sensitive: Bool) {
        self.name = name
        self.action = action
        self.before = before
        self.after = after
        self.sensitive = sensitive
    }
}

/// What `plan` asks for.
public enum PlanMode: String, Sendable, Codable {
    case normal
    case destroy
    case refreshOnly = "refresh-only"
}

/// A plan: every planned change, the outputs' changes, what changed outside iac since the last
/// run, and the state it was made against.
public struct Plan: Sendable {
    public var mode: PlanMode
    /// The state the plan was made against; applying it requires the same lineage and serial.
    public var lineage: String
    public var serial: Int
    /// Every resource instance considered, no-ops included, in address order.
    public var changes: [ResourceChange]
    public var outputChanges: [OutputChange]
    /// Objects that changed or vanished outside iac, found by refresh: before is what state
    /// said, after what exists now (nil when gone).
    public var drift: [ResourceChange]
    /// The root module variable values the plan used.
    public var variables: [String: Value]

    public init(
        mode: PlanMode, lineage: String, serial: Int, changes: [ResourceChange] = [], outputChanges: [OutputChange] = [],
        drift: [ResourceChange] = [], variables: [String: Value] = [:]
    ) {
        self.mode = mode
        self.lineage = lineage
        self.serial = serial
        self.changes = changes
        self.outputChanges = outputChanges
        self.drift = drift
        self.variables = variables
    }

    /// The changes that do something.
    public var actionable: [ResourceChange] { changes.filter { $0.action != .noOp } }

    /// Whether applying the plan would change any object or output.
    public var hasChanges: Bool {
        !actionable.isEmpty || outputChanges.contains { $0.action != .noOp }
    }
}
