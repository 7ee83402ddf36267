import HCL
import Lang
import Values

/// Evaluates a module's locals in dependency order, reporting cycles with their path.
public enum LocalEvaluation {
    /// The summary of the error for locals that refer to each other in a cycle.
    public static let cycleSummary = "Cycle in local values"

    public static func evaluateAll(in scope: ModuleScope, functions: FunctionTable) -> (ModuleScope, [Diagnostic]) {
        var state = State(scope: scope, functions: functions)
        for name in scope.module.locals.keys.sorted() {
            state.evaluate(name)
        }
        return (state.scope, state.diagnostics)
    }

    private struct State {
        var scope: ModuleScope
        let functions: FunctionTable
        var diagnostics: [Diagnostic] = []
        var done: Set<String> = []
        /// The locals being evaluated, outermost first, and where each sits in that chain.
        var path: [String] = []
        var positions: [String: Int] = [:]

        mutating func evaluate(_ name: String) {
            if done.contains(name) { return }
            guard let local = scope.module.locals[name] else { return }
            if let start = positions[name] {
                let cycle = (path[start...] + [name]).map { "local.\($0)" }.joined(separator: " → ")
                diagnostics.append(.error(LocalEvaluation.cycleSummary, "The local values refer to each other in a cycle: \(cycle).", at: local.range))
                done.insert(name)
                scope.localValues[name] = .dynamicUnknown
                return
            }
            positions[name] = path.count
            path.append(name)
            for reference in ReferenceCollector.references(in: local.expression) where reference.root == "local" {
                if case .attribute(let dependency, _) = reference.steps.first {
                    evaluate(dependency)
                }
            }
            path.removeLast()
            positions[name] = nil
            if done.contains(name) { return }
            let (value, valueDiagnostics) = evaluateExpression(local.expression)
            diagnostics += valueDiagnostics
            // The context holding a copy of the scope is gone here, so this store does not copy
            // every local value evaluated so far.
            scope.localValues[name] = value
            done.insert(name)
        }

        private func evaluateExpression(_ expression: HCL.Expression) -> (Value, [Diagnostic]) {
            Evaluator.evaluate(expression, in: EvaluationContext(functions: functions, resolver: scope))
        }
    }
}
