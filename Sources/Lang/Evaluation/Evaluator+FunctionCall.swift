import HCL
import Values

extension Evaluator {
    /// A function call: arguments expanded (`...`), counted, converted to the parameters'
    /// types, then the call itself; every problem is reported as Terraform words it.
    static func evaluateCall(_ call: FunctionCall, range: SourceRange, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) -> Value {
        let name = call.name.hasPrefix("core::") ? String(call.name.dropFirst("core::".count)) : call.name
        switch name {
        case "try", "can": return evaluateTryOrCan(name, call, range: range, context, &diagnostics)
        case "convert": return evaluateConvert(call, range: range, context, &diagnostics)
        case "templatestring":
            if let problem = templateSourceProblem(call) {
                diagnostics.append(.error("Invalid function argument", "Invalid value for \"template\" parameter: invalid template expression: \(problem).", at: startRange(of: call.arguments[0]), context: range))
                return .dynamicUnknown
            }
        default: break
        }
        guard let function = context.functions[name] else {
            diagnostics.append(unknownFunction(call, range: range, context))
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
                at: startRange(of: arguments[parameters.count].1), context: range
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
                    at: startRange(of: expression), context: range
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
                    let subject = index < arguments.count ? startRange(of: arguments[index].1) : range
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

    /// The diagnostic for a call to a function that does not exist, worded for its namespace.
    private static func unknownFunction(_ call: FunctionCall, range: SourceRange, _ context: EvaluationContext) -> Diagnostic {
        let parts = call.name.components(separatedBy: "::")
        if parts.count >= 3, parts[0] == "provider" {
            let (provider, function) = (parts[1], parts[2...].joined(separator: "::"))
            if context.functions.names.contains(where: { $0.hasPrefix("provider::\(provider)::") }) {
                return .error("Unknown provider function", "The function \(goQuoted(function)) is not available from the provider \(goQuoted(provider)).", at: call.nameRange, context: range)
            }
            return .error(
                "Unknown provider function",
                "There is no function named \(goQuoted(call.name)). Ensure that provider name \(goQuoted(provider)) is declared in this module's required_providers block, and that this provider offers a function named \(goQuoted(function)).",
                at: call.nameRange, context: range
            )
        }
        if parts.count >= 2 {
            return .error(
                "Unknown provider function",
                "The function namespace \(goQuoted(parts[0])) is not valid. Provider function calls must use the \"provider::\" namespace prefix.",
                at: call.nameRange, context: range
            )
        }
        var detail = "There is no function named \(goQuoted(call.name))."
        if let suggestion = NameSuggestion.closest(to: call.name, among: context.functions.names) {
            detail += " Did you mean \(goQuoted(suggestion))?"
        }
        return .error("Call to unknown function", detail, at: call.nameRange, context: range)
    }

    /// Where HCL points at an argument: the first part of a template (inside its quotes), the
    /// name of a function call, otherwise the whole expression.
    static func startRange(of expression: HCL.Expression) -> SourceRange {
        switch expression.kind {
        case .template(let template) where template.soleInterpolation == nil:
            return template.parts.first?.range ?? expression.range
        case .functionCall(let call):
            return call.nameRange
        default:
            return expression.range
        }
    }

    /// Why `templatestring`'s first argument is not a reference to a template string, if it is not.
    private static func templateSourceProblem(_ call: FunctionCall) -> String? {
        guard let first = call.arguments.first else { return nil }
        if staticTraversal(first) != nil { return nil }
        if case .template(let template) = first.kind, template.soleInterpolation == nil {
            let hasInterpolation = template.parts.contains { if case .literal = $0 { false } else { true } }
            return hasInterpolation
                ? "templatestring is only for rendering templates retrieved dynamically from elsewhere; to render an inline template, consider using a plain template string expression"
                : "templatestring is only for rendering templates retrieved dynamically from elsewhere, and so does not support providing a literal template; consider using a template string expression instead"
        }
        return "must be a direct reference to a single string from elsewhere, containing valid Terraform template syntax"
    }
}
