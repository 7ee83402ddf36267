/// An annotation that follows a value through every expression and function that uses it.
public enum Mark: Hashable, Sendable {
    /// The value must never be shown: plans and outputs print `(sensitive value)`.
    case sensitive
    /// The value exists only during one run and is never stored.
    case ephemeral
}
