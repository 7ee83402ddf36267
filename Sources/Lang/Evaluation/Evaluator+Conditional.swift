import HCL
import Values

extension Evaluator {
    /// `condition ? then : else`: both results are evaluated to settle the result type, but only
    /// the chosen one's problems are reported.
    static func evaluateConditional(
        _ condition: HCL.Expression, _ then: HCL.Expression, _ otherwise: HCL.Expression, range: SourceRange,
        _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        var thenDiagnostics: [Diagnostic] = []
        var elseDiagnostics: [Diagnostic] = []
        let thenValue = evaluate(then, context, &thenDiagnostics)
        let elseValue = evaluate(otherwise, context, &elseDiagnostics)
        let dynamicNull = Value.null(.dynamic)

        var resultType: ValueType? = .dynamic
        if thenValue == dynamicNull {
            resultType = elseValue.type
        } else if elseValue == dynamicNull {
            resultType = thenValue.type
        } else if thenValue.type != .dynamic && elseValue.type != .dynamic {
            resultType = Unification.unify([thenValue.type, elseValue.type], unsafe: true)
        }
        guard let resultType else {
            diagnostics.append(.error(
                "Inconsistent conditional result types",
                "The true and false result expressions must have consistent types. \(conditionalMismatch(thenValue.type, elseValue.type)).",
                at: then.range.union(otherwise.range), context: range
            ))
            return .dynamicUnknown
        }

        var conditionDiagnostics: [Diagnostic] = []
        let conditionValue = evaluate(condition, context, &conditionDiagnostics)
        diagnostics += conditionDiagnostics
        if conditionValue.isNull {
            diagnostics.append(.error("Null condition", "The condition value is null. Conditions must either be true or false.", at: condition.range, context: range))
            return .unknown(resultType)
        }
        if !conditionValue.isKnown {
            if thenValue.isNull && elseValue.isNull { return .null(resultType) }
            return Value.unknown(resultType).marked(conditionValue.marks)
        }
        let flag: Bool
        do {
            flag = try conditionValue.converted(to: .bool).unmarkedDeep().0.boolValue ?? false
        } catch {
            diagnostics.append(.error("Incorrect condition type", "The condition expression must be of type bool.", at: condition.range, context: range))
            return .unknown(resultType)
        }
        let (chosen, chosenDiagnostics, chosenExpression, side) = flag
            ? (thenValue, thenDiagnostics, then, "true")
            : (elseValue, elseDiagnostics, otherwise, "false")
        diagnostics += chosenDiagnostics
        var result = chosen
        if chosen.type != resultType && resultType != .dynamic {
            do {
                result = try chosen.converted(to: resultType)
            } catch {
                diagnostics.append(.error(
                    "Inconsistent conditional result types",
                    "The \(side) result value has the wrong type: \(error.message).",
                    at: chosenExpression.range, context: range
                ))
                return .unknown(resultType)
            }
        }
        return result.marked(conditionValue.marks).marked(thenValue.marks).marked(elseValue.marks)
    }

    private static func conditionalMismatch(_ thenType: ValueType, _ elseType: ValueType) -> String {
        if case .object(let thenAttributes, _) = thenType, case .object(let elseAttributes, _) = elseType {
            for name in thenAttributes.keys.sorted() where elseAttributes[name] == nil {
                return "The 'true' value includes object attribute \(goQuoted(name)), which is absent in the 'false' value"
            }
            for name in elseAttributes.keys.sorted() where thenAttributes[name] == nil {
                return "The 'false' value includes object attribute \(goQuoted(name)), which is absent in the 'true' value"
            }
            for name in thenAttributes.keys.sorted() {
                guard let left = thenAttributes[name], let right = elseAttributes[name], left != right else { continue }
                return "Type mismatch for object attribute \(goQuoted(name)): \(conditionalMismatch(left, right))"
            }
        }
        if case .tuple(let thenElements) = thenType, case .tuple(let elseElements) = elseType {
            if thenElements.count != elseElements.count {
                return "The 'true' tuple has length \(thenElements.count), but the 'false' tuple has length \(elseElements.count)"
            }
            for (index, (left, right)) in zip(thenElements, elseElements).enumerated() where left != right {
                return "Type mismatch for tuple element \(index): \(conditionalMismatch(left, right))"
            }
        }
        if thenType.isCollection && elseType.isCollection, thenType.friendlyName == elseType.friendlyName {
            return "Mismatched element types"
        }
        return "The 'true' value is \(thenType.friendlyName), but the 'false' value is \(elseType.friendlyName)"
    }
}
