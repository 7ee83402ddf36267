import Values

extension BlockSchema {
    /// The value of a block with nothing in it: every attribute null, and no nested blocks (an
    /// empty collection, or null for a `single` block), as Terraform decodes an empty block.
    public var emptyValue: Value {
        var members = attributes.mapValues { Value.null($0.type) }
        for (name, nested) in blocks {
            members[name] = nested.emptyValue
        }
        return .object(members)
    }
}

extension NestedBlockSchema {
    /// The value of no blocks of this type.
    public var emptyValue: Value {
        switch nesting {
        case .single: .null(block.impliedType)
        case .group: block.emptyValue
        case .list: .list([], elementType: block.impliedType)
        case .set: .set([], elementType: block.impliedType)
        case .map: .map([:], elementType: block.impliedType)
        }
    }
}
