public extension Value {
    /// Decodes JSON text as Terraform's `jsondecode` does: the type is implied by the text
    /// (objects become objects, arrays tuples, nulls of type `dynamic`), numbers are exact, and
    /// syntax errors read as Go's `encoding/json` reports them.
    static func decodingJSON(_ text: String) throws(JSONCodingError) -> Value {
        var reader = JSONTokenReader(text)
        let (node, _) = try JSONNode.read(from: &reader, checkingDuplicates: true)
        if reader.hasMore() { throw JSONCodingError("extraneous data after JSON object") }
        try node.checkDepth()
        return try node.impliedValue()
    }

    /// Decodes JSON text as a value of the given type (go-cty's `json.Unmarshal`): strings,
    /// numbers and bools convert between each other where Terraform allows it, missing object
    /// attributes are null, and `dynamic` expects the `{"value":…,"type":…}` wrapping that
    /// `jsonEncoded(as:)` writes.
    static func decodingJSON(_ text: String, as type: ValueType) throws(JSONCodingError) -> Value {
        var reader = JSONTokenReader(text)
        let (node, _) = try JSONNode.read(from: &reader, checkingDuplicates: false)
        try node.checkDepth()
        return try node.decoded(as: type)
    }
}

/// A parsed JSON value, object members kept in their written order.
indirect enum JSONNode {
    case object([(key: String, value: JSONNode)])
    case array([JSONNode])
    case string(String)
    case number(String)
    case bool(Bool)
    case null

    /// Go's scanner accepts at most this many nested arrays and objects inside one element of
    /// the outermost one.
    static let maxNestingDepth = 10000

    private struct Frame {
        let isArray: Bool
        var elements: [JSONNode] = []
        var elementTypes: [ValueType] = []
        var members: [(key: String, value: JSONNode)] = []
        var memberTypes: [String: ValueType] = [:]
        var pendingKey: String?
    }

    /// Reads one value and the type go-cty implies for it, without recursion so that deep
    /// nesting cannot exhaust the stack. With `checkingDuplicates`, a repeated object key whose
    /// value implies a different type is an error, as in go-cty.
    static func read(
        from reader: inout JSONTokenReader, checkingDuplicates: Bool
    ) throws(JSONCodingError) -> (JSONNode, ValueType) {
        var stack: [Frame] = []
        // Containers nested deeper than Go's scanner ever reads are only checked for syntax.
        var skippedDepth = 0
        while true {
            let token = try reader.next()
            var completed: (JSONNode, ValueType)
            if skippedDepth > 0 {
                if token == .beginArray || token == .beginObject { skippedDepth += 1 }
                if token == .endArray || token == .endObject { skippedDepth -= 1 }
                if skippedDepth > 0 { continue }
                completed = (.array([]), .emptyTuple)
            } else if let top = stack.last, !top.isArray, top.pendingKey == nil {
                if token == .endObject {
                    stack.removeLast()
                    completed = (.object(top.members), .object(top.memberTypes))
                } else {
                    guard case .string(let key) = token else { throw JSONCodingError("expected string but found \(token)") }
                    stack[stack.count - 1].pendingKey = key
                    continue
                }
            } else {
                switch token {
                case .beginArray, .beginObject:
                    if stack.count > maxNestingDepth + 1 {
                        skippedDepth = 1
                    } else {
                        stack.append(Frame(isArray: token == .beginArray))
                    }
                    continue
                case .endArray:
                    guard let top = stack.popLast() else { throw JSONCodingError("unexpected token") }
                    completed = (.array(top.elements), .tuple(top.elementTypes))
                case .endObject:
                    throw JSONCodingError("unexpected token")
                case .null: completed = (.null, .dynamic)
                case .bool(let flag): completed = (.bool(flag), .bool)
                case .number(let text): completed = (.number(text), .number)
                case .string(let text): completed = (.string(text), .string)
                }
            }
            guard let last = stack.indices.last else { return completed }
            if stack[last].isArray {
                stack[last].elements.append(completed.0)
                stack[last].elementTypes.append(completed.1)
            } else if let key = stack[last].pendingKey {
                if checkingDuplicates, let existing = stack[last].memberTypes[key], existing != completed.1 {
                    throw JSONCodingError("duplicate \(goQuoted(key)) property in JSON object")
                }
                stack[last].memberTypes[key] = completed.1
                stack[last].members.append((key, completed.0))
                stack[last].pendingKey = nil
            }
        }
    }

    /// Fails as Go's scanner does when an element of the outermost array or object nests more
    /// than `maxNestingDepth` levels deep.
    func checkDepth() throws(JSONCodingError) {
        let children: [JSONNode]
        let context: String
        switch self {
        case .array(let elements):
            children = elements
            context = "tuple"
        case .object(let members):
            children = members.map(\.value)
            context = "object"
        default:
            return
        }
        for child in children {
            var level: [JSONNode] = [child]
            var depth = 0
            while !level.isEmpty {
                var next: [JSONNode] = []
                for node in level {
                    switch node {
                    case .array(let elements):
                        if depth == Self.maxNestingDepth {
                            throw JSONCodingError("failed to read \(context) value: invalid character '[' exceeded max depth")
                        }
                        next += elements
                    case .object(let members):
                        if depth == Self.maxNestingDepth {
                            throw JSONCodingError("failed to read \(context) value: invalid character '{' exceeded max depth")
                        }
                        next += members.map(\.value)
                    default:
                        break
                    }
                }
                level = next
                depth += 1
            }
        }
    }

    /// The value with the implied type, built without recursion; a repeated key keeps its last
    /// value.
    func impliedValue() throws(JSONCodingError) -> Value {
        enum Work {
            case visit(JSONNode)
            case buildTuple(Int)
            case buildObject([String])
        }
        var work: [Work] = [.visit(self)]
        var values: [Value] = []
        while let item = work.popLast() {
            switch item {
            case .visit(let node):
                switch node {
                case .null: values.append(.null(.dynamic))
                case .bool(let flag): values.append(.bool(flag))
                case .string(let text): values.append(.string(text))
                case .number(let text):
                    guard let number = Number(parsing: text) else { throw JSONCodingError("a number is required") }
                    values.append(.number(number))
                case .array(let elements):
                    work.append(.buildTuple(elements.count))
                    work += elements.reversed().map(Work.visit)
                case .object(let members):
                    work.append(.buildObject(members.map(\.key)))
                    work += members.reversed().map { Work.visit($0.value) }
                }
            case .buildTuple(let count):
                let elements = Array(values.suffix(count))
                values.removeLast(count)
                values.append(.tuple(elements))
            case .buildObject(let keys):
                let members = values.suffix(keys.count)
                var attributes: [String: Value] = [:]
                for (key, value) in zip(keys, members) { attributes[key] = value }
                values.removeLast(keys.count)
                values.append(.object(attributes))
            }
        }
        return values.last ?? .null(.dynamic)
    }

    // MARK: Decoding with a type

    func decoded(as type: ValueType) throws(JSONCodingError) -> Value {
        if case .null = self { return .null(type) }
        switch type {
        case .dynamic:
            return try decodedDynamic()
        case .string, .number, .bool:
            return try decodedPrimitive(as: type)
        case .list(let elementType), .set(let elementType):
            guard case .array(let nodes) = self else { throw JSONCodingError("missing expected [") }
            var elements: [Value] = []
            for node in nodes { elements.append(try node.decoded(as: elementType)) }
            return type.isSet ? .set(elements, elementType: elementType) : .list(elements, elementType: elementType)
        case .map(let elementType):
            guard case .object(let members) = self else { throw JSONCodingError("missing expected {") }
            var elements: [String: Value] = [:]
            for member in members { elements[member.key] = try member.value.decoded(as: elementType) }
            return .map(elements, elementType: elementType)
        case .tuple(let elementTypes):
            guard case .array(let nodes) = self else { throw JSONCodingError("missing expected [") }
            if nodes.count > elementTypes.count {
                throw JSONCodingError("too many tuple elements (need \(elementTypes.count))")
            }
            if nodes.count < elementTypes.count {
                throw JSONCodingError("not enough tuple elements (need \(elementTypes.count))")
            }
            var elements: [Value] = []
            for (node, elementType) in zip(nodes, elementTypes) { elements.append(try node.decoded(as: elementType)) }
            return .tuple(elements)
        case .object(let attributeTypes, _):
            guard case .object(let members) = self else { throw JSONCodingError("missing expected {") }
            var attributes: [String: Value] = [:]
            for member in members {
                guard let attributeType = attributeTypes[member.key] else {
                    throw JSONCodingError("unsupported attribute \(goQuoted(member.key))")
                }
                attributes[member.key] = try member.value.decoded(as: attributeType)
            }
            for (name, attributeType) in attributeTypes where attributes[name] == nil {
                attributes[name] = .null(attributeType)
            }
            return .object(attributes)
        }
    }

    private func decodedPrimitive(as type: ValueType) throws(JSONCodingError) -> Value {
        let source: Value
        switch self {
        case .string(let text): source = .string(text)
        case .bool(let flag): source = .bool(flag)
        case .number(let text):
            if type == .string { return .string(text) }
            guard let number = Number(parsing: text) else { throw JSONCodingError("a number is required") }
            source = .number(number)
        default:
            throw JSONCodingError("\(type.friendlyName) is required")
        }
        if source.type == type { return source }
        if source.type != .string && type != .string {
            throw JSONCodingError("\(type.friendlyName) is required")
        }
        do {
            return try source.converted(to: type)
        } catch {
            throw JSONCodingError(error.message)
        }
    }

    private func decodedDynamic() throws(JSONCodingError) -> Value {
        guard case .object(let members) = self else { throw JSONCodingError("missing expected {") }
        var type: ValueType?
        var body: JSONNode?
        for member in members {
            switch member.key {
            case "type":
                do {
                    type = try member.value.decodedType()
                } catch {
                    throw JSONCodingError("failed to decode type for dynamic value: \(error.message)")
                }
            case "value":
                body = member.value
            default:
                throw JSONCodingError("invalid key \(goQuoted(member.key)) in dynamically-typed value")
            }
        }
        guard let type else { throw JSONCodingError("missing type in dynamically-typed value") }
        guard let body else { throw JSONCodingError("missing value in dynamically-typed value") }
        return try body.decoded(as: type)
    }

    // MARK: Types

    /// The type written as go-cty writes types in JSON (see `ValueType.jsonEncoded`).
    func decodedType() throws(JSONCodingError) -> ValueType {
        switch self {
        case .string(let name):
            switch name {
            case "string": return .string
            case "number": return .number
            case "bool": return .bool
            case "dynamic": return .dynamic
            default: throw JSONCodingError("invalid primitive type name \(goQuoted(name))")
            }
        case .array(let parts):
            guard case .string(let kind)? = parts.first else {
                throw JSONCodingError("invalid complex type description")
            }
            return try decodedComplexType(kind, arguments: Array(parts.dropFirst()))
        default:
            throw JSONCodingError("invalid type description")
        }
    }

    private func decodedComplexType(_ kind: String, arguments: [JSONNode]) throws(JSONCodingError) -> ValueType {
        switch (kind, arguments.count) {
        case ("list", 1): return .list(try arguments[0].decodedType())
        case ("set", 1): return .set(try arguments[0].decodedType())
        case ("map", 1): return .map(try arguments[0].decodedType())
        case ("tuple", 1):
            guard case .array(let nodes) = arguments[0] else { throw JSONCodingError("invalid tuple type description") }
            var types: [ValueType] = []
            for node in nodes { types.append(try node.decodedType()) }
            return .tuple(types)
        case ("object", 1), ("object", 2):
            guard case .object(let members) = arguments[0] else { throw JSONCodingError("invalid object type description") }
            var attributes: [String: ValueType] = [:]
            for member in members { attributes[member.key] = try member.value.decodedType() }
            var optional = Set<String>()
            if arguments.count == 2 {
                guard case .array(let names) = arguments[1] else { throw JSONCodingError("invalid optional attribute names") }
                for name in names {
                    guard case .string(let text) = name else { throw JSONCodingError("invalid optional attribute names") }
                    optional.insert(text)
                }
            }
            return .object(attributes, optional: optional)
        default:
            throw JSONCodingError("invalid complex type kind \(goQuoted(kind))")
        }
    }
}

public extension ValueType {
    /// Decodes a type written as go-cty writes types in JSON (`ValueType.jsonEncoded`).
    static func decodingJSON(_ text: String) throws(JSONCodingError) -> ValueType {
        var reader = JSONTokenReader(text)
        let (node, _) = try JSONNode.read(from: &reader, checkingDuplicates: false)
        if reader.hasMore() { throw JSONCodingError("extraneous data after JSON type") }
        return try node.decodedType()
    }
}
