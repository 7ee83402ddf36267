import HCL
import Values

extension Evaluator {
    static func evaluateBinary(
        _ op: BinaryOperator, _ left: HCL.Expression, _ right: HCL.Expression, range: SourceRange,
        _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        guard let function = OperatorFunctions.function(for: op) else {
            return evaluateLogical(op, left, right, range: range, context, &diagnostics)
        }
        var operandDiagnostics: [Diagnostic] = []
        let leftValue = evaluate(left, context, &operandDiagnostics)
        let rightValue = evaluate(right, context, &operandDiagnostics)
        let resultType: ValueType = (op == .add || op == .subtract || op == .multiply || op == .divide || op == .modulo) ? .number : .bool
        let convertedLeft = convertOperand(leftValue, function.parameters[0].type, side: "left", left, range, &operandDiagnostics)
        let convertedRight = convertOperand(rightValue, function.parameters[1].type, side: "right", right, range, &operandDiagnostics)
        diagnostics += operandDiagnostics
        guard !operandDiagnostics.hasErrors, let convertedLeft, let convertedRight else { return .unknown(resultType) }
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

    /// `&&` and `||`: the right operand is not evaluated when the left one decides the result;
    /// a null operand makes `&&` false and `||` fail unless the other side is true.
    private static func evaluateLogical(
        _ op: BinaryOperator, _ left: HCL.Expression, _ right: HCL.Expression, range: SourceRange,
        _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        let deciding = op == .or
        var leftDiagnostics: [Diagnostic] = []
        let leftValue = evaluate(left, context, &leftDiagnostics)
        let convertedLeft = convertOperand(leftValue, .bool, side: "left", left, range, &leftDiagnostics)
        diagnostics += leftDiagnostics
        guard !leftDiagnostics.hasErrors, let convertedLeft else { return .unknown(.bool) }
        if convertedLeft.isKnown, convertedLeft.unmarkedDeep().0.boolValue == deciding { return convertedLeft }

        var rightDiagnostics: [Diagnostic] = []
        let rightValue = evaluate(right, context, &rightDiagnostics)
        let convertedRight = convertOperand(rightValue, .bool, side: "right", right, range, &rightDiagnostics)
        diagnostics += rightDiagnostics
        guard !rightDiagnostics.hasErrors, let convertedRight else { return .unknown(.bool) }
        let marks = convertedLeft.marks.union(convertedRight.marks)
        if convertedRight.isKnown, convertedRight.unmarkedDeep().0.boolValue == deciding { return Value.bool(deciding).marked(marks) }
        if convertedLeft.isNull || convertedRight.isNull {
            if op == .and { return Value.false.marked(marks) }
            diagnostics.append(.error("Operation failed", "Error during operation: argument must not be null.", at: range))
            return .unknown(.bool)
        }
        guard let leftFlag = convertedLeft.unmarkedDeep().0.boolValue, let rightFlag = convertedRight.unmarkedDeep().0.boolValue else {
            return Value.unknown(.bool).marked(marks)
        }
        return Value.bool(op == .and ? leftFlag && rightFlag : leftFlag || rightFlag).marked(marks)
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
        let converted = convertOperand(value, function.parameters[0].type, side: "unary", operand, range, &operandDiagnostics)
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
