import HCL
import Values

extension Evaluator {
    /// `source[*].rest` and `source.*.rest`: `rest` applied to every element; a non-sequence
    /// value counts as a one-element tuple and null as an empty one.
    static func evaluateSplat(
        source: HCL.Expression, each: HCL.Expression, range: SourceRange, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        var sourceDiagnostics: [Diagnostic] = []
        var sourceValue = evaluate(source, context, &sourceDiagnostics)
        diagnostics += sourceDiagnostics
        if sourceDiagnostics.hasErrors { return .dynamicUnknown }
        let sourceType = sourceValue.type
        let isSequence = sourceType.isTuple || sourceType.isList || sourceType.isSet
        if sourceValue.isNull {
            if !isSequence { return Value.emptyTuple.marked(sourceValue.marks) }
            diagnostics.append(.error("Splat of null value", "Splat expressions (with the * symbol) cannot be applied to null sequences.", at: source.range, context: range))
            return .dynamicUnknown
        }
        if !sourceValue.isKnown {
            if case .list(let element) = sourceType {
                let itemType = splatItemType(each, element, context)
                return Value.unknown(.list(itemType)).marked(sourceValue.marks)
            }
            return Value.dynamicUnknown.marked(sourceValue.marks)
        }
        if !isSequence && sourceType != .dynamic {
            sourceValue = Value.tuple([sourceValue])
        }
        let (plainSource, marks) = sourceValue.unmarked()
        var results: [Value] = []
        var known = true
        for element in plainSource.elements ?? [] {
            var itemContext = context
            itemContext.splatItem = element
            var itemDiagnostics: [Diagnostic] = []
            results.append(evaluate(each, itemContext, &itemDiagnostics))
            diagnostics += itemDiagnostics
            if itemDiagnostics.hasErrors { known = false }
        }
        if !known { return Value.dynamicUnknown.marked(marks) }
        if case .list(let element) = sourceType, results.isEmpty {
            return Value.list([], elementType: splatItemType(each, element, context)).marked(marks)
        }
        if sourceType.isList || sourceType.isSet {
            let types = results.map(\.type)
            if let first = types.first, types.allSatisfy({ $0 == first }) {
                return Value.list(results, elementType: first).marked(marks)
            }
            if let set = sourceType.elementType, results.isEmpty {
                return Value.list([], elementType: splatItemType(each, set, context)).marked(marks)
            }
        }
        return Value.tuple(results).marked(marks)
    }

    /// The type `each` produces for an element of `elementType`, found by evaluating it on an
    /// unknown element.
    private static func splatItemType(_ each: HCL.Expression, _ elementType: ValueType, _ context: EvaluationContext) -> ValueType {
        var itemContext = context
        itemContext.splatItem = .unknown(elementType)
        var ignored: [Diagnostic] = []
        return evaluate(each, itemContext, &ignored).type
    }
}
