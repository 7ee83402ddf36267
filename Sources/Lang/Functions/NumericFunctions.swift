import Values

/// Terraform's numeric functions: `abs`, `ceil`, `floor`, `log`, `max`, `min`, `parseint`,
/// `pow` and `signum`.
public enum NumericFunctions {
    public static let all: [String: Function] = [
        "abs": abs,
        "ceil": ceil,
        "floor": floor,
        "log": log,
        "max": max,
        "min": min,
        "parseint": parseint,
        "pow": pow,
        "signum": signum,
    ]

    static let abs = Function(
        parameters: [FunctionParameter("num", .number, allowsDynamicType: true, allowsMarked: true)],
        returns: .number
    ) { arguments throws(FunctionError) in
        let (value, marks) = arguments[0].unmarked()
        return Value.number(try number(value).magnitude).marked(marks)
    }

    static let ceil = unary { number throws(FunctionError) in number.ceil() }
    static let floor = unary { number throws(FunctionError) in number.floor() }

    /// The sign as -1, 0 or 1, of a number that must be a whole number in Go's `int` range.
    static let signum = unary { number throws(FunctionError) in
        let whole = try CollectionSupport.integer(.number(number))
        return Number(whole.signum())
    }

    static let log = binary("num", "base") { number, base throws(FunctionError) in
        try float(GoFloatMath.log(try double(number)) / GoFloatMath.log(try double(base)))
    }

    static let pow = binary("num", "power") { number, power throws(FunctionError) in
        try float(GoFloatMath.pow(try double(number), try double(power)))
    }

    static let max = extremum { candidate, best in best < candidate }
    static let min = extremum { candidate, best in candidate < best }

    static let parseint = Function(
        parameters: [FunctionParameter("number", .dynamic), FunctionParameter("base", .number)],
        returnType: { arguments throws(FunctionError) in
            guard arguments[0].type == .string else {
                throw .argument(index: 0, message: "first argument must be a string, not \(arguments[0].type.friendlyName)")
            }
            return .number
        },
        implementation: { arguments, _ throws(FunctionError) in
            let text = arguments[0].stringValue ?? ""
            let base = try CollectionSupport.integer(arguments[1], argument: 1)
            guard (2...62).contains(base) else {
                throw .argument(index: 1, message: "base must be a whole number between 2 and 62 inclusive")
            }
            guard let parsed = IntegerText.parse(text, base: base) else {
                throw .argument(index: 0, message: "cannot parse \(goQuoted(text)) as a base \(base) integer")
            }
            return .number(parsed)
        }
    )

    /// Go's message for a number beyond binary64's range, written out as `%f` prints the bound.
    private static let float64RangeMessage: String = {
        let bound = "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000"
        return "value must be between -\(bound) and \(bound) inclusive"
    }()

    private static func number(_ value: Value) throws(FunctionError) -> Number {
        guard let number = value.numberValue else { throw .call("a number is required") }
        return number
    }

    /// The nearest binary64 value; a finite number too large for one is an error.
    private static func double(_ number: Number) throws(FunctionError) -> Double {
        let double = number.doubleValue
        if double.isInfinite && !number.isInfinite { throw .call(float64RangeMessage) }
        return double
    }

    /// A binary64 result as a number; NaN has no number, and makes Terraform itself fail.
    private static func float(_ double: Double) throws(FunctionError) -> Number {
        guard let number = Number(double) else {
            throw .call("panic in function implementation: Float.SetFloat64(NaN)")
        }
        return number
    }

    private static func unary(_ operation: @escaping @Sendable (Number) throws(FunctionError) -> Number) -> Function {
        Function(parameters: [FunctionParameter("num", .number)], returns: .number) { arguments throws(FunctionError) in
            .number(try operation(try number(arguments[0])))
        }
    }

    private static func binary(
        _ first: String, _ second: String, _ operation: @escaping @Sendable (Number, Number) throws(FunctionError) -> Number
    ) -> Function {
        Function(
            parameters: [FunctionParameter(first, .number), FunctionParameter(second, .number)],
            returns: .number
        ) { arguments throws(FunctionError) in
            .number(try operation(try number(arguments[0]), try number(arguments[1])))
        }
    }

    /// The first number that no other `beats`.
    private static func extremum(_ beats: @escaping @Sendable (_ candidate: Number, _ best: Number) -> Bool) -> Function {
        Function(
            parameters: [],
            variadic: FunctionParameter("numbers", .number, allowsDynamicType: true),
            returns: .number
        ) { arguments throws(FunctionError) in
            guard let first = arguments.first else { throw .call("must pass at least one number") }
            var best = try number(first)
            for argument in arguments.dropFirst() {
                let candidate = try number(argument)
                if beats(candidate, best) { best = candidate }
            }
            return .number(best)
        }
    }
}
