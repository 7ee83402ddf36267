import Addresses
import Engine
import Values

/// The progress lines of an apply, one per event, as Terraform prints them
/// (`x: Creating...`, `x: Creation complete after 2s [id=abc]`), and the closing summary.
public struct ApplyProgressRenderer: Sendable {
    /// Whether to print Terraform's colors (off for `-no-color`).
    public var color: Bool
    /// The identifying attribute of each object before the apply, for `Modifying... [id=…]`
    /// and `Destroying... [id=…]`.
    private let priorIDs: [ObjectKey: (key: String, value: String)]

    private struct ObjectKey: Hashable {
        var address: ResourceInstanceAddress
        var deposedKey: String?
    }

    /// Ids come from the plan's `before` values.
    public init(color: Bool, plan: Plan) {
        self.color = color
        var ids: [ObjectKey: (key: String, value: String)] = [:]
        for change in plan.changes {
            if let before = change.before, let id = Self.identifier(before) {
                ids[ObjectKey(address: change.address, deposedKey: change.deposedKey)] = id
            }
        }
        priorIDs = ids
    }

    private var colorize: Colorizer { Colorizer(enabled: color) }

    /// The line for one event, with its newline; empty for failures, which are reported as
    /// diagnostics.
    public func render(_ event: ApplyEvent) -> String {
        switch event {
        case .started(let address, let step, let deposedKey):
            let prior = step == .create ? nil : priorID(address, deposedKey)
            let suffix = prior.map { " [\($0.key)=\($0.value)]" } ?? ""
            return colorize.format("[reset][bold]%s: %s%s[reset]", display(address, deposedKey), Self.startVerb(step), suffix) + "\n"
        case .stillRunning(let address, let step, let deposedKey, let seconds):
            let prior = step == .create ? nil : priorID(address, deposedKey)
            let id = prior.map { "\($0.key)=\(String($0.value.prefix(80))), " } ?? ""
            let elapsed = Self.twoDigits(seconds / 60) + "m" + Self.twoDigits(seconds % 60) + "s"
            return colorize.format("[reset][bold]%s: %s [%s%s elapsed][reset]", address.text, Self.stillVerb(step), id, elapsed) + "\n"
        case .finished(let address, let step, _, let seconds, let id):
            let suffix = step == .destroy ? "" : id.map { " [id=\($0)]" } ?? ""
            return colorize.format("[reset][bold]%s: %s after %s%s", address.text, Self.doneVerb(step), Self.duration(seconds), suffix) + "\n"
        case .failed:
            return ""
        }
    }

    /// `x: Refreshing state... [id=…]`, printed while a plan reads the current objects.
    public func refreshing(_ address: ResourceInstanceAddress, deposedKey: String? = nil, id: String?) -> String {
        let suffix = id.map { " [id=\($0)]" } ?? ""
        return colorize.format("[reset][bold]%s: Refreshing state...%s", display(address, deposedKey), suffix) + "\n"
    }

    /// `Apply complete! Resources: 1 added, 0 changed, 0 destroyed.`, or for the destroy
    /// command `Destroy complete! Resources: 2 destroyed.`; a saved destroy plan applied with
    /// `apply` reports like any apply.
    public func summary(_ result: ApplyResult, mode: PlanMode, savedPlan: Bool = false) -> String {
        if mode == .destroy && !savedPlan {
            return colorize("[reset][bold][green]\nDestroy complete! Resources: \(result.destroyed) destroyed.") + "\n"
        }
        return colorize(
            "[reset][bold][green]\nApply complete! Resources: \(result.added) added, \(result.changed) changed, \(result.destroyed) destroyed.")
            + "\n"
    }

    /// The id of the object before the apply; an object deposed during this apply (replaced
    /// create-before-destroy) is the plan's current object.
    private func priorID(_ address: ResourceInstanceAddress, _ deposedKey: String?) -> (key: String, value: String)? {
        priorIDs[ObjectKey(address: address, deposedKey: deposedKey)] ?? priorIDs[ObjectKey(address: address, deposedKey: nil)]
    }

    private func display(_ address: ResourceInstanceAddress, _ deposedKey: String?) -> String {
        deposedKey.map { "\(address.text) (deposed object \($0))" } ?? address.text
    }

    /// The attribute that names an object in progress lines: a known, non-empty, non-sensitive
    /// string `id`, or else `name`.
    static func identifier(_ object: Value) -> (key: String, value: String)? {
        for key in ["id", "name"] {
            if let value = object.attributes?[key], !value.isMarked, let text = value.stringValue, !text.isEmpty {
                return (key, text)
            }
        }
        return nil
    }

    private static func startVerb(_ step: ApplyStep) -> String {
        switch step {
        case .create: "Creating..."
        case .update: "Modifying..."
        case .destroy: "Destroying..."
        case .read: "Reading..."
        }
    }

    private static func stillVerb(_ step: ApplyStep) -> String {
        switch step {
        case .create: "Still creating..."
        case .update: "Still modifying..."
        case .destroy: "Still destroying..."
        case .read: "Still reading..."
        }
    }

    private static func doneVerb(_ step: ApplyStep) -> String {
        switch step {
        case .create: "Creation complete"
        case .update: "Modifications complete"
        case .destroy: "Destruction complete"
        case .read: "Read complete"
        }
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : String(number)
    }

    /// Whole seconds as Go prints a duration: `0s`, `59s`, `1m0s`, `1h2m3s`.
    static func duration(_ seconds: Int) -> String {
        let (hours, minutes, rest) = (seconds / 3600, seconds % 3600 / 60, seconds % 60)
        if hours > 0 { return "\(hours)h\(minutes)m\(rest)s" }
        if minutes > 0 { return "\(minutes)m\(rest)s" }
        return "\(rest)s"
    }
}
