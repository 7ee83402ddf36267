import HCL
import Values

extension Evaluator {
    /// `convert(value, type)`: the second argument is a type constraint, not a value.
    static func evaluateConvert(_ call: FunctionCall, range: SourceRange, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) -> Value {
        let parameterNames = ["value", "type"]
        guard call.arguments.count >= 2 else {
            diagnostics.append(.error(
                "Not enough function arguments",
                "Function \(goQuoted(call.name)) expects 2 argument(s). Missing value for \(goQuoted(parameterNames[call.arguments.count])).",
                at: call.closeParenRange, context: range
            ))
            return .dynamicUnknown
        }
        guard call.arguments.count == 2, !call.expandsFinalArgument else {
            diagnostics.append(.error("Too many function arguments", "Function \(goQuoted(call.name)) expects only 2 argument(s).", at: startRange(of: call.arguments[min(2, call.arguments.count - 1)]), context: range))
            return .dynamicUnknown
        }
        let (constraint, typeDiagnostics) = TypeConstraintParser.parse(call.arguments[1])
        diagnostics += typeDiagnostics
        var valueDiagnostics: [Diagnostic] = []
        let value = evaluate(call.arguments[0], context, &valueDiagnostics)
        diagnostics += valueDiagnostics
        guard let constraint, !valueDiagnostics.hasErrors else { return .dynamicUnknown }
        do {
            return try constraint.applyingDefaults(to: value).converted(to: constraint.type)
        } catch {
            diagnostics.append(.error(
                "Invalid function argument", "Invalid value for \"value\" parameter: \(error.message).",
                at: startRange(of: call.arguments[0]), context: range
            ))
            return .dynamicUnknown
        }
    }
}
