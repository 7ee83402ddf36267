import Values

/// Set algebra: `setintersection`, `setproduct`, `setsubtract` and `setunion`.
public enum SetFunctions {
    public static let all: [String: Function] = [
        "setintersection": setintersection,
        "setproduct": setproduct,
        "setsubtract": setsubtract,
        "setunion": setunion,
    ]

    static let setunion = operation(
        FunctionParameter("first_set", .set(.dynamic), allowsDynamicType: true),
        variadic: FunctionParameter("other_sets", .set(.dynamic), allowsDynamicType: true),
        keepsUnknowns: true
    ) { result, other in result + other }

    static let setintersection = operation(
        FunctionParameter("first_set", .set(.dynamic), allowsDynamicType: true),
        variadic: FunctionParameter("other_sets", .set(.dynamic), allowsDynamicType: true)
    ) { result, other in
        let members = Set(other)
        return result.filter(members.contains)
    }

    static let setsubtract = operation(
        FunctionParameter("a", .set(.dynamic), allowsDynamicType: true),
        FunctionParameter("b", .set(.dynamic), allowsDynamicType: true)
    ) { result, other in
        let members = Set(other)
        return result.filter { !members.contains($0) }
    }

    /// A function that folds its sets, all converted to one set type, with `combine`. Only a
    /// union can say anything while elements are unknown.
    private static func operation(
        _ parameters: FunctionParameter..., variadic: FunctionParameter? = nil, keepsUnknowns: Bool = false,
        _ combine: @escaping @Sendable (_ result: [Value], _ other: [Value]) -> [Value]
    ) -> Function {
        Function(
            parameters: parameters,
            variadic: variadic,
            returnType: { arguments throws(FunctionError) in try commonSetType(arguments) },
            implementation: { arguments, type throws(FunctionError) in
                var result: [Value]?
                for (index, argument) in arguments.enumerated() {
                    let set = try CollectionSupport.converted(argument, to: type, argument: index)
                    if !keepsUnknowns && !set.isWhollyKnown { return .unknown(type) }
                    let elements = set.elements ?? []
                    result = result.map { combine($0, elements) } ?? elements
                }
                return .set(result ?? [], elementType: type.elementType ?? .dynamic)
            }
        )
    }

    /// The set type every argument converts to; empty sets of unknown element type fit any.
    private static func commonSetType(_ arguments: [Value]) throws(FunctionError) -> ValueType {
        var elementTypes: [ValueType] = []
        for argument in arguments {
            let elementType = argument.type.elementType ?? .dynamic
            if argument.isKnown && argument.count == 0 && elementType == .dynamic { continue }
            elementTypes.append(elementType)
        }
        guard !elementTypes.isEmpty else { return .set(.dynamic) }
        guard let common = Unification.unify(elementTypes, unsafe: true) else {
            throw .call("given sets must all have compatible element types")
        }
        return .set(common)
    }

    /// Every combination of one element from each argument, as tuples: a list when every
    /// argument is a list or tuple, otherwise a set.
    static let setproduct = Function(
        parameters: [],
        variadic: FunctionParameter("sets", .dynamic, allowsMarked: true),
        returnType: { arguments throws(FunctionError) in
            guard arguments.count >= 2 else { throw .call("at least two arguments are required") }
            var elementTypes: [ValueType] = []
            var sequenceCount = 0
            for (index, argument) in arguments.enumerated() {
                switch argument.type {
                case .set(let elementType):
                    elementTypes.append(elementType)
                case .list(let elementType):
                    elementTypes.append(elementType)
                    sequenceCount += 1
                case .tuple(let types):
                    guard let elementType = types.isEmpty ? .dynamic : Unification.unify(types, unsafe: true) else {
                        throw .argument(index: index, message: "all elements must be of the same type")
                    }
                    elementTypes.append(elementType)
                    sequenceCount += 1
                default:
                    throw .argument(index: index, message: "a set or a list is required")
                }
            }
            let tuple = ValueType.tuple(elementTypes)
            return sequenceCount == arguments.count ? .list(tuple) : .set(tuple)
        },
        implementation: { arguments, type throws(FunctionError) in
            let tupleTypes = type.elementType?.tupleElementTypes ?? []
            var marks = Set<Mark>()
            var factors: [[Value]] = []
            for (index, argument) in arguments.enumerated() {
                let (plain, ownMarks) = argument.unmarked()
                marks.formUnion(ownMarks)
                guard CollectionSupport.knownCount(plain) != nil else { return Value.unknown(type).marked(ownMarks) }
                let elementType = index < tupleTypes.count ? tupleTypes[index] : .dynamic
                var converted: [Value] = []
                for element in plain.elements ?? [] {
                    converted.append(try CollectionSupport.converted(element, to: elementType, argument: index))
                }
                factors.append(converted)
            }
            let tuples = product(factors).map(Value.tuple)
            let tupleType = type.elementType ?? .dynamic
            let result: Value = type.isList ? .list(tuples, elementType: tupleType) : .set(tuples, elementType: tupleType)
            return result.marked(marks)
        }
    )

    /// The combinations in order, the last factor varying fastest.
    private static func product(_ factors: [[Value]]) -> [[Value]] {
        factors.reduce([[]]) { combinations, factor in
            combinations.flatMap { prefix in factor.map { prefix + [$0] } }
        }
    }
}
