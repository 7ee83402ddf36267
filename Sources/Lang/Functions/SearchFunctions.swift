import Values

/// Functions that find or pick elements: `contains`, `distinct`, `element`, `index`,
/// `matchkeys` and `one`.
public enum SearchFunctions {
    public static let all: [String: Function] = [
        "contains": contains,
        "distinct": distinct,
        "element": element,
        "index": index,
        "matchkeys": matchkeys,
        "one": one,
    ]

    /// True as soon as an element equals the value; unknown when only unknown elements could.
    static let contains = Function(
        parameters: [FunctionParameter("list", .dynamic), FunctionParameter("value", .dynamic)],
        returns: .bool
    ) { arguments throws(FunctionError) in
        let sequence = arguments[0]
        guard CollectionSupport.isSequence(sequence.type) else { throw .call("argument must be list, tuple, or set") }
        var sawUnknown = false
        for candidate in sequence.elements ?? [] {
            guard let equal = arguments[1].equals(candidate).boolValue else {
                sawUnknown = true
                continue
            }
            if equal { return .true }
        }
        return sawUnknown ? .unknown(.bool) : .false
    }

    /// The first position of the value; unknown when an unknown element comes first.
    static let index = Function(
        parameters: [FunctionParameter("list", .dynamic), FunctionParameter("value", .dynamic)],
        returns: .number
    ) { arguments throws(FunctionError) in
        let sequence = arguments[0]
        guard sequence.type.isList || sequence.type.isTuple else { throw .call("argument must be a list or tuple") }
        let elements = sequence.elements ?? []
        if elements.isEmpty { throw .call("cannot search an empty list") }
        for (position, candidate) in elements.enumerated() {
            guard let equal = candidate.equals(arguments[1]).boolValue else { return .unknown(.number) }
            if equal { return .number(position) }
        }
        throw .call("item not found")
    }

    static let distinct = Function(
        parameters: [FunctionParameter("list", .list(.dynamic))],
        returnType: { arguments throws(FunctionError) in arguments[0].type },
        implementation: { arguments, type throws(FunctionError) in
            let list = arguments[0]
            guard list.isWhollyKnown else { return .unknown(type) }
            var unique: [Value] = []
            for candidate in list.elements ?? [] where !unique.contains(where: { $0.equals(candidate).boolValue == true }) {
                unique.append(candidate)
            }
            return .list(unique, elementType: type.elementType ?? .dynamic)
        }
    )

    /// The element at an index wrapped around the length (negative indexes count from the end).
    static let element = Function(
        parameters: [
            FunctionParameter("list", .dynamic, allowsMarked: true),
            FunctionParameter("index", .number),
        ],
        returnType: { arguments throws(FunctionError) in
            switch arguments[0].type {
            case .list(let elementType):
                return elementType
            case .tuple(let types):
                guard arguments[1].isKnown else { return .dynamic }
                let position = try CollectionSupport.integer(arguments[1], prefix: "invalid index: ")
                guard !types.isEmpty else { throw .call("cannot use element function with an empty list") }
                return types[wrapped(position, count: types.count)]
            case let other:
                throw .call("cannot read elements from \(other.friendlyName)")
            }
        },
        implementation: { arguments, type throws(FunctionError) in
            let position = try CollectionSupport.integer(arguments[1], prefix: "invalid index: ")
            let (sequence, marks) = arguments[0].unmarked()
            guard let elements = sequence.elements else { return .unknown(type) }
            guard !elements.isEmpty else { throw .call("cannot use element function with an empty list") }
            return elements[wrapped(position, count: elements.count)].marked(marks)
        }
    )

    private static func wrapped(_ position: Int, count: Int) -> Int {
        let remainder = position % count
        return remainder < 0 ? remainder + count : remainder
    }

    /// The values whose corresponding keys are in the search set.
    static let matchkeys = Function(
        parameters: [
            FunctionParameter("values", .list(.dynamic)),
            FunctionParameter("keys", .list(.dynamic)),
            FunctionParameter("searchset", .list(.dynamic)),
        ],
        returnType: { arguments throws(FunctionError) in
            guard Unification.unify([arguments[1].type, arguments[2].type], unsafe: true) != nil else {
                throw .call("keys and searchset must be of the same type")
            }
            return arguments[0].type
        },
        implementation: { arguments, type throws(FunctionError) in
            let elementType = type.elementType ?? .dynamic
            let values = arguments[0].elements ?? []
            guard values.count == arguments[1].count else { throw .call("length of keys and values should be equal") }
            guard let common = Unification.unify([arguments[1].type, arguments[2].type], unsafe: true) else {
                throw .call("keys and searchset must be of the same type")
            }
            let keys = try CollectionSupport.converted(arguments[1], to: common, argument: 1)
            let searchset = (try CollectionSupport.converted(arguments[2], to: common, argument: 2)).elements ?? []
            if searchset.isEmpty { return .list([], elementType: elementType) }
            guard arguments[0].isWhollyKnown, keys.isWhollyKnown else { return .unknown(type) }
            var matched: [Value] = []
            for (value, key) in zip(values, keys.elements ?? []) {
                for candidate in searchset {
                    guard let equal = key.equals(candidate).boolValue else { return .list([], elementType: elementType) }
                    if equal {
                        matched.append(value)
                        break
                    }
                }
            }
            return .list(matched, elementType: elementType)
        }
    )

    /// The only element of a sequence, or null when it is empty.
    static let one = Function(
        parameters: [FunctionParameter("list", .dynamic)],
        returnType: { arguments throws(FunctionError) in
            switch arguments[0].type {
            case .list(let elementType), .set(let elementType): return elementType
            case .tuple(let types) where types.count <= 1: return types.first ?? .dynamic
            default: throw .argument(index: 0, message: oneElementRequirement)
            }
        },
        implementation: { arguments, type throws(FunctionError) in
            let sequence = arguments[0]
            guard let count = CollectionSupport.knownCount(sequence) else { return .unknown(type) }
            switch count {
            case 0: return .null(type)
            case 1: return sequence.elements?.first ?? .null(type)
            default: throw .argument(index: 0, message: oneElementRequirement)
            }
        }
    )

    private static let oneElementRequirement = "must be a list, set, or tuple value with either zero or one elements"
}
