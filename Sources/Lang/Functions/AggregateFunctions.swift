import Values

/// Functions that reduce a collection to one value: `alltrue`, `anytrue`, `length` and `sum`.
public enum AggregateFunctions {
    public static let all: [String: Function] = [
        "alltrue": alltrue,
        "anytrue": anytrue,
        "length": length,
        "sum": sum,
    ]

    /// True when no element is false or null; unknown as soon as an unknown element is met.
    static let alltrue = Function(
        parameters: [FunctionParameter("list", .list(.bool))],
        returns: .bool
    ) { arguments throws(FunctionError) in
        for element in arguments[0].elements ?? [] {
            guard element.isKnown else { return .unknown(.bool) }
            guard element.boolValue == true else { return .false }
        }
        return .true
    }

    /// True when some element is true; unknown when only unknown elements could be.
    static let anytrue = Function(
        parameters: [FunctionParameter("list", .list(.bool))],
        returns: .bool
    ) { arguments throws(FunctionError) in
        var sawUnknown = false
        for element in arguments[0].elements ?? [] {
            guard element.isKnown else {
                sawUnknown = true
                continue
            }
            if element.boolValue == true { return .true }
        }
        return sawUnknown ? .unknown(.bool) : .false
    }

    /// Characters (grapheme clusters) of a string or elements of a collection; a tuple's or an
    /// object's is known from its type alone.
    static let length = Function(
        parameters: [FunctionParameter("value", .dynamic, allowsUnknown: true, allowsDynamicType: true, allowsMarked: true)],
        returnType: { arguments throws(FunctionError) in
            switch arguments[0].type {
            case .string, .tuple, .object, .list, .set, .map, .dynamic:
                return .number
            case .number, .bool:
                throw .call("argument must be a string, a collection type, or a structural type")
            }
        },
        implementation: { arguments, _ throws(FunctionError) in
            let (value, marks) = arguments[0].unmarked()
            switch value.type {
            case .tuple(let types):
                return Value.number(types.count).marked(marks)
            case .object(let attributes, _):
                return Value.number(attributes.count).marked(marks)
            case .string:
                guard let text = value.stringValue else { return Value.unknown(.number).marked(marks) }
                return Value.number(text.count).marked(marks)
            default:
                guard let count = CollectionSupport.knownCount(value) else { return Value.unknown(.number).marked(marks) }
                return Value.number(count).marked(marks)
            }
        }
    )

    static let sum = Function(
        parameters: [FunctionParameter("list", .dynamic)],
        returns: .number
    ) { arguments throws(FunctionError) in
        let collection = arguments[0]
        let type = collection.type
        guard CollectionSupport.isSequence(type) || type.isMap || type.isObject else {
            throw .argument(index: 0, message: "cannot sum noniterable")
        }
        if collection.count == 0 { throw .argument(index: 0, message: "cannot sum an empty list") }
        guard CollectionSupport.isSequence(type) else {
            throw .argument(index: 0, message: "argument must be list, set, or tuple. Received \(type.friendlyName)")
        }
        guard collection.isWhollyKnown else { return .unknown(.number) }
        var total: Number?
        for element in collection.elements ?? [] {
            guard let number = (try? element.converted(to: .number))?.numberValue else {
                throw .argument(index: 0, message: "argument must be list, set, or tuple of number values")
            }
            do throws(NumberError) {
                total = try total.map { sum throws(NumberError) in try sum + number } ?? number
            } catch {
                throw .call(error.description)
            }
        }
        return .number(total ?? .zero)
    }
}
