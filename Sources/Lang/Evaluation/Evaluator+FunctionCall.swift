import HCL
import Values

extension Evaluator {
    /// A function call: arguments expanded (`...`), counted, converted to the parameters'
    /// types, then the call itself; every problem is reported as Terraform words it.
    static func evaluateCall(_ call: FunctionCall, range: SourceRange, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) -> Value {
        let name = call.name.hasPrefix("core::") ? String(call.name.dropFirst("core::".count)) : call.name
        if name == "try" || name == "can" {
            return evaluateTryOrCan(name, call, range: range, context, &diagnostics)
        }
        guard let function = context.functions[name] else {
            var detail = "There is no function named \(goQuoted(call.name))."
            if let suggestion = NameSuggestion.closest(to: call.name, among: context.functions.names) {
                detail += " Did you mean \(goQuoted(suggestion))?"
            }
            diagnostics.append(.error("Call to unknown function", detail, at: call.nameRange, context: range))
            return .dynamicUnknown
        }

        var arguments: [(Value?, HCL.Expression)] = call.arguments.map { (nil, $0) }
        if call.expandsFinalArgument, let last = call.arguments.last {
            var expandDiagnostics: [Diagnostic] = []
            let expanded = evaluate(last, context, &expandDiagnostics)
            diagnostics += expandDiagnostics
            if expandDiagnostics.hasErrors { return .dynamicUnknown }
            let type = expanded.type
            guard type == .dynamic || type.isTuple || type.isList || type.isSet else {
                diagnostics.append(.error("Invalid expanding argument value", "The expanding argument (indicated by ...) must be of a tuple, list, or set type.", at: last.range, context: range))
                return .dynamicUnknown
            }
            if expanded.isNull {
                diagnostics.append(.error("Invalid expanding argument value", "The expanding argument (indicated by ...) must not be null.", at: last.range, context: range))
                return .dynamicUnknown
            }
            if type == .dynamic || !expanded.isKnown { return .dynamicUnknown }
            let (plain, marks) = expanded.unmarked()
            arguments.removeLast()
            arguments += (plain.elements ?? []).map { ($0.marked(marks), last) }
        }

        let parameters = function.parameters
        if arguments.count < parameters.count {
            let qualifier = function.variadic == nil ? "" : " at least"
            diagnostics.append(.error(
                "Not enough function arguments",
                "Function \(goQuoted(call.name)) expects\(qualifier) \(parameters.count) argument(s). Missing value for \(goQuoted(parameters[arguments.count].name)).",
                at: call.closeParenRange, context: range
            ))
            return .dynamicUnknown
        }
        if function.variadic == nil && arguments.count > parameters.count {
            diagnostics.append(.error(
                "Too many function arguments",
                "Function \(goQuoted(call.name)) expects only \(parameters.count) argument(s).",
                at: arguments[parameters.count].1.range.startOnly, context: range
            ))
            return .dynamicUnknown
        }

        var values: [Value] = []
        var argumentDiagnostics: [Diagnostic] = []
        for (index, (given, expression)) in arguments.enumerated() {
            let value = given ?? evaluate(expression, context, &argumentDiagnostics)
            guard let parameter = function.parameter(at: index) else { continue }
            do {
                values.append(try value.converted(to: parameter.type))
            } catch {
                argumentDiagnostics.append(.error(
                    "Invalid function argument",
                    "Invalid value for \(goQuoted(parameter.name)) parameter: \(error.message).",
                    at: expression.range, context: range
                ))
                values.append(value)
            }
        }
        diagnostics += argumentDiagnostics
        if argumentDiagnostics.hasErrors { return .dynamicUnknown }

        do {
            return try function.call(values)
        } catch {
            switch error {
            case .argument(let index, let message):
                if let parameter = function.parameter(at: index) {
                    let subject = index < arguments.count ? arguments[index].1.range : range
                    diagnostics.append(.error("Invalid function argument", "Invalid value for \(goQuoted(parameter.name)) parameter: \(message).", at: subject, context: range))
                } else {
                    diagnostics.append(.error("Error in function call", "Call to function \(goQuoted(call.name)) failed: \(message).", at: call.nameRange, context: range))
                }
            case .call(let message):
                diagnostics.append(.error("Error in function call", "Call to function \(goQuoted(call.name)) failed: \(message).", at: range, context: range))
            }
            return .dynamicUnknown
        }
    }
}
