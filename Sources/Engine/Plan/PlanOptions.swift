import Addresses

/// How `plan` is asked to plan.
public struct PlanOptions: Sendable {
    public var mode: PlanMode
    /// Whether to read every object in state from its provider first.
    public var refresh: Bool
    /// Only these objects (and what they depend on); all when empty.
    public var targets: [AddressTarget]
    /// Instances to replace even when nothing changed (`-replace`).
    public var replace: [ResourceInstanceAddress]
    /// How many provider calls run at once.
    public var parallelism: Int
    /// Told of each object as refresh starts reading it: its address, deposed key and id,
    /// for `x: Refreshing state... [id=…]`.
    public var refreshing: (@Sendable (ResourceInstanceAddress, String?, String?) -> Void)?
    /// Told as each data source read during planning starts and ends (`Reading...`,
    /// `Read complete after 0s [id=…]`).
    public var reading: (@Sendable (ApplyEvent) -> Void)?

    public init(
        mode: PlanMode = .normal, refresh: Bool = true, targets: [AddressTarget] = [], replace: [ResourceInstanceAddress] = [],
        parallelism: Int = 10, refreshing: (@Sendable (ResourceInstanceAddress, String?, String?) -> Void)? = nil,
        reading: (@Sendable (ApplyEvent) -> Void)? = nil
    ) {
        self.mode = mode
        self.refresh = refresh
        self.targets = targets
        self.replace = replace
        self.parallelism = parallelism
        self.refreshing = refreshing
        self.reading = reading
    }
}
