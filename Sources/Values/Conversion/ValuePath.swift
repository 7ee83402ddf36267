/// One step from a value into a nested value: an attribute name or an index key.
public enum PathStep: Hashable, Sendable {
    case attribute(String)
    case index(Value)
}

/// A path from a value to one nested inside it, such as `tags["env"]` or `rule[0].port`.
public typealias ValuePath = [PathStep]
