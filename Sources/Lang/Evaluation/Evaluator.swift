import HCL
import Values

/// Evaluates expressions of the native syntax with Terraform's semantics.
public enum Evaluator {
    /// The value of `expression` in `context`, and every problem found on the way. When there
    /// are errors the value is a placeholder (usually unknown) that callers should not use.
    public static func evaluate(_ expression: HCL.Expression, in context: EvaluationContext) -> (Value, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let value = evaluate(expression, context, &diagnostics)
        return (value, diagnostics)
    }

    static func evaluate(_ expression: HCL.Expression, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) -> Value {
        switch expression.kind {
        case .literal(let literal):
            return literalValue(literal, expression.range, &diagnostics)
        case .template(let template):
            if let sole = template.soleInterpolation { return evaluate(sole, context, &diagnostics) }
            return evaluateTemplate(template, context, &diagnostics)
        case .variable, .getAttribute, .index:
            if let traversal = staticTraversal(expression) {
                return evaluateTraversal(traversal, expression.range, context, &diagnostics)
            }
            return evaluateRelative(expression, context, &diagnostics)
        case .splat(let source, let each, _):
            return evaluateSplat(source: source, each: each, range: expression.range, context, &diagnostics)
        case .splatItem:
            return context.splatItem ?? .dynamicUnknown
        case .functionCall(let call):
            return evaluateCall(call, range: expression.range, context, &diagnostics)
        case .conditional(let condition, let then, let otherwise):
            return evaluateConditional(condition, then, otherwise, range: expression.range, context, &diagnostics)
        case .binary(let op, let left, let right):
            return evaluateBinary(op, left, right, range: expression.range, context, &diagnostics)
        case .unary(let op, let operand):
            return evaluateUnary(op, operand, range: expression.range, context, &diagnostics)
        case .tuple(let elements):
            return .tuple(elements.map { evaluate($0, context, &diagnostics) })
        case .object(let items):
            return evaluateObject(items, context, &diagnostics)
        case .forExpression(let forExpression):
            return evaluateFor(forExpression, range: expression.range, context, &diagnostics)
        case .parenthesized(let inner):
            return evaluate(inner, context, &diagnostics)
        case .invalid:
            return .dynamicUnknown
        }
    }

    private static func literalValue(_ literal: Literal, _ range: SourceRange, _ diagnostics: inout [Diagnostic]) -> Value {
        switch literal {
        case .bool(let flag): return .bool(flag)
        case .null: return .null(.dynamic)
        case .number(let text):
            guard let number = Number(parsing: text) else {
                diagnostics.append(.error("Invalid number literal", "Failed to recognize the value of this number literal.", at: range))
                return .unknown(.number)
            }
            return .number(number)
        }
    }

    private static func evaluateObject(_ items: [ObjectItem], _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) -> Value {
        var attributes: [String: Value] = [:]
        var marks = Set<Mark>()
        var known = true
        for item in items {
            var keyDiagnostics: [Diagnostic] = []
            let key: Value
            switch item.key {
            case .name(let name, _): key = .string(name)
            case .expression(let expression):
                switch expression.kind {
                case .literal(.null): key = .string("null")
                case .literal(.bool(let flag)): key = .string(flag ? "true" : "false")
                default: key = evaluate(expression, context, &keyDiagnostics)
                }
            }
            diagnostics += keyDiagnostics
            let value = evaluate(item.value, context, &diagnostics)
            if keyDiagnostics.hasErrors {
                known = false
                continue
            }
            if key.isNull {
                diagnostics.append(.error("Null value as key", "Can't use a null value as a key.", at: item.value.range))
                known = false
                continue
            }
            let (plainKey, keyMarks) = key.unmarked()
            marks.formUnion(keyMarks)
            let stringKey: Value
            do {
                stringKey = try plainKey.converted(to: .string)
            } catch {
                diagnostics.append(.error("Incorrect key type", "Can't use this value as a key: \(error.message).", at: item.key.range))
                known = false
                continue
            }
            guard let name = stringKey.stringValue else {
                known = false
                continue
            }
            attributes[name] = value
        }
        if !known { return .dynamicUnknown }
        return Value.object(attributes).marked(marks)
    }
}
