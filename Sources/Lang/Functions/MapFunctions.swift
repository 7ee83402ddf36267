import Values

/// Functions over maps and objects: `keys`, `lookup`, `merge`, `transpose`, `values` and
/// `zipmap`.
public enum MapFunctions {
    public static let all: [String: Function] = [
        "keys": keys,
        "lookup": lookup,
        "merge": merge,
        "transpose": transpose,
        "values": values,
        "zipmap": zipmap,
    ]

    /// The keys in order: a list for a map, a tuple of strings for an object (known even when
    /// the object is not).
    static let keys = Function(
        parameters: [FunctionParameter("inputMap", .dynamic, allowsUnknown: true, allowsMarked: true)],
        returnType: { arguments throws(FunctionError) in
            switch arguments[0].type {
            case .map: return .list(.string)
            case .object(let attributes, _): return .tuple(Array(repeating: .string, count: attributes.count))
            default: throw .argument(index: 0, message: "must have map or object type")
            }
        },
        implementation: { arguments, type throws(FunctionError) in
            let (mapping, marks) = arguments[0].unmarked()
            if let attributes = mapping.type.attributeTypes {
                return Value.tuple(CollectionSupport.sortedKeys(attributes.keys).map(Value.string)).marked(marks)
            }
            guard let elements = mapping.attributes else { return Value.unknown(type).marked(marks) }
            return Value.list(CollectionSupport.sortedKeys(elements.keys).map(Value.string), elementType: .string).marked(marks)
        }
    )

    static let values = Function(
        parameters: [FunctionParameter("mapping", .dynamic, allowsMarked: true)],
        returnType: { arguments throws(FunctionError) in
            switch arguments[0].type {
            case .map(let elementType):
                return .list(elementType)
            case .object(let attributes, _):
                return .tuple(CollectionSupport.sortedKeys(attributes.keys).compactMap { attributes[$0] })
            default:
                throw .call("values() requires a map as the first argument")
            }
        },
        implementation: { arguments, type throws(FunctionError) in
            let (mapping, marks) = arguments[0].unmarked()
            let attributes = mapping.attributes ?? [:]
            let values = CollectionSupport.sortedKeys(attributes.keys).compactMap { attributes[$0] }
            if case .list(let elementType) = type {
                return Value.list(values, elementType: elementType).marked(marks)
            }
            return Value.tuple(values).marked(marks)
        }
    )

    static let lookup = Function(
        parameters: [
            FunctionParameter("inputMap", .dynamic, allowsUnknown: true, allowsMarked: true),
            FunctionParameter("key", .string, allowsUnknown: true, allowsMarked: true),
        ],
        variadic: FunctionParameter(
            "default", .dynamic, allowsNull: true, allowsUnknown: true, allowsDynamicType: true, allowsMarked: true
        ),
        returnType: { arguments throws(FunctionError) in try lookupType(arguments) },
        implementation: { arguments, type throws(FunctionError) in
            let (mapping, mapMarks) = arguments[0].unmarked()
            let (key, keyMarks) = arguments[1].unmarked()
            let marks = mapMarks.union(keyMarks)
            guard mapping.isKnown, let name = key.stringValue else { return Value.unknown(type).marked(marks) }
            if let found = mapping.attributes?[name] { return found.marked(marks) }
            guard arguments.count == 3 else {
                throw .call("lookup failed to find key \(CollectionSupport.redacted(name, marks: keyMarks))")
            }
            do throws(ConversionError) {
                return try arguments[2].converted(to: type).marked(marks)
            } catch {
                throw .call(error.message)
            }
        }
    )

    /// The attribute's type for an object (or the default's when it has none), the element
    /// type for a map.
    private static func lookupType(_ arguments: [Value]) throws(FunctionError) -> ValueType {
        guard arguments.count <= 3 else {
            throw .call("lookup() takes two or three arguments, got \(arguments.count)")
        }
        switch arguments[0].type {
        case .object(let attributes, _):
            guard let key = arguments[1].unmarked().0.stringValue else { return .dynamic }
            if let type = attributes[key] { return type }
            if arguments.count == 3 { return arguments[2].type }
            throw .argument(index: 0, message: "the given object has no attribute \(goQuoted(key))")
        case .map(let elementType):
            if arguments.count == 3, (try? arguments[2].converted(to: elementType)) == nil {
                throw .argument(index: 2, message: "the default value must have the same type as the map elements")
            }
            return elementType
        default:
            throw .argument(index: 0, message: "lookup() requires a map as the first argument")
        }
    }

