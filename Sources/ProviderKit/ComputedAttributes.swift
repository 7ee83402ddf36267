import Values

/// Computed attributes set aside, so that a prior nested block can be compared with the
/// configuration that would produce it.
enum ComputedAttributes {
    /// `value` (an object of `schema`'s type) with every known, non-null computed attribute,
    /// at any depth of nested blocks, replaced by null.
    static func nulled(in value: Value, schema: BlockSchema) -> Value {
        guard value.isKnown, !value.isNull, var members = value.attributes else { return value }
        for (name, attribute) in schema.attributes where attribute.computed {
            if let member = members[name], member.isKnown, !member.isNull {
                members[name] = .null(member.type)
            }
        }
        for (name, nested) in schema.blocks {
            if let member = members[name] {
                members[name] = nulled(inBlocks: member, nested: nested)
            }
        }
        return .object(members)
    }

    private static func nulled(inBlocks value: Value, nested: NestedBlockSchema) -> Value {
        guard value.isKnown, !value.isNull else { return value }
        switch nested.nesting {
        case .single, .group:
            return nulled(in: value, schema: nested.block)
        case .list, .set:
            let elements = (value.elements ?? []).map { nulled(in: $0, schema: nested.block) }
            if value.type.isTuple { return .tuple(elements) }
            let elementType = value.type.elementType ?? nested.block.impliedType
            return value.type.isSet ? .set(elements, elementType: elementType) : .list(elements, elementType: elementType)
        case .map:
            let elements = (value.attributes ?? [:]).mapValues { nulled(in: $0, schema: nested.block) }
            return value.type.isObject ? .object(elements) : .map(elements, elementType: value.type.elementType ?? nested.block.impliedType)
        }
    }
}
