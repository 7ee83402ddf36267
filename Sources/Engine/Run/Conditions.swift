import Config
import HCL
import Lang
import Values

extension Run {
    /// What a custom condition guards, which names its failure as Terraform does.
    enum ConditionKind {
        case resourcePrecondition
        case resourcePostcondition
        case outputPrecondition

        var summary: String {
            switch self {
            case .resourcePrecondition: "Resource precondition failed"
            case .resourcePostcondition: "Resource postcondition failed"
            case .outputPrecondition: "Module output value precondition failed"
            }
        }
    }

    /// Checks `precondition`/`postcondition` rules: a false condition is an error whose detail
    /// is the rule's `error_message`, placed at the condition. Unknown conditions pass, to be
    /// checked again once known. Returns whether every rule held (or could not be told yet).
    func checkConditions(_ rules: [CheckRule], kind: ConditionKind, bindings: [String: Value] = [:], selfValue: Value? = nil) -> Bool {
        var held = true
        for rule in rules {
            guard let condition = rule.condition else { continue }
            let context = evaluationContext(bindings: bindings, selfValue: selfValue)
            let (value, found) = Evaluator.evaluate(condition, in: context)
            report(found)
            if found.hasErrors {
                held = false
                continue
            }
            let (plain, _) = value.unmarkedDeep()
            guard plain.isKnown else { continue }
            guard !plain.isNull else {
                report([.error("Invalid condition result", "Condition expression must return either true or false, not null.", at: condition.range)])
                held = false
                continue
            }
            guard let result = (try? plain.converted(to: .bool))?.boolValue else {
                report([.error("Invalid condition result", "Invalid condition result value: a bool is required.", at: condition.range)])
                held = false
                continue
            }
            if result { continue }
            held = false
            report([.error(kind.summary, message(rule, context: context), at: condition.range)])
        }
        return held
    }

    private func message(_ rule: CheckRule, context: EvaluationContext) -> String {
        guard let expression = rule.errorMessage else { return "" }
        let (value, found) = Evaluator.evaluate(expression, in: context)
        let (plain, marks) = value.unmarkedDeep()
        if found.hasErrors || !plain.isKnown { return "The error message could not be evaluated." }
        if marks.contains(.sensitive) { return "The error message included a sensitive value, so it will not be displayed." }
        return (try? plain.converted(to: .string))?.stringValue ?? ""
    }
}
