import HCL
import Values

extension Evaluator {
    static let invalidInterpolation = "Invalid template interpolation value"

    /// A string template: literals, interpolations and directives joined into one string.
    static func evaluateTemplate(_ template: Template, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) -> Value {
        var text = ""
        var known = true
        var marks = Set<Mark>()
        var localDiagnostics: [Diagnostic] = []
        for part in template.parts {
            let partValue: Value
            switch part {
            case .literal(let literal, _):
                if known && !localDiagnostics.hasErrors { text += literal }
                continue
            case .interpolation(let expression, _):
                partValue = evaluate(expression, context, &localDiagnostics)
            case .conditional(let condition, let then, let otherwise, let range):
                partValue = evaluateTemplateConditional(condition, then, otherwise, range: range, context, &localDiagnostics)
            case .loop(let keyVariable, let valueVariable, let collection, let body, let range):
                partValue = evaluateTemplateLoop(keyVariable, valueVariable, collection, body, range: range, context, &localDiagnostics)
            }
            if partValue.isNull {
                localDiagnostics.append(.error(invalidInterpolation, "The expression result is null. Cannot include a null value in a string template.", at: part.range))
                continue
            }
            let (plain, partMarks) = partValue.unmarked()
            marks.formUnion(partMarks)
            if !plain.isKnown {
                known = false
                continue
            }
            do {
                let string = try plain.converted(to: .string)
                if known && !localDiagnostics.hasErrors { text += string.unmarkedDeep().0.stringValue ?? "" }
            } catch {
                localDiagnostics.append(.error(invalidInterpolation, "Cannot include the given value in a string template: \(error.message).", at: part.range))
            }
        }
        diagnostics += localDiagnostics
        let result: Value = known ? .string(text) : .unknown(.string)
        return result.marked(marks)
    }

    private static func evaluateTemplateConditional(
        _ condition: HCL.Expression, _ then: Template, _ otherwise: Template?, range: SourceRange,
        _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        let thenExpression = HCL.Expression(.template(then), range: range)
        let elseExpression = HCL.Expression(.template(otherwise ?? Template(parts: [])), range: range)
        return evaluateConditional(condition, thenExpression, elseExpression, range: range, context, &diagnostics)
    }

    private static func evaluateTemplateLoop(
        _ keyVariable: String?, _ valueVariable: String, _ collection: HCL.Expression, _ body: Template,
        range: SourceRange, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        let loop = ForExpression(
            keyVariable: keyVariable, valueVariable: valueVariable, collection: collection, keyExpression: nil,
            valueExpression: HCL.Expression(.template(body), range: range), condition: nil, isGrouped: false,
            openRange: range, closeRange: range
        )
        var loopDiagnostics: [Diagnostic] = []
        let tuple = evaluateFor(loop, range: range, context, &loopDiagnostics)
        diagnostics += loopDiagnostics
        if loopDiagnostics.hasErrors || tuple.type == .dynamic || !tuple.isKnown { return .unknown(.string) }
        let (plainTuple, tupleMarks) = tuple.unmarked()
        var marks = tupleMarks
        var text = ""
        for element in plainTuple.elements ?? [] {
            if element.isNull {
                diagnostics.append(.error(invalidInterpolation, "An iteration result is null. Cannot include a null value in a string template.", at: range))
                continue
            }
            if !element.isKnown { return Value.unknown(.string).marked(marks) }
            do {
                let (plain, elementMarks) = try element.converted(to: .string).unmarked()
                marks.formUnion(elementMarks)
                text += plain.stringValue ?? ""
            } catch {
                diagnostics.append(.error(invalidInterpolation, "Cannot include one of the interpolation results into the string template: \(error.message).", at: range))
            }
        }
        return Value.string(text).marked(marks)
    }
}
