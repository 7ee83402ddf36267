import HCL
import Values

extension Evaluator {
    /// `[for k, v in collection : value if condition]` and `{for ... : key => value...}`.
    static func evaluateFor(_ loop: ForExpression, range: SourceRange, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) -> Value {
        var collectionDiagnostics: [Diagnostic] = []
        let collection = evaluate(loop.collection, context, &collectionDiagnostics)
        diagnostics += collectionDiagnostics
        if collectionDiagnostics.hasErrors { return .dynamicUnknown }
        if collection.isNull {
            diagnostics.append(.error("Iteration over null value", "A null value cannot be used as the collection in a 'for' expression.", at: loop.collection.range, context: range))
            return .dynamicUnknown
        }
        if collection.type == .dynamic { return .dynamicUnknown }
        let iterable = collection.type.isCollection || collection.type.isTuple || collection.type.isObject
        guard iterable else {
            diagnostics.append(.error(
                "Iteration over non-iterable value",
                "A value of type \(collection.type.friendlyName) cannot be used as the collection in a 'for' expression.",
                at: loop.collection.range, context: range
            ))
            return .dynamicUnknown
        }
        if !collection.isKnown { return Value.dynamicUnknown.marked(collection.marks) }
        let (plainCollection, collectionMarks) = collection.unmarked()

        var known = true
        var tupleElements: [Value] = []
        var objectEntries: [String: Value] = [:]
        var groups: [String: [Value]] = [:]
        var groupOrder: [String] = []
        var marks = collectionMarks

        for (key, element) in iterationPairs(plainCollection) {
            var names = [loop.valueVariable: element]
            if let keyVariable = loop.keyVariable { names[keyVariable] = key }
            let scope = context.binding(names)

            if let condition = loop.condition {
                var conditionDiagnostics: [Diagnostic] = []
                let include = evaluate(condition, scope, &conditionDiagnostics)
                diagnostics += conditionDiagnostics
                if conditionDiagnostics.hasErrors { return .dynamicUnknown }
                if include.isNull {
                    diagnostics.append(.error("Condition is null", "The value of the 'if' clause must not be null.", at: condition.range, context: range))
                    return .dynamicUnknown
                }
                let converted: Value
                do {
                    converted = try include.converted(to: .bool)
                } catch {
                    diagnostics.append(.error("Invalid 'for' condition", "The 'if' clause value is invalid: \(error.message).", at: condition.range, context: range))
                    return .dynamicUnknown
                }
                let (plainInclude, includeMarks) = converted.unmarkedDeep()
                marks.formUnion(includeMarks)
                guard plainInclude.isKnown else {
                    known = false
                    continue
                }
                if plainInclude.boolValue != true { continue }
            }

            if let keyExpression = loop.keyExpression {
                var keyDiagnostics: [Diagnostic] = []
                let keyValue = evaluate(keyExpression, scope, &keyDiagnostics)
                diagnostics += keyDiagnostics
                if keyDiagnostics.hasErrors { return .dynamicUnknown }
                if keyValue.isNull {
                    diagnostics.append(.error("Invalid object key", "Key expression in 'for' expression must not produce a null value.", at: keyExpression.range, context: range))
                    return .dynamicUnknown
                }
                let stringKey: Value
                do {
                    stringKey = try keyValue.converted(to: .string)
                } catch {
                    diagnostics.append(.error("Invalid object key", "The key expression produced an invalid result: \(error.message).", at: keyExpression.range, context: range))
                    return .dynamicUnknown
                }
                let (plainKey, keyMarks) = stringKey.unmarked()
                marks.formUnion(keyMarks)
                var valueDiagnostics: [Diagnostic] = []
                let value = evaluate(loop.valueExpression, scope, &valueDiagnostics)
                diagnostics += valueDiagnostics
                if valueDiagnostics.hasErrors { return .dynamicUnknown }
                guard let name = plainKey.stringValue else {
                    known = false
                    continue
                }
                if loop.isGrouped {
                    if groups[name] == nil { groupOrder.append(name) }
                    groups[name, default: []].append(value)
                } else {
                    if objectEntries[name] != nil {
                        diagnostics.append(.error(
                            "Duplicate object key",
                            "Two different items produced the key \(goQuoted(name)) in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.",
                            at: keyExpression.range, context: range
                        ))
                        return .dynamicUnknown
                    }
                    objectEntries[name] = value
                }
            } else {
                var valueDiagnostics: [Diagnostic] = []
                let value = evaluate(loop.valueExpression, scope, &valueDiagnostics)
                diagnostics += valueDiagnostics
                if valueDiagnostics.hasErrors { return .dynamicUnknown }
                tupleElements.append(value)
            }
        }
        if !known { return Value.dynamicUnknown.marked(marks) }
        if loop.keyExpression == nil { return Value.tuple(tupleElements).marked(marks) }
        if loop.isGrouped {
            return Value.object(groups.mapValues { Value.tuple($0) }).marked(marks)
        }
        return Value.object(objectEntries).marked(marks)
    }

    /// Key and value of each element: indexes for sequences, the element itself for sets, and
    /// names in sorted order for maps and objects.
    static func iterationPairs(_ collection: Value) -> [(Value, Value)] {
        if let attributes = collection.sortedAttributes {
            return attributes.map { (Value.string($0.key), $0.value) }
        }
        let elements = collection.elements ?? []
        if collection.type.isSet { return elements.map { ($0, $0) } }
        return elements.enumerated().map { (Value.number($0.offset), $0.element) }
    }
}
