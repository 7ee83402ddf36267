import Values

/// The schema of a provider's configuration, a resource type or a data source: a versioned
/// block. The version lets a provider upgrade state written by an older schema.
public struct Schema: Sendable {
    public var version: Int
    public var block: BlockSchema

    public init(version: Int = 0, block: BlockSchema) {
        self.version = version
        self.block = block
    }
}

/// A block's arguments and nested blocks, as Terraform's plugin protocol describes them.
public struct BlockSchema: Sendable {
    public var attributes: [String: AttributeSchema]
    public var blocks: [String: NestedBlockSchema]
    public var description: String

    public init(attributes: [String: AttributeSchema] = [:], blocks: [String: NestedBlockSchema] = [:], description: String = "") {
        self.attributes = attributes
        self.blocks = blocks
        self.description = description
    }

    /// The object type a value of this block has: one attribute per argument and per nested
    /// block (a list, set or map of objects, or one object, by nesting mode).
    public var impliedType: ValueType {
        var types = attributes.mapValues(\.type)
        for (name, nested) in blocks {
            types[name] = nested.impliedType
        }
        return .object(types, optional: [])
    }
}

/// One argument or computed attribute of a block.
public struct AttributeSchema: Sendable {
    public var type: ValueType
    public var required: Bool
    public var optional: Bool
    public var computed: Bool
    /// Values of sensitive attributes are never printed in plans or output.
    public var sensitive: Bool
    public var description: String
    public var deprecated: Bool

    public init(
        type: ValueType, required: Bool = false, optional: Bool = false, computed: Bool = false,
        sensitive: Bool = false, description: String = "", deprecated: Bool = false
    ) {
        self.type = type
        self.required = required
        self.optional = optional
        self.computed = computed
        self.sensitive = sensitive
        self.description = description
        self.deprecated = deprecated
    }

    /// An argument the configuration must set.
    public static func required(_ type: ValueType, sensitive: Bool = false, description: String = "") -> AttributeSchema {
        AttributeSchema(type: type, required: true, sensitive: sensitive, description: description)
    }

    /// An argument the configuration may set.
    public static func optional(_ type: ValueType, sensitive: Bool = false, description: String = "") -> AttributeSchema {
        AttributeSchema(type: type, optional: true, sensitive: sensitive, description: description)
    }

    /// An argument the configuration may set and the provider fills in when it does not.
    public static func optionalComputed(_ type: ValueType, sensitive: Bool = false, description: String = "") -> AttributeSchema {
        AttributeSchema(type: type, optional: true, computed: true, sensitive: sensitive, description: description)
    }

    /// An attribute only the provider sets.
    public static func computed(_ type: ValueType, sensitive: Bool = false, description: String = "") -> AttributeSchema {
        AttributeSchema(type: type, computed: true, sensitive: sensitive, description: description)
    }
}

/// A nested block type and how its blocks are collected.
public struct NestedBlockSchema: Sendable {
    public enum Nesting: String, Sendable {
        /// At most one block; its value is an object or null.
        case single
        /// Exactly one block, always present (null attributes when absent).
        case group
        case list
        case set
        /// Blocks with one label each, keyed by it.
        case map
    }

    public var nesting: Nesting
    public var block: BlockSchema
    public var minItems: Int
    public var maxItems: Int

    public init(nesting: Nesting, block: BlockSchema, minItems: Int = 0, maxItems: Int = 0) {
        self.nesting = nesting
        self.block = block
        self.minItems = minItems
        self.maxItems = maxItems
    }

    public var impliedType: ValueType {
        let object = block.impliedType
        return switch nesting {
        case .single, .group: object
        case .list: .list(object)
        case .set: .set(object)
        case .map: .map(object)
        }
    }
}

/// Everything a provider offers: its configuration schema and its resource and data source
/// types.
public struct ProviderSchema: Sendable {
    public var provider: Schema
    public var resources: [String: Schema]
    public var dataSources: [String: Schema]

    public init(provider: Schema = Schema(block: BlockSchema()), resources: [String: Schema] = [:], dataSources: [String: Schema] = [:]) {
        self.provider = provider
        self.resources = resources
        self.dataSources = dataSources
    }
}
