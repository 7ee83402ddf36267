import Values

/// A type constraint as written in a `variable` block's `type` argument, with the defaults
/// its `optional(type, default)` attributes supply.
public struct TypeConstraint: Sendable, Hashable {
    public let type: ValueType
    /// Defaults for optional attributes, by attribute name, at this level.
    public let defaults: [String: Value]
    /// Constraints nested inside: by attribute name for objects, `"*"` for collection
    /// elements, and the element index (as text) for tuples.
    public let children: [String: TypeConstraint]

    public init(type: ValueType, defaults: [String: Value] = [:], children: [String: TypeConstraint] = [:]) {
        self.type = type
        self.defaults = defaults
        self.children = children
    }

    /// Whether any defaults are supplied at any depth.
    public var hasDefaults: Bool {
        !defaults.isEmpty || children.values.contains(where: \.hasDefaults)
    }

    /// The value with missing optional attributes filled in from the defaults, at every depth,
    /// before it is converted to `type`.
    public func applyingDefaults(to value: Value) -> Value {
        guard hasDefaults, value.isKnown, !value.isNull else { return value }
        let (plain, marks) = value.unmarked()
        switch type {
        case .object(let attributes, _):
            guard var entries = plain.attributes else { return value }
            for (name, defaultValue) in defaults where attributes[name] != nil {
                if entries[name] == nil || entries[name]?.isNull == true { entries[name] = defaultValue }
            }
            for (name, child) in children {
                if let entry = entries[name] { entries[name] = child.applyingDefaults(to: entry) }
            }
            return Value.object(entries).marked(marks)
        case .list, .set, .map:
            guard let child = children["*"] else { return value }
            if let entries = plain.attributes {
                return Value.object(entries.mapValues { child.applyingDefaults(to: $0) }).marked(marks)
            }
            let elements = (plain.elements ?? []).map { child.applyingDefaults(to: $0) }
            return Value.tuple(elements).marked(marks)
        case .tuple:
            let elements = (plain.elements ?? []).enumerated().map { index, element in
                children[String(index)]?.applyingDefaults(to: element) ?? element
            }
            return Value.tuple(elements).marked(marks)
        default:
            return value
        }
    }
}
