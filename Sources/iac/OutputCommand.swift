import ArgumentParser
import Engine
import Foundation
import Render
import State

/// `iac output [NAME]`: the root module's output values from the state.
struct OutputCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "output", abstract: "Show output values from your root module.")

    @Option(name: .customLong("state", withSingleDash: true), help: "The state file (default iac.state).")
    var statePath: String?

    @Flag(name: .customLong("json", withSingleDash: true), help: "Print the values as JSON.")
    var json = false

    @Flag(name: .customLong("raw", withSingleDash: true), help: "Print a string, number or bool value as it is, without quotes.")
    var raw = false

    @Flag(name: .customLong("no-color", withSingleDash: true), help: "Disable color in the output.")
    var noColor = false

    @Argument(help: "The output to show; all when omitted.")
    var name: String?

    func run() async throws {
        let workspace = try StateWorkspace.load()
        let snapshot = try StateWorkspace.read(workspace.statePath(statePath), workspace: workspace)
        let renderer = OutputRenderer(color: !noColor && Terminal.isTerminal(STDOUT_FILENO))
        let result = renderer.command(snapshot.outputs, name: name, json: json, raw: raw)
        switch result {
        case .success(let text): Terminal.write(text)
        case .failure(let diagnostic): try workspace.check([diagnostic])
        }
    }
}

/// `iac show [PLANFILE]`: the state, or a saved plan, in human or JSON form.
struct ShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show the current state or a saved plan.")

    @Option(name: .customLong("state", withSingleDash: true), help: "The state file (default iac.state).")
    var statePath: String?

    @Flag(name: .customLong("json", withSingleDash: true), help: "Print machine-readable JSON.")
    var json = false

    @Flag(name: .customLong("no-color", withSingleDash: true), help: "Disable color in the output.")
    var noColor = false

    @Argument(help: "A plan file saved by `iac plan -out`.")
    var planFile: String?

    func run() async throws {
        let workspace = try StateWorkspace.load()
        let color = !noColor && Terminal.isTerminal(STDOUT_FILENO)
        if let planFile {
            let plan: Plan
            do {
                plan = try PlanFile.decode(Data(contentsOf: URL(fileURLWithPath: planFile))).plan
            } catch {
                try workspace.check([.error("Failed to read the given file as a plan file", "\(planFile) is not a plan file made by iac.")])
                return
            }
            Terminal.write(json ? PlanJSON.render(plan) + "\n" : PlanRenderer(color: color, width: Terminal.columns(STDOUT_FILENO), dynamicAttributes: BuiltinProviders.dynamicAttributes).render(plan))
            return
        }
        let snapshot = try StateWorkspace.read(workspace.statePath(statePath), workspace: workspace)
        let values = StateValues.values(of: snapshot.objects, catalog: BuiltinProviders.catalog)
        Terminal.write(json ? StateJSON.render(snapshot, values: values) + "\n" : StateRenderer(color: color).state(snapshot, values: values))
    }
}
