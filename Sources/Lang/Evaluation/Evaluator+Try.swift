import HCL
import Values

extension Evaluator {
    /// `try(...)` returns the first argument that evaluates without errors; `can(x)` says
    /// whether `x` evaluates without errors. Both see expressions, not values.
    static func evaluateTryOrCan(
        _ name: String, _ call: FunctionCall, range: SourceRange, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        if call.expandsFinalArgument {
            diagnostics.append(.error("Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple, list, or set type.", at: call.arguments.last?.range ?? range, context: range))
            return .dynamicUnknown
        }
        if name == "can" {
            guard call.arguments.count == 1 else {
                if call.arguments.isEmpty {
                    diagnostics.append(.error("Not enough function arguments", "Function \"can\" expects 1 argument(s). Missing value for \"expression\".", at: call.closeParenRange, context: range))
                } else {
                    diagnostics.append(.error("Too many function arguments", "Function \"can\" expects only 1 argument(s).", at: call.arguments[1].range, context: range))
                }
                return .dynamicUnknown
            }
            var attempt: [Diagnostic] = []
            let value = evaluate(call.arguments[0], context, &attempt)
            if attempt.hasErrors { return .false }
            return value.isWhollyKnown ? .true : .unknown(.bool)
        }
        guard !call.arguments.isEmpty else {
            diagnostics.append(.error("Error in function call", "Call to function \"try\" failed: at least one argument is required.", at: range, context: range))
            return .dynamicUnknown
        }
        var failures: [Diagnostic] = []
        for argument in call.arguments {
            var attempt: [Diagnostic] = []
            let value = evaluate(argument, context, &attempt)
            failures += attempt
            if attempt.hasErrors { continue }
            return value.isWhollyKnown ? value : .dynamicUnknown
        }
        var message = "no expression succeeded:\n"
        for failure in failures {
            if let subject = failure.subject {
                message += "- \(failure.summary) (at \(subject.displayString))\n  \(failure.detail)\n"
            } else {
                message += "- \(failure.summary)\n  \(failure.detail)\n"
            }
        }
        message += "\nAt least one expression must produce a successful result"
        diagnostics.append(.error("Error in function call", "Call to function \"try\" failed: \(message).", at: range, context: range))
        return .dynamicUnknown
    }
}
