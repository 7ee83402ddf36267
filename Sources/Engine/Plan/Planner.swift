import Addresses
import Config
import HCL
import State
import Values

/// Makes a plan: evaluates the configuration in dependency order, refreshes what state holds,
/// and asks each provider what each instance needs. Planning decides; it changes nothing.
public enum Planner {
    public static func plan(_ context: RunContext, state: StateSnapshot, options: PlanOptions) async -> (Plan?, [Diagnostic]) {
        let run: Run
        do {
            run = try Run(context: context, stateProviders: Set(state.objects.map(\.provider)))
        } catch {
            return (nil, error.diagnostics)
        }
        let walk = PlanWalk(run: run, state: state, options: options)
        let succeeded = await walk.run()
        let diagnostics = run.diagnostics
        guard succeeded, !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (walk.plan(variables: context.variables), diagnostics)
    }
}
