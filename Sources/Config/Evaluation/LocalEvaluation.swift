import HCL
import Lang
import Values

/// Evaluates a module's locals in dependency order, reporting cycles with their path.
public enum LocalEvaluation {
    public static func evaluateAll(in scope: ModuleScope, functions: FunctionTable) -> (ModuleScope, [Diagnostic]) {
        var state = State(scope: scope, functions: functions)
        for name in scope.module.locals.keys.sorted() {
            state.evaluate(name, path: [])
        }
        return (state.scope, state.diagnostics)
    }

    private struct State {
        var scope: ModuleScope
        let functions: FunctionTable
        var diagnostics: [Diagnostic] = []
        var done: Set<String> = []

        mutating func evaluate(_ name: String, path: [String]) {
            if done.contains(name) { return }
            guard let local = scope.module.locals[name] else { return }
            if let start = path.firstIndex(of: name) {
                let cycle = (path[start...] + [name]).map { "local.\($0)" }.joined(separator: " → ")
                diagnostics.append(.error("Cycle in local values", "The local values refer to each other in a cycle: \(cycle).", at: local.range))
                done.insert(name)
                scope.localValues[name] = .dynamicUnknown
                return
            }
            for reference in ReferenceCollector.references(in: local.expression) where reference.root == "local" {
                if case .attribute(let dependency, _) = reference.steps.first {
                    evaluate(dependency, path: path + [name])
                }
            }
            if done.contains(name) { return }
            let context = EvaluationContext(functions: functions, resolver: scope)
            let (value, valueDiagnostics) = Evaluator.evaluate(local.expression, in: context)
            diagnostics += valueDiagnostics
            scope.localValues[name] = value
            done.insert(name)
        }
    }
}
