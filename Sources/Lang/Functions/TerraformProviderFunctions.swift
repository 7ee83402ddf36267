import Values

/// The functions of Terraform's built-in `terraform` provider, called as
/// `provider::terraform::NAME(...)` and keyed here by their bare names.
public enum TerraformProviderFunctions {
    public static let all: [String: Function] = [
        "decode_tfvars": decodeTfvars,
        "encode_expr": encodeExpr,
        "encode_tfvars": encodeTfvars,
    ]

    /// An object (or map) as the text of a `.tfvars` file: one aligned `name = value` line per
    /// attribute, sorted by name.
    static let encodeTfvars = Function(
        parameters: [FunctionParameter("value", .dynamic, allowsUnknown: true, allowsDynamicType: true)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let value = arguments[0]
        guard value.isWhollyKnown else { return .unknown(.string) }
        guard value.type.isObject || value.type.isMap, let attributes = value.attributes else {
            throw .call("invalid value to encode: must be an object whose attribute names will become the encoded variable names")
        }
        let sorted = attributes.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (name, _) in sorted where !ValueTokens.isIdentifier(name) {
            throw .call("invalid variable name \(goQuoted(name)): must be a valid identifier, per Terraform's rules for input variable declarations")
        }
        return .string(ValueTokens.attributes(sorted.map { (name: $0.key, value: $0.value) }))
    }

    /// The attributes a `.tfvars` file sets, as an object; the file may use operators and
    /// constructors but no references and no function calls.
    static let decodeTfvars = Function(
        parameters: [FunctionParameter("src", .string)],
        returns: .dynamic
    ) { arguments throws(FunctionError) in
        guard let source = arguments[0].stringValue else { return .dynamicUnknown }
        return try TfvarsDecoding.decode(source)
    }

    /// Any value as the text of an expression that produces it.
    static let encodeExpr = Function(
        parameters: [FunctionParameter("value", .dynamic, allowsUnknown: true, allowsDynamicType: true)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let value = arguments[0]
        guard value.isWhollyKnown else { return .unknown(.string) }
        return .string(ValueTokens.expression(for: value))
    }
}
