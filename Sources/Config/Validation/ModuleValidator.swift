import HCL
import Lang
import Values

/// Checks a configuration the way `terraform validate` does without providers: every
/// expression of every module is evaluated with unknown input variables, so undeclared
/// references, unknown functions, wrong argument counts and type errors on known values are
/// all reported; a child module's variables are checked against the values its call gives.
public enum ModuleValidator {
    /// The problems of `tree` and every module below it.
    public static func validate(_ tree: ModuleTree, functions: FunctionTable, workingDirectory: String) -> [Diagnostic] {
        var scopes: [String: ModuleScope] = [:]
        for module in tree.allModules {
            scopes[module.address] = scope(for: module, functions: functions, workingDirectory: workingDirectory)
        }
        let graph = ValidationGraph(tree: tree, scopes: scopes)
        let cycles = graph.cycles()
        if !cycles.isEmpty { return cycles }
        var checker = ExpressionChecker(
            scope: scopes[tree.address] ?? scope(for: tree, functions: functions, workingDirectory: workingDirectory),
            functions: functions)
        graph.walk(&checker, scopes: scopes)
        checker.diagnostics += RootModuleRules.ephemeralOutputs(tree.module)
        return checker.diagnostics
    }

    /// A module's scope during validate: its variables unknown, its calls typed by their
    /// children's outputs, its locals evaluated as far as they can be.
    private static func scope(for tree: ModuleTree, functions: FunctionTable, workingDirectory: String) -> ModuleScope {
        let unknownVariables = tree.module.variables.mapValues { Value.unknown($0.constraint.type) }
        var scope = ModuleScope(module: tree.module, variableValues: unknownVariables, workingDirectory: workingDirectory)
        scope.moduleAddress = tree.address
        for (name, child) in tree.children {
            guard let call = tree.module.moduleCalls[name] else { continue }
            scope.objects["module.\(name)"] = ModuleCallValue.validating(call, outputs: child.module.outputs)
        }
        return LocalEvaluation.evaluateAll(in: scope, functions: functions).0
    }
}
