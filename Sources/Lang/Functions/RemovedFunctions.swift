import Values

/// `list` and `map`, which Terraform removed in v0.12 but still recognises, so that calling
/// them says what to write instead.
public enum RemovedFunctions {
    public static let all: [String: Function] = [
        "list": removed(because: "the \"list\" function was deprecated in Terraform v0.12 and is no longer available; use tolist([ ... ]) syntax to write a literal list"),
        "map": removed(because: "the \"map\" function was deprecated in Terraform v0.12 and is no longer available; use tomap({ ... }) syntax to write a literal map"),
    ]

    private static func removed(because message: String) -> Function {
        Function(
            parameters: [],
            variadic: FunctionParameter("vals", .dynamic, allowsNull: true, allowsUnknown: true, allowsDynamicType: true),
            returnType: { _ throws(FunctionError) in throw .call(message) },
            implementation: { _, _ throws(FunctionError) in throw .call(message) }
        )
    }
}
