import HCL
import Values

/// The functions behind the language's operators, with Terraform's parameter rules.
enum OperatorFunctions {
    /// The function behind a binary operator; `&&` and `||` have none because they
    /// short-circuit (see `Evaluator.evaluateLogical`).
    static func function(for op: BinaryOperator) -> Function? {
        switch op {
        case .add: arithmetic { a, b throws(NumberError) in try a + b }
        case .subtract: arithmetic { a, b throws(NumberError) in try a - b }
        case .multiply: arithmetic { a, b throws(NumberError) in try a * b }
        case .divide: arithmetic { a, b throws(NumberError) in try a / b }
        case .modulo: arithmetic { a, b throws(NumberError) in try a % b }
        case .lessThan: comparison { $0 < $1 }
        case .lessThanOrEqual: comparison { $0 < $1 || $0 == $1 }
        case .greaterThan: comparison { $1 < $0 }
        case .greaterThanOrEqual: comparison { $1 < $0 || $0 == $1 }
        case .equal: equality(negated: false)
        case .notEqual: equality(negated: true)
        case .and, .or: nil
        }
    }

    static let not = Function(
        parameters: [FunctionParameter("val", .bool, allowsDynamicType: true)], returns: .bool
    ) { arguments throws(FunctionError) in .bool(!(arguments[0].boolValue ?? false)) }

    static let negate = Function(
        parameters: [FunctionParameter("num", .number, allowsDynamicType: true)], returns: .number
    ) { arguments throws(FunctionError) in .number(-(arguments[0].numberValue ?? .zero)) }

    private static func arithmetic(_ operation: @escaping @Sendable (Number, Number) throws(NumberError) -> Number) -> Function {
        Function(
            parameters: [FunctionParameter("a", .number, allowsDynamicType: true), FunctionParameter("b", .number, allowsDynamicType: true)],
            returns: .number
        ) { arguments throws(FunctionError) in
            guard let left = arguments[0].numberValue, let right = arguments[1].numberValue else { return .unknown(.number) }
            do throws(NumberError) {
                return .number(try operation(left, right))
            } catch {
                throw .call(error.description)
            }
        }
    }

    private static func comparison(_ compare: @escaping @Sendable (Number, Number) -> Bool) -> Function {
        Function(
            parameters: [
                FunctionParameter("a", .number, allowsUnknown: true, allowsDynamicType: true),
                FunctionParameter("b", .number, allowsUnknown: true, allowsDynamicType: true),
            ],
            returns: .bool
        ) { arguments throws(FunctionError) in
            guard let left = arguments[0].numberValue, let right = arguments[1].numberValue else { return .unknown(.bool) }
            return .bool(compare(left, right))
        }
    }

    private static func equality(negated: Bool) -> Function {
        let parameter = { (name: String) in
            FunctionParameter(name, .dynamic, allowsNull: true, allowsUnknown: true, allowsDynamicType: true, allowsMarked: true)
        }
        return Function(parameters: [parameter("a"), parameter("b")], returns: .bool) { arguments throws(FunctionError) in
            let result = arguments[0].equals(arguments[1])
            guard negated, let flag = result.boolValue else { return result }
            return Value.bool(!flag).marked(result.marks)
        }
    }
}
