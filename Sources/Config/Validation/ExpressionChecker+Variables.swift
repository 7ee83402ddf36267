import HCL
import Lang
import Values

extension ExpressionChecker {
    /// A root module variable's validation rules, evaluated with the value validate gives it
    /// (unknown), so only mistakes in the rules themselves and rules that fail whatever the
    /// value is are found.
    mutating func checkVariable(_ variable: Variable) {
        append(VariableValidation.evaluate(
            variable, value: nil, valueRange: variable.range, in: scope, functions: functions, reportingUnknownMessages: false))
    }

    /// A child module's variable: the value its call gives, evaluated in the calling module
    /// (`callerScope`), checked against the declaration and then against the variable's
    /// validation rules. `address` is the child module's. Everything else in the child still
    /// sees the variable as unknown, as in Terraform's validate.
    mutating func checkInput(_ variable: Variable, givenBy call: ModuleCall, in callerScope: ModuleScope, address: String) {
        var value = variable.defaultValue
        var valueRange = variable.range
        if let attribute = call.body.attributes.first(where: { $0.name == variable.name }) {
            let own = scope
            scope = callerScope
            let given = check(attribute.expression, bound: Self.repetitionBinding(of: call))
            scope = own
            guard let given else { return }
            let source = InputPreparation.Source.expression(attribute.expression.range)
            switch InputPreparation.prepare(given, of: variable, address: "\(address).var.\(variable.name)", source: source) {
            case .success(let prepared): value = prepared
            case .failure(let problem):
                append([problem])
                return
            }
            valueRange = attribute.expression.range
        }
        append(VariableValidation.evaluate(
            variable, value: value, valueRange: valueRange, in: scope, functions: functions, reportingUnknownMessages: false))
    }
}
