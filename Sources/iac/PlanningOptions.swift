import Addresses
import ArgumentParser
import Config
import Engine
import Foundation
import HCL
import Render

/// The options `plan`, `apply` and `destroy` share, spelled as Terraform spells them.
struct PlanningOptions: ParsableArguments {
    @Option(name: .customLong("var", withSingleDash: true), help: "Set a value for one of the input variables: -var 'name=value'.")
    var variables: [String] = []

    @Option(name: .customLong("var-file", withSingleDash: true), help: "Load variable values from the given file.")
    var variableFiles: [String] = []

    @Option(name: .customLong("target", withSingleDash: true), help: "Limit planning to the given resource or module, and what it depends on.")
    var targets: [String] = []

    @Option(name: .customLong("replace", withSingleDash: true), help: "Force replacement of the given resource instance.")
    var replace: [String] = []

    @Option(name: .customLong("refresh", withSingleDash: true), help: "Whether to read the current state of every object first (default true).")
    var refresh: Bool = true

    @Flag(name: .customLong("refresh-only", withSingleDash: true), help: "Only update the state to match the objects as they are.")
    var refreshOnly = false

    @Option(name: .customLong("parallelism", withSingleDash: true), help: "How many provider calls run at once (default 10).")
    var parallelism: Int = 10

    @Option(name: .customLong("lock", withSingleDash: true), help: "Whether to lock the state (default true).")
    var lock: Bool = true

    @Option(name: .customLong("lock-timeout", withSingleDash: true), help: "How long to wait for the state lock (default 0s).")
    var lockTimeout: String = "0s"

    @Option(name: .customLong("input", withSingleDash: true), help: "Ask for missing variable values (iac never asks: missing values are errors).")
    var input: Bool = true

    @Option(name: .customLong("state", withSingleDash: true), help: "The state file (default iac.state).")
    var statePath: String?

    @Flag(name: .customLong("no-color", withSingleDash: true), help: "Disable color in the output.")
    var noColor = false

    var color: Bool { !noColor && Terminal.isTerminal(STDOUT_FILENO) }

    var variableItems: [VariableValues.CommandLineItem] {
        CommandLineOrder.variableItems(variables: variables, files: variableFiles)
    }

    func validate() throws {
        guard GoDuration.parse(lockTimeout) != nil else {
            throw ValidationError("invalid value \"\(lockTimeout)\" for flag -lock-timeout: parse error")
        }
        guard parallelism >= 1 else {
            throw ValidationError("The parallelism must be at least 1.")
        }
    }

    var timeout: Duration { GoDuration.parse(lockTimeout) ?? .zero }

    /// The plan options these flags ask for, or exit with Terraform's message for a bad address.
    func planOptions(destroy: Bool, workspace: Workspace) throws -> PlanOptions {
        var parsedTargets: [AddressTarget] = []
        var problems: [Diagnostic] = []
        for text in targets {
            switch AddressParser.target(text) {
            case .success(let target): parsedTargets.append(target)
            case .failure(let failure): problems.append(.error("Invalid target \"\(text)\"", failure.detail))
            }
        }
        var parsedReplace: [ResourceInstanceAddress] = []
        for text in replace {
            switch AddressParser.instance(text) {
            case .success(let address): parsedReplace.append(address)
            case .failure(let failure): problems.append(.error("Invalid replace address \"\(text)\"", failure.detail))
            }
        }
        try workspace.check(problems)
        let mode: PlanMode = destroy ? .destroy : refreshOnly ? .refreshOnly : .normal
        let progress = ApplyProgressRenderer(color: color, plan: Plan(mode: mode, lineage: "", serial: 0))
        return PlanOptions(
            mode: mode, refresh: refresh, targets: parsedTargets, replace: parsedReplace, parallelism: parallelism,
            refreshing: { address, deposedKey, id in Terminal.write(progress.refreshing(address, deposedKey: deposedKey, id: id)) },
            reading: { event in Terminal.write(progress.render(event)) })
    }
}
