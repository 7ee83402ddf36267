import Values

/// Terraform's `yamldecode` and `yamlencode`.
enum YAMLFunctions {
    static let yamldecode = Function(
        parameters: [FunctionParameter("src", .string)],
        returnType: { arguments throws(FunctionError) in
            guard let text = arguments[0].stringValue else { return .dynamic }
            return try YAMLDecoder.decode(text).type
        },
        implementation: { arguments, _ throws(FunctionError) in
            guard let text = arguments[0].stringValue else { return .dynamicUnknown }
            return try YAMLDecoder.decode(text)
        }
    )

    static let yamlencode = Function(
        parameters: [FunctionParameter("value", .dynamic, allowsNull: true, allowsDynamicType: true)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let value = arguments[0]
        guard value.isWhollyKnown else { return .unknown(.string) }
        return .string(try YAMLEncoder.encode(value))
    }
}
