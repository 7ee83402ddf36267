import Synchronization

/// How `apply` runs.
public struct ApplyOptions: Sendable {
    /// How many provider calls run at once.
    public var parallelism: Int
    /// Set from outside (Ctrl-C) to stop starting new work.
    public var interruption: Interruption

    public init(parallelism: Int = 10, interruption: Interruption = Interruption()) {
        self.parallelism = parallelism
        self.interruption = interruption
    }
}

/// A flag that asks a running apply to stop gracefully: nothing new starts, what is running
/// finishes and is recorded.
public final class Interruption: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func interrupt() { flag.store(true, ordering: .relaxed) }

    public var isInterrupted: Bool { flag.load(ordering: .relaxed) }
}

/// What an apply did.
public struct ApplyResult: Sendable {
    public var added = 0
    public var changed = 0
    public var destroyed = 0
    /// Whether it stopped early because it was interrupted.
    public var interrupted = false
}
