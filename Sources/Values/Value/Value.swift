/// A value of Terraform's language: known or unknown ("known after apply"), null or not, with
/// marks such as `sensitive` that travel with it.
public struct Value: Sendable, Hashable {
    /// The value's type; `dynamic` only for a null or unknown whose type is not settled.
    public let type: ValueType
    let content: Content
    /// The marks on this value itself (not on values nested inside it).
    public let marks: Set<Mark>

    enum Content: Sendable, Hashable {
        case null
        case unknown
        case string(String)
        case number(Number)
        case bool(Bool)
        /// Elements of a list, set (deduplicated, in set order) or tuple.
        case elements([Value])
        /// Elements of a map or attributes of an object.
        case attributes([String: Value])
    }

    init(type: ValueType, content: Content, marks: Set<Mark> = []) {
        self.type = type
        self.content = content
        self.marks = marks
    }

    public var isNull: Bool { if case .null = content { true } else { false } }
    public var isKnown: Bool { if case .unknown = content { false } else { true } }
    public var isMarked: Bool { !marks.isEmpty }

    /// Whether the value and everything nested in it is known.
    public var isWhollyKnown: Bool {
        switch content {
        case .unknown: false
        case .elements(let elements): elements.allSatisfy(\.isWhollyKnown)
        case .attributes(let attributes): attributes.values.allSatisfy(\.isWhollyKnown)
        default: true
        }
    }

    /// Whether any value nested inside (or this one) carries a mark.
    public var containsMarks: Bool {
        if isMarked { return true }
        switch content {
        case .elements(let elements): return elements.contains(where: \.containsMarks)
        case .attributes(let attributes): return attributes.values.contains(where: \.containsMarks)
        default: return false
        }
    }

    /// The string of a known, non-null string value.
    public var stringValue: String? { if case .string(let text) = content { text } else { nil } }
    /// The number of a known, non-null number value.
    public var numberValue: Number? { if case .number(let number) = content { number } else { nil } }
    /// The boolean of a known, non-null bool value.
    public var boolValue: Bool? { if case .bool(let flag) = content { flag } else { nil } }
    /// The elements of a known, non-null list, set or tuple, in order.
    public var elements: [Value]? { if case .elements(let elements) = content { elements } else { nil } }
    /// The elements of a known, non-null map or the attributes of an object.
    public var attributes: [String: Value]? {
        if case .attributes(let attributes) = content { attributes } else { nil }
    }

    /// Map elements or object attributes sorted by key, the order Terraform iterates them in.
    public var sortedAttributes: [(key: String, value: Value)]? {
        attributes?.sorted { $0.key < $1.key }
    }

    /// The number of elements of a known collection, tuple or object.
    public var count: Int? {
        switch content {
        case .elements(let elements): elements.count
        case .attributes(let attributes): attributes.count
        default: nil
        }
    }
}
