import Values

/// The views of a value that Terraform's JSON plan and state carry beside the value itself:
/// the value without its unknown parts, and trees of `true` marking what is unknown or
/// sensitive.
enum ValueJSONViews {
    /// The value as JSON with unknown attributes left out and unknown elements as null; nil when
    /// the value itself is unknown.
    static func knownParts(_ value: Value) -> JSONTree? {
        guard value.isKnown else { return nil }
        if value.isNull { return .null }
        if let attributes = value.sortedAttributes {
            return .object(attributes.compactMap { key, element in knownParts(element).map { (key, $0) } })
        }
        if let elements = value.elements {
            return .array(elements.map { knownParts($0) ?? .null })
        }
        return JSONTree(value)
    }

    /// `after_unknown`: true where the value is unknown; objects list only what is not false.
    static func unknown(_ value: Value) -> JSONTree {
        if value.isNull { return .bool(false) }
        if !value.isKnown { return .bool(true) }
        return nested(value, leaf: { _ in .bool(false) }, recurse: unknown)
    }

    /// `before_sensitive` / `after_sensitive` / `sensitive_values`: true where the value is
    /// marked sensitive; objects list only what is not false.
    static func sensitive(_ value: Value) -> JSONTree {
        if value.isSensitive { return .bool(true) }
        if value.isNull || value.type.isPrimitive || value.type == .dynamic { return .bool(false) }
        if !value.isKnown { return value.type.isObject || value.type.isMap ? .object([]) : .array([]) }
        return nested(value, leaf: { _ in .bool(false) }, recurse: sensitive)
    }

    private static func nested(_ value: Value, leaf: (Value) -> JSONTree, recurse: (Value) -> JSONTree) -> JSONTree {
        if let attributes = value.sortedAttributes {
            return .object(attributes.compactMap { key, element in
                let tree = recurse(element)
                if case .bool(false) = tree { return nil }
                return (key, tree)
            })
        }
        if let elements = value.elements {
            return .array(elements.map(recurse))
        }
        return leaf(value)
    }
}
