import Values

/// One parameter of a built-in function and what it accepts.
public struct FunctionParameter: Sendable {
    public let name: String
    /// The type arguments are converted to; `dynamic` accepts any type.
    public let type: ValueType
    /// Whether null may be passed; otherwise "argument must not be null".
    public let allowsNull: Bool
    /// Whether the implementation sees unknown values; otherwise the result is simply unknown.
    public let allowsUnknown: Bool
    /// Whether a value of not-yet-known type reaches the implementation.
    public let allowsDynamicType: Bool
    /// Whether the implementation sees marks; otherwise they are removed and put on the result.
    public let allowsMarked: Bool

    public init(
        _ name: String, _ type: ValueType, allowsNull: Bool = false, allowsUnknown: Bool = false,
        allowsDynamicType: Bool = false, allowsMarked: Bool = false
    ) {
        self.name = name
        self.type = type
        self.allowsNull = allowsNull
        self.allowsUnknown = allowsUnknown
        self.allowsDynamicType = allowsDynamicType
        self.allowsMarked = allowsMarked
    }
}

/// Why a function call failed: a problem with one argument, or with the call as a whole.
public enum FunctionError: Error, Sendable, Equatable {
    /// The argument at `index` (counting variadic arguments) is unacceptable.
    case argument(index: Int, message: String)
    /// The call failed for another reason.
    case call(String)
}

/// A built-in function: its parameters, how its result type follows from its arguments, and
/// what it computes.
public struct Function: Sendable {
    public let parameters: [FunctionParameter]
    /// The parameter that takes any number of further arguments, if the function has one.
    public let variadic: FunctionParameter?
    /// The result type for these arguments (which may be unknown); may reject them.
    public let returnType: @Sendable (_ arguments: [Value]) throws(FunctionError) -> ValueType
    /// The result for known arguments (unknown ones only where a parameter allows them).
    public let implementation: @Sendable (_ arguments: [Value], _ returnType: ValueType) throws(FunctionError) -> Value

    public init(
        parameters: [FunctionParameter],
        variadic: FunctionParameter? = nil,
        returnType: @escaping @Sendable (_ arguments: [Value]) throws(FunctionError) -> ValueType,
        implementation: @escaping @Sendable (_ arguments: [Value], _ returnType: ValueType) throws(FunctionError) -> Value
    ) {
        self.parameters = parameters
        self.variadic = variadic
        self.returnType = returnType
        self.implementation = implementation
    }

    /// A function whose result type never depends on its arguments.
    public init(
        parameters: [FunctionParameter],
        variadic: FunctionParameter? = nil,
        returns type: ValueType,
        implementation: @escaping @Sendable (_ arguments: [Value]) throws(FunctionError) -> Value
    ) {
        self.init(
            parameters: parameters, variadic: variadic,
            returnType: { _ throws(FunctionError) in type },
            implementation: { arguments, _ throws(FunctionError) in try implementation(arguments) }
        )
    }

    /// The parameter that receives the argument at `index`, if any.
    public func parameter(at index: Int) -> FunctionParameter? {
        index < parameters.count ? parameters[index] : variadic
    }
}
