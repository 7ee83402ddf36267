import Engine
import Values

/// The change to one value inside a plan, worked out once and then printed: what kind of value
/// it is, what happens to it, and whether its change forces the resource to be replaced.
struct ValueDiff: Sendable {
    /// How the value is printed.
    indirect enum Shape: Sendable {
        /// A string, number, bool or null; nil sides are absent.
        case primitive(before: Value?, after: Value?)
        /// Attributes printed as `name = value`, unquoted names, "attribute" in elision notes.
        case object([String: ValueDiff])
        /// Elements printed as `"key" = value`, "element" in elision notes.
        case map([String: ValueDiff])
        /// Elements in order, unchanged ones hidden except next to a change.
        case list([ValueDiff])
        /// Elements without order, every unchanged one hidden.
        case set([ValueDiff])
        /// `(sensitive value)`, with the diff of what is hidden for its action and warnings.
        case sensitive(ValueDiff, beforeSensitive: Bool, afterSensitive: Bool)
        /// `(known after apply)`, after the old value when there was one.
        case unknown(before: ValueDiff?)
        /// A value whose kind changes: the old one removed, then the new one added.
        case typeChange(before: ValueDiff, after: ValueDiff)
        /// A resource's top-level attributes: `id`, `name` and `tags` always shown.
        case block([String: ValueDiff])
    }

    var shape: Shape
    var action: ChangeAction
    /// Whether this value's change is what forces the replacement (`# forces replacement`).
    var replace: Bool

    init(_ shape: Shape, action: ChangeAction, replace: Bool = false) {
        self.shape = shape
        self.action = action
        self.replace = replace
    }

    /// The action of a collection given the actions of its elements: any difference is an update.
    static func combine(_ current: ChangeAction, _ next: ChangeAction) -> ChangeAction {
        if next == .noOp { return current }
        return current == next ? current : .update
    }
}
