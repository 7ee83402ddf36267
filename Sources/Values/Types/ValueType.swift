/// The type of a value, as Terraform's type system defines it.
///
/// `dynamic` stands for "any type": as a value's type it means the type is not known yet; as a
/// type constraint it accepts every type.
public indirect enum ValueType: Hashable, Sendable {
    case string
    case number
    case bool
    case list(ValueType)
    case set(ValueType)
    case map(ValueType)
    case tuple([ValueType])
    /// An object type; `optional` names attributes that a type constraint lets callers omit.
    case object([String: ValueType], optional: Set<String>)
    case dynamic

    /// An object type with no optional attributes.
    public static func object(_ attributes: [String: ValueType]) -> ValueType {
        .object(attributes, optional: [])
    }

    /// The empty object type, `{}`.
    public static let emptyObject = ValueType.object([:], optional: [])

    /// The empty tuple type, `[]`.
    public static let emptyTuple = ValueType.tuple([])

    public var isPrimitive: Bool {
        switch self {
        case .string, .number, .bool: true
        default: false
        }
    }

    public var isList: Bool { if case .list = self { true } else { false } }
    public var isSet: Bool { if case .set = self { true } else { false } }
    public var isMap: Bool { if case .map = self { true } else { false } }
    public var isTuple: Bool { if case .tuple = self { true } else { false } }
    public var isObject: Bool { if case .object = self { true } else { false } }
    public var isDynamic: Bool { self == .dynamic }

    /// Lists, sets and maps: the types whose elements all share one type.
    public var isCollection: Bool { isList || isSet || isMap }

    /// The element type of a list, set or map.
    public var elementType: ValueType? {
        switch self {
        case .list(let element), .set(let element), .map(let element): element
        default: nil
        }
    }

    /// The element types of a tuple.
    public var tupleElementTypes: [ValueType]? {
        if case .tuple(let elements) = self { elements } else { nil }
    }

    /// The attribute types of an object.
    public var attributeTypes: [String: ValueType]? {
        if case .object(let attributes, _) = self { attributes } else { nil }
    }

    /// The attributes an object type constraint marks optional.
    public var optionalAttributes: Set<String> {
        if case .object(_, let optional) = self { optional } else { [] }
    }

    /// Whether the type contains `dynamic` anywhere, so that a value's exact type is not settled.
    public var hasDynamicTypes: Bool {
        switch self {
        case .dynamic: true
        case .string, .number, .bool: false
        case .list(let element), .set(let element), .map(let element): element.hasDynamicTypes
        case .tuple(let elements): elements.contains { $0.hasDynamicTypes }
        case .object(let attributes, _): attributes.values.contains { $0.hasDynamicTypes }
        }
    }

    /// The same type with optional-attribute annotations removed at every depth.
    public var withoutOptionalMarkers: ValueType {
        switch self {
        case .string, .number, .bool, .dynamic: self
        case .list(let element): .list(element.withoutOptionalMarkers)
        case .set(let element): .set(element.withoutOptionalMarkers)
        case .map(let element): .map(element.withoutOptionalMarkers)
        case .tuple(let elements): .tuple(elements.map(\.withoutOptionalMarkers))
        case .object(let attributes, _): .object(attributes.mapValues(\.withoutOptionalMarkers))
        }
    }
}
