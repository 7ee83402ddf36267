import ProviderKit
import Values

/// Sensitivity the schema declares: attributes marked `sensitive` are marked on the values
/// that providers return, so they are never printed.
enum SchemaMarks {
    static func apply(_ block: BlockSchema, to value: Value) -> Value {
        guard value.isKnown, !value.isNull, var attributes = value.attributes else { return value }
        var changed = false
        for (name, attribute) in block.attributes where attribute.sensitive {
            guard let inner = attributes[name] else { continue }
            attributes[name] = inner.marked(.sensitive)
            changed = true
        }
        for (name, nested) in block.blocks {
            guard let inner = attributes[name], inner.isKnown, !inner.isNull else { continue }
            let marked = markNested(nested, inner)
            if marked != inner {
                attributes[name] = marked
                changed = true
            }
        }
        return changed ? Value.object(attributes).marked(value.marks) : value
    }

    private static func markNested(_ nested: NestedBlockSchema, _ value: Value) -> Value {
        switch nested.nesting {
        case .single, .group:
            return apply(nested.block, to: value)
        case .list:
            let elements = (value.elements ?? []).map { apply(nested.block, to: $0) }
            return .list(elements, elementType: nested.block.impliedType)
        case .set:
            let elements = (value.elements ?? []).map { apply(nested.block, to: $0) }
            return .set(elements, elementType: nested.block.impliedType)
        case .map:
            let elements = (value.attributes ?? [:]).mapValues { apply(nested.block, to: $0) }
            return .map(elements, elementType: nested.block.impliedType)
        }
    }
}
