import ArgumentParser
import Config
import Engine
import Foundation
import HCL
import State

/// `iac init`: checks that every provider the configuration needs is one iac has, and
/// creates the state on first use. Providers are built in, so nothing is downloaded.
struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Prepare your working directory for other commands.")

    @Flag(name: .customLong("no-color", withSingleDash: true), help: "Disable color in the output.")
    var noColor = false

    @Option(name: .customLong("input", withSingleDash: true), help: "Ask for input (init never needs any).")
    var input: Bool = true

    @Option(name: .customLong("state", withSingleDash: true), help: "The state file (default iac.state).")
    var statePath: String?

    func run() async throws {
        let workspace = try Workspace.load(color: !noColor && Terminal.isTerminal(STDOUT_FILENO))
        Terminal.write("\nInitializing the backend...\n\nInitializing provider plugins...\n")
        var problems: [Diagnostic] = []
        for (name, range) in ProviderRequirements.localNames(of: workspace.module) {
            let address = workspace.module.requiredProviders[name]?.provider ?? ProviderAddress.implied(by: name)
            if BuiltinProviders.catalog.factory(for: address) == nil {
                problems.append(.error(
                    "Failed to query available provider packages",
                    "Could not retrieve the list of available versions for provider \(address.displayString): iac has no provider \(address.displayString) built in, and it does not download providers. Built in are: \(BuiltinProviders.catalog.addresses.joined(separator: ", ")).",
                    at: range))
            } else {
                Terminal.write("- Using built-in \(address.displayString)\n")
            }
        }
        try workspace.check(problems)
        let store = SQLiteStateStore(path: workspace.statePath(statePath), writerVersion: IAC.configuration.version)
        do {
            let state = try store.read()
            if !FileManager.default.fileExists(atPath: store.path) { try store.replace(with: state) }
        } catch {
            try workspace.check([StateDiagnostics.diagnostic(error)])
        }
        Terminal.write("\niac has been successfully initialized!\n\nYou may now begin working with iac. Try running \"iac plan\" to see\nany changes that are required for your infrastructure. All iac commands\nshould now work.\n")
    }
}

/// The providers a module needs, by local name, with where each is first mentioned.
enum ProviderRequirements {
    static func localNames(of module: Module) -> [(String, SourceRange?)] {
        var names: [String: SourceRange?] = [:]
        for (name, requirement) in module.requiredProviders { names[name] = requirement.range }
        for config in module.providerConfigs.values where names[config.name] == nil { names[config.name] = config.range }
        for resource in Array(module.resources.values) + Array(module.dataResources.values) {
            let name = ObjectReferences.providerKey(of: resource).split(separator: ".").first.map(String.init) ?? resource.type
            if names[name] == nil { names[name] = resource.range }
        }
        return names.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
