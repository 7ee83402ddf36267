import Values

extension Function {
    /// Calls the function with arguments already converted to the parameters' types, with
    /// Terraform's rules for nulls, unknowns and marks.
    public func call(_ arguments: [Value]) throws(FunctionError) -> Value {
        let expectedType = try resultType(for: arguments)
        var plainArguments = arguments
        var resultMarks = Set<Mark>()
        for (index, argument) in arguments.enumerated() {
            guard let parameter = parameter(at: index) else { continue }
            if !argument.isKnown && !parameter.allowsUnknown { return .unknown(expectedType) }
            if !parameter.allowsMarked {
                let (plain, marks) = argument.unmarkedDeep()
                plainArguments[index] = plain
                resultMarks.formUnion(marks)
            }
        }
        return try implementation(plainArguments, expectedType).marked(resultMarks)
    }

    /// The type of the result for these arguments, checking nulls; `dynamic` when an argument
    /// of unknown type reaches a parameter that needs its type.
    public func resultType(for arguments: [Value]) throws(FunctionError) -> ValueType {
        var typeArguments = arguments
        for (index, argument) in arguments.enumerated() {
            guard let parameter = parameter(at: index) else { continue }
            if !parameter.allowsMarked && argument.containsMarks {
                typeArguments[index] = argument.unmarkedDeep().0
            }
            if argument.isNull && !parameter.allowsNull {
                throw .argument(index: index, message: "argument must not be null")
            }
            if argument.type == .dynamic && !parameter.allowsDynamicType { return .dynamic }
        }
        return try returnType(typeArguments)
    }
}
