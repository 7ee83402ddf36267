import HCL
import Values

extension Evaluator {
    static func evaluateBinary(
        _ op: BinaryOperator, _ left: HCL.Expression, _ right: HCL.Expression, range: SourceRange,
        _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        let function = OperatorFunctions.function(for: op)
        var operandDiagnostics: [Diagnostic] = []
        let leftValue = evaluate(left, context, &operandDiagnostics)
        let rightValue = evaluate(right, context, &operandDiagnostics)
        let resultType: ValueType = (op == .add || op == .subtract || op == .multiply || op == .divide || op == .modulo) ? .number : .bool
        let convertedLeft = convertOperand(leftValue, function.parameters[0].type, side: "left", left, range, &operandDiagnostics)
        let convertedRight = convertOperand(rightValue, function.parameters[1].type, side: "right", right, range, &operandDiagnostics)
        diagnostics += operandDiagnostics
        guard !operandDiagnostics.hasErrors, let convertedLeft, let convertedRight else { return .unknown(resultType) }

        if op == .and || op == .or, convertedLeft.isKnown, let flag = convertedLeft.unmarkedDeep().0.boolValue {
            if (op == .and && !flag) || (op == .or && flag) { return convertedLeft }
        }
        do {
            return try function.call([convertedLeft, convertedRight])
        } catch {
            let message = switch error {
            case .argument(_, let message), .call(let message): message
            }
            diagnostics.append(.error("Operation failed", "Error during operation: \(message).", at: range))
            return .unknown(resultType)
        }
    }

    private static func convertOperand(
        _ value: Value, _ type: ValueType, side: String, _ expression: HCL.Expression, _ range: SourceRange, _ diagnostics: inout [Diagnostic]
    ) -> Value? {
        do {
            return try value.converted(to: type)
        } catch {
            diagnostics.append(.error("Invalid operand", "Unsuitable value for \(side) operand: \(error.message).", at: expression.range, context: range))
            return nil
        }
    }

    static func evaluateUnary(
        _ op: UnaryOperator, _ operand: HCL.Expression, range: SourceRange, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        let function = op == .not ? OperatorFunctions.not : OperatorFunctions.negate
        let resultType: ValueType = op == .not ? .bool : .number
        var operandDiagnostics: [Diagnostic] = []
        let value = evaluate(operand, context, &operandDiagnostics)
        let converted = convertOperand(value, function.parameters[0].type, side: "", operand, range, &operandDiagnostics)
        diagnostics += operandDiagnostics
        guard !operandDiagnostics.hasErrors, let converted else { return .unknown(resultType) }
        do {
            return try function.call([converted])
        } catch {
            let message = switch error {
            case .argument(_, let message), .call(let message): message
            }
            diagnostics.append(.error("Operation failed", "Error during operation: \(message).", at: range))
            return .unknown(resultType)
        }
    }
}
