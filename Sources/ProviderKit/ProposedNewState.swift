import Values

/// The engine's first guess at a resource's new value, before its provider plans it (Terraform's
/// `objchange.ProposedNew`): configured values win, computed attributes the configuration leaves
/// unset keep their prior values, and nested blocks are matched with their prior blocks by
/// nesting mode.
public enum ProposedNewState {
    /// The proposed new value of a resource whose current value is `prior`; `config` may hold
    /// unknown values, `prior` must be wholly known. With no prior object (nil or null) the
    /// computed attributes the configuration leaves unset are unknown, as Terraform plans a data
    /// source it cannot read yet (`objchange.PlannedDataResourceObject`). Terraform proposes them
    /// null for a managed create, but its providers and these plan them unknown either way.
    public static func value(schema: BlockSchema, prior: Value?, config: Value) -> Value {
        guard let prior, !prior.isNull else {
            return config.isNull ? .null(schema.impliedType) : object(schema, prior: .unknown(schema.impliedType), config: config)
        }
        return merged(schema, prior: prior, config: config)
    }

    /// Terraform's `ProposedNew` for one block value: a null prior stands for an empty block.
    static func merged(_ schema: BlockSchema, prior: Value, config: Value) -> Value {
        if config.isNull && prior.isNull { return prior }
        return object(schema, prior: prior.isNull ? schema.emptyValue : prior, config: config)
    }

    /// One block's attributes and nested blocks, `prior` being non-null (possibly unknown).
    private static func object(_ schema: BlockSchema, prior: Value, config: Value) -> Value {
        if config.isNull || !config.isKnown { return prior }
        var members: [String: Value] = [:]
        for (name, attribute) in schema.attributes {
            let configured = config.member(name, type: attribute.type)
            members[name] = attribute.computed && configured.isNull ? prior.member(name, type: attribute.type) : configured
        }
        for (name, nested) in schema.blocks {
            let type = nested.impliedType
            members[name] = ProposedNestedBlocks.value(nested, prior: prior.member(name, type: type), config: config.member(name, type: type))
        }
        return .object(members)
    }
}
