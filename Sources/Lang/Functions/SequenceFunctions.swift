import Values

/// Functions that build or reshape sequences: `chunklist`, `concat`, `flatten`, `range`,
/// `reverse`, `slice` and `sort`.
public enum SequenceFunctions {
    public static let all: [String: Function] = [
        "chunklist": chunklist,
        "concat": concat,
        "flatten": flatten,
        "range": range,
        "reverse": reverse,
        "slice": slice,
        "sort": sort,
    ]

    /// The most elements `range` produces before it gives up.
    static let rangeLimit = 1024

    static let chunklist = Function(
        parameters: [
            FunctionParameter("list", .list(.dynamic), allowsMarked: true),
            FunctionParameter("size", .number, allowsMarked: true),
        ],
        returnType: { arguments throws(FunctionError) in .list(arguments[0].type) },
        implementation: { arguments, _ throws(FunctionError) in
            let (list, listMarks) = arguments[0].unmarked()
            let (size, sizeMarks) = arguments[1].unmarked()
            let marks = listMarks.union(sizeMarks)
            let chunkSize = try CollectionSupport.integer(size, prefix: "invalid size: ")
            if chunkSize < 0 { throw .call("the size argument must be positive") }
            let elements = list.elements ?? []
            guard !elements.isEmpty else { return Value.list([], elementType: list.type).marked(marks) }
            guard chunkSize > 0 else { return Value.list([list], elementType: list.type).marked(marks) }
            let elementType = list.type.elementType ?? .dynamic
            let chunks = stride(from: 0, to: elements.count, by: chunkSize).map { start in
                Value.list(Array(elements[start..<min(start + chunkSize, elements.count)]), elementType: elementType)
            }
            return Value.list(chunks, elementType: list.type).marked(marks)
        }
    )

    static let concat = Function(
        parameters: [],
        variadic: FunctionParameter("seqs", .dynamic, allowsMarked: true),
        returnType: { arguments throws(FunctionError) in try concatenationType(arguments) },
        implementation: { arguments, type throws(FunctionError) in
            var elements: [Value] = []
            var marks = Set<Mark>()
            for (index, argument) in arguments.enumerated() {
                let sequence = type.isList ? try CollectionSupport.converted(argument, to: type, argument: index) : argument
                let (plain, sequenceMarks) = sequence.unmarked()
                marks.formUnion(sequenceMarks)
                elements += plain.elements ?? []
            }
            if case .list(let elementType) = type {
                return Value.list(elements, elementType: elementType).marked(marks)
            }
            return Value.tuple(elements).marked(marks)
        }
    )

    /// A list when every argument is a list and their types unify; otherwise a tuple of every
    /// element's type, which needs the length of any list among them.
    private static func concatenationType(_ arguments: [Value]) throws(FunctionError) -> ValueType {
        guard let first = arguments.first else { throw .call("at least one argument is required") }
        let types = arguments.map(\.type)
        if first.type.isList, types.allSatisfy(\.isList), let common = Unification.unify(types, unsafe: true) {
            return common
        }
        var elementTypes: [ValueType] = []
        for (index, argument) in arguments.enumerated() {
            switch argument.type {
            case .tuple(let types):
                elementTypes += types
            case .list(let elementType):
                guard argument.isKnown else { return .dynamic }
                elementTypes += Array(repeating: elementType, count: argument.count ?? 0)
            case let other:
                throw .argument(index: index, message: "all arguments must be lists or tuples; got \(other.friendlyName)")
            }
        }
        return .tuple(elementTypes)
    }

    static let flatten = Function(
        parameters: [FunctionParameter("list", .dynamic, allowsMarked: true)],
        returnType: { arguments throws(FunctionError) in
            let list = arguments[0]
            guard list.isWhollyKnown else { return .dynamic }
            guard CollectionSupport.isSequence(list.type) else { throw .call("can only flatten lists, sets and tuples") }
            let flattened = Flattening(list)
            return flattened.isKnown ? .tuple(flattened.elements.map(\.type)) : .dynamic
        },
        implementation: { arguments, type throws(FunctionError) in
            let (list, marks) = arguments[0].unmarked()
            if list.count == 0 { return Value.emptyTuple.marked(marks) }
            let flattened = Flattening(arguments[0])
            guard flattened.isKnown else { return Value.unknown(type).marked(flattened.marks) }
            return Value.tuple(flattened.elements).marked(flattened.marks)
        }
    )

    /// The elements of nested sequences in order, with the marks of every sequence opened;
    /// not known when a nested sequence (or the number of its elements) is unknown.
    private struct Flattening {
        var elements: [Value] = []
        var marks = Set<Mark>()
        var isKnown = true

        init(_ sequence: Value) {
            let (plain, ownMarks) = sequence.unmarked()
            marks = ownMarks
            guard let nested = plain.elements, CollectionSupport.knownCount(plain) != nil else {
                isKnown = false
                return
            }
            for element in nested {
                if element.type == .dynamic && !element.isNull { isKnown = false }
                guard CollectionSupport.isSequence(element.type) else {
                    elements.append(element)
                    continue
                }
                guard element.isKnown else {
                    isKnown = false
                    marks.formUnion(element.marks)
                    continue
                }
                let inner = Flattening(element)
                marks.formUnion(inner.marks)
                if inner.isKnown { elements += inner.elements } else { isKnown = false }
            }
        }
    }

