import HCL
import Values

extension Evaluator {
    /// The expression as a reference (a root name followed by attribute and constant-key
    /// index steps), or nil when it is not one.
    public static func staticTraversal(_ expression: HCL.Expression) -> Traversal? {
        var steps: [TraversalStep] = []
        var current = expression
        while true {
            switch current.kind {
            case .variable(let name):
                return Traversal(root: name, rootRange: current.range, steps: steps.reversed())
            case .getAttribute(let source, let name, _):
                steps.append(.attribute(name, range: SourceRange(filename: current.range.filename, start: source.range.end, end: current.range.end)))
                current = source
            case .index(let source, let key, _):
                guard let constant = constantKey(key) else { return nil }
                steps.append(.index(constant, range: SourceRange(filename: current.range.filename, start: source.range.end, end: current.range.end)))
                current = source
            default:
                return nil
            }
        }
    }

    /// A key written as a literal number or a string with no interpolation, which HCL folds
    /// into a traversal.
    public static func constantKey(_ key: HCL.Expression) -> Value? {
        switch key.kind {
        case .literal(.number(let text)):
            return Number(parsing: text).map(Value.number)
        case .template(let template):
            var text = ""
            for part in template.parts {
                guard case .literal(let literal, _) = part else { return nil }
                text += literal
            }
            return .string(text)
        default:
            return nil
        }
    }

    /// Names that stand for types in type expressions (`convert(x, string)`); as references
    /// they are never resolved as resources.
    static let typeKeywords: Set<String> = ["string", "number", "bool", "any"]

    static func evaluateTraversal(
        _ traversal: Traversal, _ range: SourceRange, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        var value: Value
        var remaining = traversal.steps[...]
        if let bound = context.variables[traversal.root] {
            value = bound
        } else if let resolver = context.resolver, !typeKeywords.contains(traversal.root) {
            let resolution = resolver.resolve(traversal)
            diagnostics += resolution.diagnostics
            if resolution.diagnostics.hasErrors { return .dynamicUnknown }
            value = resolution.value
            remaining = traversal.steps.dropFirst(min(resolution.consumedSteps, traversal.steps.count))
        } else {
            var detail = "There is no variable named \(goQuoted(traversal.root))."
            if let suggestion = NameSuggestion.closest(to: traversal.root, among: context.variables.keys.sorted()) {
                detail += " Did you mean \(goQuoted(suggestion))?"
            }
            diagnostics.append(.error("Unknown variable", detail, at: traversal.rootRange))
            return .dynamicUnknown
        }
        for step in remaining {
            var stepDiagnostics: [Diagnostic] = []
            switch step {
            case .attribute(let name, let stepRange):
                value = Navigation.attribute(name, of: value, at: stepRange, &stepDiagnostics)
            case .index(let key, let stepRange):
                value = Navigation.index(key, of: value, at: stepRange, explainsRange: false, &stepDiagnostics)
            }
            diagnostics += stepDiagnostics
            if stepDiagnostics.hasErrors { return .dynamicUnknown }
        }
        return value
    }

    /// `expression.name` or `expression[key]` where the source is not a plain reference.
    static func evaluateRelative(_ expression: HCL.Expression, _ context: EvaluationContext, _ diagnostics: inout [Diagnostic]) -> Value {
        switch expression.kind {
        case .getAttribute(let source, let name, _):
            var sourceDiagnostics: [Diagnostic] = []
            let value = evaluate(source, context, &sourceDiagnostics)
            diagnostics += sourceDiagnostics
            if sourceDiagnostics.hasErrors { return .dynamicUnknown }
            let stepRange = SourceRange(filename: expression.range.filename, start: source.range.end, end: expression.range.end)
            return Navigation.attribute(name, of: value, at: stepRange, &diagnostics)
        case .index(let source, let keyExpression, _):
            var partDiagnostics: [Diagnostic] = []
            let collection = evaluate(source, context, &partDiagnostics)
            let key = evaluate(keyExpression, context, &partDiagnostics)
            diagnostics += partDiagnostics
            if partDiagnostics.hasErrors { return .dynamicUnknown }
            let bracketRange = SourceRange(filename: expression.range.filename, start: source.range.end, end: expression.range.end)
            return Navigation.index(key, of: collection, at: bracketRange, &diagnostics)
        default:
            return evaluate(expression, context, &diagnostics)
        }
    }
}
