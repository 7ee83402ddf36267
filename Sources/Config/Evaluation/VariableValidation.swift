import HCL
import Lang
import Values

/// Checks input variables' `validation` rules against their values, as Terraform does: the
/// root module's variables with the values given to a run (plan, `console`), a child module's
/// variables with the values its call gives, and during validate with whatever is known.
public enum VariableValidation {
    /// The problems of the validation rules of every variable of `module` that has a value in
    /// `values` (which also names every other variable's value). A failed rule is reported
    /// where the value was given (a variables file), or at the variable's declaration when it
    /// came from the command line, the environment or the default.
    public static func check(
        module: Module, values: [String: InputValue], functions: FunctionTable, workingDirectory: String
    ) -> [Diagnostic] {
        let scope = ModuleScope(module: module, variableValues: values.mapValues(\.value), workingDirectory: workingDirectory)
        let (evaluated, _) = LocalEvaluation.evaluateAll(in: scope, functions: functions)
        let variables = module.variables.values.sorted { ($0.range.filename, $0.range.start.byte) < ($1.range.filename, $1.range.start.byte) }
        var diagnostics: [Diagnostic] = []
        for variable in variables {
            guard let given = values[variable.name] else { continue }
            let value = variable.isSensitive ? given.value.marked(.sensitive) : given.value
            diagnostics += evaluate(
                variable, value: value, valueRange: given.range ?? variable.range, in: evaluated, functions: functions,
                reportingUnknownMessages: true)
        }
        return diagnostics
    }

    /// The problems of `variable`'s rules when it has `value` (nil: whatever the scope gives).
    /// A bad reference in any rule stops them all, as Terraform builds one evaluation context
    /// for them. Validate leaves out the error about a message that is not known yet
    /// (`reportingUnknownMessages`), as Terraform drops errors caused by unknown values there.
    static func evaluate(
        _ variable: Variable, value: Value?, valueRange: SourceRange, in scope: ModuleScope, functions: FunctionTable,
        reportingUnknownMessages: Bool
    ) -> [Diagnostic] {
        var referenceProblems: [Diagnostic] = []
        for rule in variable.validations {
            for expression in [rule.condition, rule.errorMessage].compactMap({ $0 }) {
                for diagnostic in scope.checkReferences(in: expression) where !referenceProblems.contains(diagnostic) {
                    referenceProblems.append(diagnostic)
                }
            }
        }
        if referenceProblems.hasErrors { return referenceProblems }
        let resolver = OwnValueResolver(scope: scope, name: variable.name, value: value)
        let context = EvaluationContext(functions: functions, resolver: resolver)
        return referenceProblems + variable.validations.flatMap { rule in
            evaluate(rule, in: context, valueRange: valueRange, reportingUnknownMessages: reportingUnknownMessages)
        }
    }

    private static func evaluate(
        _ rule: CheckRule, in context: EvaluationContext, valueRange: SourceRange, reportingUnknownMessages: Bool
    ) -> [Diagnostic] {
        guard let condition = rule.condition, let message = rule.errorMessage else { return [] }
        let (result, conditionDiagnostics) = Evaluator.evaluate(condition, in: context)
        let (messageValue, messageDiagnostics) = Evaluator.evaluate(message, in: context)
        var diagnostics = conditionDiagnostics + messageDiagnostics
        if conditionDiagnostics.hasErrors || !result.isKnown { return diagnostics }
        if result.isNull {
            diagnostics.append(.error(
                "Invalid variable validation result",
                "Validation condition expression must return either true or false, not null.", at: condition.range))
            return diagnostics
        }
        let passed: Bool
        do {
            passed = try result.unmarkedDeep().0.converted(to: .bool).boolValue ?? true
        } catch {
            diagnostics.append(.error(
                "Invalid variable validation result",
                "Invalid validation condition result value: \(ConversionMessage.text(error)).", at: condition.range))
            return diagnostics
        }
        if passed { return diagnostics }
        if messageDiagnostics.hasErrors || !messageValue.isKnown {
            if reportingUnknownMessages {
                diagnostics.append(.error(
                    "Invalid error message",
                    "Unsuitable value for error message: expression refers to values that won't be known until the apply phase.",
                    at: message.range))
            }
            return diagnostics
        }
        var text = "Failed to evaluate condition error message."
        if !messageValue.isNull {
            do {
                let converted = try messageValue.converted(to: .string)
                if converted.deepMarks.contains(.sensitive) {
                    diagnostics.append(.error(
                        "Error message refers to sensitive values",
                        "The error expression used to explain this condition refers to sensitive values. Terraform will not display the resulting message.\n\nYou can correct this by removing references to sensitive values, or by carefully using the nonsensitive() function if the expression will not reveal the sensitive data.",
                        at: message.range))
                    text = "The error message included a sensitive value, so it will not be displayed."
                } else if let string = converted.unmarkedDeep().0.stringValue {
                    text = string.trimmingCharacters(in: .whitespacesAndNewlines)
                }
            } catch {
                diagnostics.append(.error(
                    "Invalid error message", "Unsuitable value for error message: \(ConversionMessage.text(error)).", at: message.range))
            }
        }
        diagnostics.append(.error(
            "Invalid value for variable",
            "\(text)\n\nThis was checked by the validation rule at \(rule.range.displayString).", at: valueRange))
        return diagnostics
    }
}

/// A module's scope in which one variable has the value being validated, taken as it is:
/// Terraform puts the value in place of the variable's without marking it again.
private struct OwnValueResolver: ReferenceResolver {
    let scope: ModuleScope
    let name: String
    let value: Value?

    func resolve(_ traversal: Traversal) -> Resolution {
        if let value, traversal.root == "var", case .attribute(name, _)? = traversal.steps.first {
            return Resolution(value: value, consumedSteps: 1)
        }
        return scope.resolve(traversal)
    }
}