    static let range = Function(
        parameters: [],
        variadic: FunctionParameter("params", .number),
        returns: .list(.number)
    ) { arguments throws(FunctionError) in
        let numbers = arguments.compactMap(\.numberValue)
        let start: Number, end: Number, step: Number
        switch numbers.count {
        case 1:
            (start, end, step) = (.zero, numbers[0], Number(numbers[0] < .zero ? -1 : 1))
        case 2:
            (start, end, step) = (numbers[0], numbers[1], Number(numbers[1] < numbers[0] ? -1 : 1))
        case 3:
            (start, end, step) = (numbers[0], numbers[1], numbers[2])
        default:
            throw .call("must have one, two, or three arguments")
        }
        let descending = step < .zero
        if descending && start < end {
            throw .argument(index: 1, message: "end must be less than start when step is negative")
        }
        if !descending && end < start {
            throw .argument(index: 1, message: "end must be greater than start when step is positive")
        }
        var values: [Value] = []
        var current = start
        while descending ? end < current : current < end {
            if values.count >= rangeLimit {
                throw .call("more than \(rangeLimit) values were generated; either decrease the difference between start and end or use a smaller step")
            }
            values.append(.number(current))
            do throws(NumberError) {
                current = try current + step
            } catch {
                throw .call(error.description)
            }
        }
        return .list(values, elementType: .number)
    }

    static let reverse = Function(
        parameters: [FunctionParameter("list", .dynamic, allowsMarked: true)],
        returnType: { arguments throws(FunctionError) in
            switch arguments[0].type {
            case .tuple(let types): return .tuple(types.reversed())
            case .list(let elementType), .set(let elementType): return .list(elementType)
            case let other:
                throw .argument(index: 0, message: "can only reverse list or tuple values, not \(other.friendlyName)")
            }
        },
        implementation: { arguments, type throws(FunctionError) in
            let (sequence, marks) = arguments[0].unmarked()
            let reversed = Array((sequence.elements ?? []).reversed())
            if case .list(let elementType) = type {
                return Value.list(reversed, elementType: elementType).marked(marks)
            }
            return Value.tuple(reversed).marked(marks)
        }
    )

    static let slice = Function(
        parameters: [
            FunctionParameter("list", .dynamic, allowsMarked: true),
            FunctionParameter("start_index", .number),
            FunctionParameter("end_index", .number),
        ],
        returnType: { arguments throws(FunctionError) in
            let sequenceType = arguments[0].type
            if sequenceType.isSet {
                throw .argument(index: 0, message: "cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important")
            }
            guard sequenceType.isList || sequenceType.isTuple else {
                throw .argument(index: 0, message: "must be a list or tuple value")
            }
            let bounds = try sliceBounds(arguments)
            if sequenceType.isList { return sequenceType }
            guard let bounds, let types = sequenceType.tupleElementTypes else { return .dynamic }
            return .tuple(Array(types[bounds]))
        },
        implementation: { arguments, type throws(FunctionError) in
            let (sequence, marks) = arguments[0].unmarked()
            let elements = sequence.elements ?? []
            guard let bounds = try sliceBounds(arguments), bounds.upperBound <= elements.count else {
                return Value.dynamicUnknown.marked(marks)
            }
            let sliced = Array(elements[bounds])
            if case .list(let elementType) = type {
                return Value.list(sliced, elementType: elementType).marked(marks)
            }
            return Value.tuple(sliced).marked(marks)
        }
    )

    /// The positions `slice` takes, checked against each other and the sequence's length when
    /// they are known; nil while either index is unknown.
    private static func sliceBounds(_ arguments: [Value]) throws(FunctionError) -> Range<Int>? {
        let sequence = arguments[0]
        let length = sequence.type.tupleElementTypes?.count ?? sequence.count
        let start = try slicePosition(arguments[1], argument: 1, name: "start", length: length)
        let end = try slicePosition(arguments[2], argument: 2, name: "end", length: length)
        guard let start, let end else { return nil }
        if start > end { throw .argument(index: 1, message: "start index must not be greater than end index") }
        return start..<end
    }

    /// One of `slice`'s indexes when known, within the sequence's length when that is known.
    private static func slicePosition(_ value: Value, argument index: Int, name: String, length: Int?) throws(FunctionError) -> Int? {
        guard value.isKnown else { return nil }
        let position = try CollectionSupport.integer(value, argument: index, prefix: "invalid \(name) index: ")
        if position < 0 { throw .argument(index: index, message: "\(name) index must not be less than zero") }
        if let length, position > length {
            throw .argument(index: index, message: "\(name) index must not be greater than the length of the list")
        }
        return position
    }

    static let sort = Function(
        parameters: [FunctionParameter("list", .list(.string), allowsUnknown: true)],
        returns: .list(.string)
    ) { arguments throws(FunctionError) in
        let list = arguments[0]
        guard let elements = list.elements else { return .unknown(.list(.string)) }
        guard list.isWhollyKnown else {
            return .list(Array(repeating: .unknown(.string), count: elements.count), elementType: .string)
        }
        var texts: [String] = []
        for (index, element) in elements.enumerated() {
            guard let text = element.stringValue else {
                throw .call("given list element \(index) is null; a null string cannot be sorted")
            }
            texts.append(text)
        }
        texts.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return .list(texts.map(Value.string), elementType: .string)
    }
}
