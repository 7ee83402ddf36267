import Values

/// JSON built up in memory with object keys in a chosen order, written compactly (as Go's
/// `json.Marshal`) or indented by two spaces (as `json.MarshalIndent`).
indirect enum JSONTree: Sendable {
    case object([(key: String, value: JSONTree)])
    case array([JSONTree])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// A known value: objects and maps with sorted keys, lists, sets and tuples as arrays;
    /// unknown parts as null.
    init(_ value: Value) {
        if !value.isKnown || value.isNull {
            self = .null
        } else if let text = value.stringValue {
            self = .string(text)
        } else if let number = value.numberValue {
            self = .number(number.description)
        } else if let flag = value.boolValue {
            self = .bool(flag)
        } else if let attributes = value.sortedAttributes {
            self = .object(attributes.map { ($0.key, JSONTree($0.value)) })
        } else {
            self = .array((value.elements ?? []).map(JSONTree.init))
        }
    }

    /// A type as go-cty writes it in JSON: `"string"`, `["list","number"]`, `["object",{…}]`.
    init(_ type: ValueType) {
        switch type {
        case .string: self = .string("string")
        case .number: self = .string("number")
        case .bool: self = .string("bool")
        case .dynamic: self = .string("dynamic")
        case .list(let element): self = .array([.string("list"), JSONTree(element)])
        case .set(let element): self = .array([.string("set"), JSONTree(element)])
        case .map(let element): self = .array([.string("map"), JSONTree(element)])
        case .tuple(let elements): self = .array([.string("tuple"), .array(elements.map(JSONTree.init))])
        case .object(let attributes, let optional):
            var parts: [JSONTree] = [.string("object"), .object(attributes.keys.sorted().map { ($0, JSONTree(attributes[$0] ?? .dynamic)) })]
            if !optional.isEmpty { parts.append(.array(optional.sorted().map(JSONTree.string))) }
            self = .array(parts)
        }
    }

    var compact: String {
        switch self {
        case .object(let members):
            return "{" + members.map { Self.quoted($0.key) + ":" + $0.value.compact }.joined(separator: ",") + "}"
        case .array(let elements):
            return "[" + elements.map(\.compact).joined(separator: ",") + "]"
        default:
            return scalar
        }
    }

    func indented(level: Int = 0) -> String {
        let inner = String(repeating: "  ", count: level + 1)
        let outer = String(repeating: "  ", count: level)
        switch self {
        case .object(let members) where !members.isEmpty:
            let lines = members.map { inner + Self.quoted($0.key) + ": " + $0.value.indented(level: level + 1) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + outer + "}"
        case .array(let elements) where !elements.isEmpty:
            let lines = elements.map { inner + $0.indented(level: level + 1) }
            return "[\n" + lines.joined(separator: ",\n") + "\n" + outer + "]"
        default:
            return compact
        }
    }

    private var scalar: String {
        switch self {
        case .string(let text): Self.quoted(text)
        case .number(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .object: "{}"
        case .array: "[]"
        }
    }

    /// A JSON string escaped as Go's encoder escapes it (`<`, `>` and `&` as `\u003c` …).
    static func quoted(_ text: String) -> String {
        (try? Value.string(text).jsonEncoded()) ?? JSONText.quote(text)
    }
}
