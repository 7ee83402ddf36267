import ArgumentParser
import Engine
import Foundation
import HCL
import Render
import State
import Values

/// `iac apply`: makes a fresh plan and, once approved, carries it out; or carries out a plan
/// saved by `plan -out`.
struct ApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Create or update infrastructure.")

    @OptionGroup var planning: PlanningOptions

    @Flag(name: .customLong("auto-approve", withSingleDash: true), help: "Skip interactive approval of the plan.")
    var autoApprove = false

    @Flag(name: .customLong("destroy", withSingleDash: true), help: "Destroy every object in state.")
    var destroy = false

    @Argument(help: "A plan file saved by `iac plan -out`.")
    var planFile: String?

    func run() async throws {
        try await ApplyRun(planning: planning, autoApprove: autoApprove, destroy: destroy, planFile: planFile).execute()
    }
}

/// `iac destroy`: `apply -destroy`.
struct DestroyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "destroy",
        abstract: "Destroy previously-created infrastructure.")

    @OptionGroup var planning: PlanningOptions

    @Flag(name: .customLong("auto-approve", withSingleDash: true), help: "Skip interactive approval before destroying.")
    var autoApprove = false

    func run() async throws {
        try await ApplyRun(planning: planning, autoApprove: autoApprove, destroy: true, planFile: nil).execute()
    }
}

/// One apply from the command line: plan (or load the saved plan), confirm, apply, report.
struct ApplyRun {
    var planning: PlanningOptions
    var autoApprove: Bool
    var destroy: Bool
    var planFile: String?

    func execute() async throws {
        let interruption = Interruption()
        let signals = InterruptHandler.install(interruption)
        defer { signals.cancel() }
        let workspace = try Workspace.load(color: planning.color)
        let access: StateAccess
        let plan: Plan
        let variables: [String: Value]
        if let planFile {
            let saved = try load(planFile, workspace: workspace)
            plan = saved
            variables = saved.variables
            access = try await StateAccess.open(
                path: workspace.statePath(planning.statePath), lock: planning.lock, timeout: planning.timeout,
                operation: "OperationTypeApply", workspace: workspace)
        } else {
            variables = try workspace.variables(planning.variableItems)
            let options = try planning.planOptions(destroy: destroy, workspace: workspace)
            access = try await StateAccess.open(
                path: workspace.statePath(planning.statePath), lock: planning.lock, timeout: planning.timeout,
                operation: "OperationTypeApply", workspace: workspace)
            do {
                plan = try await Planning.makePlan(workspace: workspace, access: access, variables: variables, options: options)
            } catch {
                access.close(workspace: workspace)
                throw error
            }
        }
        defer { access.close(workspace: workspace) }
        let renderer = PlanRenderer(color: planning.color, width: Terminal.columns(STDOUT_FILENO), dynamicAttributes: BuiltinProviders.dynamicAttributes)
        if planFile == nil {
            Terminal.write(renderer.render(plan))
            if plan.hasChanges && !autoApprove {
                guard Confirmation.ask(destroy: plan.mode == .destroy) else {
                    Terminal.writeError("\nError: \(plan.mode == .destroy ? "Destroy" : "Apply") cancelled\n\n")
                    throw ExitCode(1)
                }
            }
            if plan.hasChanges { Terminal.write("\n") }
        }
        let progress = ApplyProgressRenderer(color: planning.color, plan: plan)
        let (result, diagnostics) = await Applier.apply(
            plan, context: workspace.runContext(variables: variables), store: access.store,
            options: ApplyOptions(parallelism: planning.parallelism, interruption: interruption)
        ) { event in
            Terminal.write(progress.render(event))
        }
        workspace.report(diagnostics)
        if diagnostics.hasErrors || result.interrupted { throw ExitCode(1) }
        Terminal.write(progress.summary(result, mode: plan.mode))
        let state = try access.read(workspace: workspace)
        Terminal.write(OutputRenderer(color: planning.color).afterApply(state.outputs))
    }

    private func load(_ path: String, workspace: Workspace) throws -> Plan {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            try workspace.check([.error("Failed to load \"\(path)\" as a plan file", "The file cannot be read: \(error.localizedDescription).")])
            throw ExitCode(1)
        }
        let saved: (plan: Plan, configurationDigest: String)
        do {
            saved = try PlanFile.decode(data)
        } catch {
            try workspace.check([.error("Failed to load \"\(path)\" as a plan file", error.message)])
            throw ExitCode(1)
        }
        guard saved.configurationDigest == workspace.configurationDigest else {
            try workspace.check([.error(
                "Saved plan does not match the configuration",
                "The configuration has changed since the plan in \(path) was made. Run \"iac plan\" again to make a plan for the current configuration.")])
            throw ExitCode(1)
        }
        return saved.plan
    }
}
