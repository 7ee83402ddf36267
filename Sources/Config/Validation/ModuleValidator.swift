import HCL
import Lang
import Values

/// Checks a module the way `terraform validate` does without providers: every expression is
/// evaluated with unknown input variables, so undeclared references, unknown functions, wrong
/// argument counts and type errors on known values are all reported.
public enum ModuleValidator {
    public static func validate(_ module: Module, functions: FunctionTable, workingDirectory: String) -> [Diagnostic] {
        let unknownVariables = module.variables.mapValues { Value.unknown($0.constraint.type) }
        let scope = ModuleScope(module: module, variableValues: unknownVariables, workingDirectory: workingDirectory)
        let (evaluatedScope, _) = LocalEvaluation.evaluateAll(in: scope, functions: functions)
        let graph = ValidationGraph(module: module)
        let cycles = graph.cycles()
        if !cycles.isEmpty { return cycles }
        var checker = ExpressionChecker(scope: evaluatedScope, functions: functions)
        graph.walk(&checker)
        checker.diagnostics += RootModuleRules.ephemeralOutputs(module)
        return checker.diagnostics
    }
}

/// What a root module may not declare, though a child module may.
enum RootModuleRules {
    /// A root module's outputs have no caller to warn, so they cannot be deprecated.
    static func deprecation(_ output: Output) -> [Diagnostic] {
        guard output.deprecation != nil, let range = output.deprecationRange else { return [] }
        return [.error(
            "Root module output deprecated",
            "Root module outputs cannot be deprecated, as there is no higher-level module to inform of the deprecation.",
            at: range)]
    }

    static func ephemeralOutputs(_ module: Module) -> [Diagnostic] {
        module.outputs.values.filter(\.isEphemeral).sorted { $0.range.start.byte < $1.range.start.byte }.map { output in
            .error("Ephemeral output not allowed", "Ephemeral outputs are not allowed in context of a root module", at: output.range)
        }
    }
}
