import Values

/// Functions that skip what is missing or empty: `coalesce`, `coalescelist` and `compact`.
public enum CoalesceFunctions {
    public static let all: [String: Function] = [
        "coalesce": coalesce,
        "coalescelist": coalescelist,
        "compact": compact,
    ]

    /// The first argument that is neither null nor an empty string, converted to the type all
    /// the arguments unify to.
    static let coalesce = Function(
        parameters: [],
        variadic: FunctionParameter("vals", .dynamic, allowsNull: true, allowsUnknown: true, allowsDynamicType: true),
        returnType: { arguments throws(FunctionError) in
            guard let type = Unification.unify(arguments.map(\.type), unsafe: true) else {
                throw .call("all arguments must have the same type")
            }
            return type
        },
        implementation: { arguments, type throws(FunctionError) in
            for argument in arguments {
                guard let candidate = try? argument.converted(to: type) else { continue }
                if !candidate.isKnown { return .unknown(type) }
                if candidate.isNull || type == .string && candidate.stringValue == "" { continue }
                return candidate
            }
            throw .call("no non-null, non-empty-string arguments")
        }
    )

    /// The first non-empty list or tuple; its type is the arguments' when they all share one.
    static let coalescelist = Function(
        parameters: [],
        variadic: FunctionParameter("vals", .dynamic, allowsNull: true, allowsUnknown: true, allowsDynamicType: true),
        returnType: { arguments throws(FunctionError) in
            guard let first = arguments.first else { throw .call("at least one argument is required") }
            for argument in arguments {
                guard argument.isKnown else { return .dynamic }
                guard argument.type.isList || argument.type.isTuple else {
                    throw .call("coalescelist arguments must be lists or tuples")
                }
            }
            return arguments.allSatisfy { $0.type == first.type } ? first.type : .dynamic
        },
        implementation: { arguments, type throws(FunctionError) in
            for argument in arguments {
                guard argument.isKnown else { return .unknown(type) }
                if let count = argument.count, count > 0 { return argument }
            }
            throw .call("no non-null arguments")
        }
    )

    static let compact = Function(
        parameters: [FunctionParameter("list", .list(.string))],
        returns: .list(.string)
    ) { arguments throws(FunctionError) in
        let list = arguments[0]
        guard list.isWhollyKnown else { return .unknown(.list(.string)) }
        let kept = (list.elements ?? []).filter { ($0.stringValue ?? "") != "" }
        return .list(kept, elementType: .string)
    }
}