    /// Later arguments win; maps of one type give that map type, anything else an object.
    static let merge = Function(
        parameters: [],
        variadic: FunctionParameter("maps", .dynamic, allowsNull: true, allowsDynamicType: true, allowsMarked: true),
        returnType: { arguments throws(FunctionError) in try mergedType(arguments) },
        implementation: { arguments, type throws(FunctionError) in
            var merged: [String: Value] = [:]
            var marks = Set<Mark>()
            for argument in arguments where !argument.isNull {
                let (mapping, ownMarks) = argument.unmarked()
                marks.formUnion(ownMarks)
                merged.merge(mapping.attributes ?? [:]) { _, later in later }
            }
            if case .map(let elementType) = type {
                return Value.map(merged, elementType: elementType).marked(marks)
            }
            return Value.object(merged).marked(marks)
        }
    )

    private static func mergedType(_ arguments: [Value]) throws(FunctionError) -> ValueType {
        guard let firstType = arguments.first?.type else { return .emptyObject }
        var attributes: [String: ValueType] = [:]
        var allSameType = true
        var attributesKnown = true
        for argument in arguments {
            let type = argument.type
            if type == .dynamic { return .dynamic }
            switch type {
            case .object(let types, _):
                if !argument.isNull { attributes.merge(types) { _, later in later } }
            case .map(let elementType):
                if argument.isNull { break }
                guard let elements = argument.attributes else {
                    attributesKnown = false
                    break
                }
                for key in elements.keys { attributes[key] = elementType }
            default:
                throw .call("arguments must be maps or objects, got \(goQuoted(type.friendlyName))")
            }
            if type != firstType { allSameType = false }
        }
        if allSameType { return firstType }
        return attributesKnown ? .object(attributes) : .dynamic
    }

    static let transpose = Function(
        parameters: [FunctionParameter("values", .map(.list(.string)))],
        returns: .map(.list(.string))
    ) { arguments throws(FunctionError) in
        let input = arguments[0]
        guard input.isWhollyKnown, let lists = input.sortedAttributes else { return .unknown(.map(.list(.string))) }
        var grouped: [String: [String]] = [:]
        for (key, list) in lists {
            guard let items = list.elements else { throw .call("input must not contain null list") }
            for item in items {
                guard let text = item.stringValue else { throw .call("input list must not contain null string") }
                grouped[text, default: []].append(key)
            }
        }
        let transposed = grouped.mapValues { keys in
            Value.list(CollectionSupport.sortedKeys(keys).map(Value.string), elementType: .string)
        }
        return .map(transposed, elementType: .list(.string))
    }

    /// A map from a list of values, an object from a tuple (whose type needs every key).
    static let zipmap = Function(
        parameters: [
            FunctionParameter("keys", .list(.string), allowsMarked: true),
            FunctionParameter("values", .dynamic, allowsMarked: true),
        ],
        returnType: { arguments throws(FunctionError) in
            switch arguments[1].type {
            case .list(let elementType):
                return .map(elementType)
            case .tuple(let types):
                let keys = arguments[0].unmarked().0
                guard keys.isWhollyKnown else { return .dynamic }
                let names = try keyNames(keys, count: types.count)
                return .object(Dictionary(zip(names, types)) { _, later in later })
            default:
                throw .call("values argument must be a list or tuple value")
            }
        },
        implementation: { arguments, type throws(FunctionError) in
            let (keys, keyMarks) = arguments[0].unmarked()
            let (values, valueMarks) = arguments[1].unmarked()
            var marks = keyMarks.union(valueMarks)
            guard keys.isWhollyKnown else { return Value.unknown(type).marked(marks) }
            let items = values.elements ?? []
            let names = try keyNames(keys, count: items.count)
            for key in keys.elements ?? [] { marks.formUnion(key.marks) }
            let mapping = Dictionary(zip(names, items)) { _, later in later }
            if case .map(let elementType) = type {
                return Value.map(mapping, elementType: elementType).marked(marks)
            }
            return Value.object(mapping).marked(marks)
        }
    )

    /// The texts of a known list of keys, which must match the number of values.
    private static func keyNames(_ keys: Value, count: Int) throws(FunctionError) -> [String] {
        let elements = keys.elements ?? []
        guard elements.count == count else {
            throw .call("number of keys (\(elements.count)) does not match number of values (\(count))")
        }
        var names: [String] = []
        for (index, key) in elements.enumerated() {
            guard let name = key.stringValue else { throw .call("keys list has null value at index \(index)") }
            names.append(name)
        }
        return names
    }
}
