import Values

extension StringFunctions {
    /// `format(spec, args...)`: printf-style formatting with go-cty's verbs; unknown until every
    /// argument is wholly known.
    static let format = Function(
        parameters: [FunctionParameter("format", .string)],
        variadic: FunctionParameter("args", .dynamic, allowsNull: true, allowsUnknown: true),
        returns: .string
    ) { arguments throws(FunctionError) in
        let values = Array(arguments.dropFirst())
        guard values.allSatisfy(\.isWhollyKnown) else { return .unknown(.string) }
        let spec = try string(arguments[0])
        do throws(FormatFailure) {
            return .string(try FormatScanner.format(spec, values))
        } catch {
            switch error {
            case .message(let message): throw .call(message)
            case .unusedArgument(let index, let message): throw .argument(index: index, message: message)
            }
        }
    }

    /// `formatlist(spec, args...)`: `format` applied once per element of the list, set and tuple
    /// arguments, taken in lockstep; other arguments repeat in every result.
    static let formatlist = Function(
        parameters: [FunctionParameter("format", .string)],
        variadic: FunctionParameter("args", .dynamic, allowsNull: true, allowsUnknown: true),
        returns: .list(.string)
    ) { arguments throws(FunctionError) in
        let spec = try string(arguments[0])
        let values = Array(arguments.dropFirst())
        guard !values.isEmpty else {
            return .list([.string(try formatOnce(spec, []))], elementType: .string)
        }
        guard let rows = try lockstepRows(values) else { return .unknown(.list(.string)) }
        var results: [Value] = []
        for (iteration, row) in rows.enumerated() {
            guard row.allSatisfy(\.isWhollyKnown) else {
                results.append(.unknown(.string))
                continue
            }
            do throws(FormatFailure) {
                results.append(.string(try FormatScanner.format(spec, row)))
            } catch {
                throw .call("error on format iteration \(iteration): \(error.message)")
            }
        }
        return .list(results, elementType: .string)
    }

    private static func formatOnce(_ spec: String, _ values: [Value]) throws(FunctionError) -> String {
        do throws(FormatFailure) {
            return try FormatScanner.format(spec, values)
        } catch {
            throw .call(error.message)
        }
    }

    /// The arguments of each `formatlist` iteration: sequences (lists, sets, tuples) give one
    /// element per iteration and must agree in length; nil while a sequence is unknown.
    private static func lockstepRows(_ values: [Value]) throws(FunctionError) -> [[Value]]? {
        var length: Int?
        var lengthSource = 0
        var isUnknown = false
        for (index, value) in values.enumerated() {
            let type = value.type
            guard (type.isList || type.isSet || type.isTuple) && !value.isNull else {
                if type == .dynamic && !value.isKnown { isUnknown = true }
                continue
            }
            guard value.isKnown || type.isTuple else {
                isUnknown = true
                continue
            }
            let count = value.count ?? type.tupleElementTypes?.count ?? 0
            if let expected = length, count != expected {
                throw .argument(
                    index: index + 1,
                    message: "argument \(index + 1) has length \(count), which is inconsistent with "
                        + "argument \(lengthSource + 1) of length \(expected)"
                )
            }
            if length == nil {
                length = count
                lengthSource = index
            }
            if !value.isKnown { isUnknown = true }
        }
        if isUnknown { return nil }
        return (0..<(length ?? 1)).map { iteration in
            values.map { value in value.elements?[iteration] ?? value }
        }
    }
}
