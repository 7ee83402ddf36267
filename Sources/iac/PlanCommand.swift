import ArgumentParser
import Engine
import Foundation
import HCL
import Render
import State
import Values

/// `iac plan`: shows what apply would change, without changing anything.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show changes required by the current configuration.")

    @OptionGroup var planning: PlanningOptions

    @Flag(name: .customLong("destroy", withSingleDash: true), help: "Plan to destroy every object in state.")
    var destroy = false

    @Option(name: .customLong("out", withSingleDash: true), help: "Write the plan to the given file, for apply to carry out exactly.")
    var out: String?

    @Flag(name: .customLong("detailed-exitcode", withSingleDash: true), help: "Exit with 0 for no changes, 1 for errors, 2 for changes.")
    var detailedExitCode = false

    func run() async throws {
        let workspace = try Workspace.load(color: planning.color)
        let variables = try workspace.variables(planning.variableItems)
        let options = try planning.planOptions(destroy: destroy, workspace: workspace)
        let access = try await StateAccess.open(
            path: workspace.statePath(planning.statePath), lock: planning.lock, timeout: planning.timeout,
            operation: "OperationTypePlan", workspace: workspace)
        defer { access.close(workspace: workspace) }
        let plan = try await Planning.makePlan(workspace: workspace, access: access, variables: variables, options: options)
        Terminal.write(PlanRenderer(color: planning.color, width: Terminal.columns(STDOUT_FILENO), dynamicAttributes: BuiltinProviders.dynamicAttributes).render(plan))
        if let out {
            do {
                let data = try PlanFile.encode(plan, configurationDigest: workspace.configurationDigest)
                try data.write(to: URL(fileURLWithPath: out))
            } catch {
                try workspace.check([.error("Failed to write plan file", "The plan could not be saved to \(out): \(error).")])
            }
            Terminal.write("\n" + String(repeating: "─", count: 77) + "\n\nSaved the plan to: \(out)\n\nTo perform exactly these actions, run the following command to apply:\n    iac apply \"\(out)\"\n")
        } else if plan.hasChanges {
            Terminal.write("\n" + String(repeating: "─", count: 77) + "\n\nNote: You didn't use the -out option to save this plan, so iac can't guarantee to take exactly these actions if you run \"iac apply\" now.\n")
        }
        if detailedExitCode && plan.hasChanges { throw ExitCode(2) }
    }
}

/// The steps plan and apply share: reconcile interrupted creates, read state, plan.
enum Planning {
    static func makePlan(workspace: Workspace, access: StateAccess, variables: [String: Value], options: PlanOptions) async throws -> Plan {
        var state = try access.read(workspace: workspace)
        if !state.pendingCreates.isEmpty {
            try workspace.check(await PendingCreates.reconcile(state.pendingCreates, catalog: BuiltinProviders.catalog, store: access.store))
            state = try access.read(workspace: workspace)
        }
        let (plan, diagnostics) = await Planner.plan(workspace.runContext(variables: variables), state: state, options: options)
        try workspace.check(diagnostics)
        guard let plan else { throw ExitCode(1) }
        return plan
    }
}
