import Values

/// The engine's first guess at a resource's new value, before its provider plans it (Terraform's
/// `objchange.ProposedNew`): configured values win, computed attributes the configuration leaves
/// unset keep their prior values, and nested blocks are matched with their prior blocks by
/// nesting mode.
public enum ProposedNewState {
    /// The proposed new value of a resource whose current value is `prior` (nil or null when it
    /// is to be created, in which case unset computed attributes are null). `config` may hold
    /// unknown values; `prior` must be wholly known.
    public static func value(schema: BlockSchema, prior: Value?, config: Value) -> Value {
        merged(schema, prior: prior ?? .null(schema.impliedType), config: config)
    }

    /// The planned value of a data source that cannot be read yet: its configured values, with
    /// the computed attributes the configuration leaves unset unknown (Terraform's
    /// `objchange.PlannedDataResourceObject`).
    public static func plannedDataSourceValue(schema: BlockSchema, config: Value) -> Value {
        object(schema, prior: .unknown(schema.impliedType), config: config)
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
