import Addresses
import ArgumentParser
import Engine
import Foundation
import HCL
import Render
import State

/// `iac state`: inspect and change the state by hand.
struct StateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Advanced state management.",
        subcommands: [StateListCommand.self, StateShowCommand.self, StateMoveCommand.self, StateRemoveCommand.self, StatePullCommand.self, StatePushCommand.self])
}

/// Options every state subcommand takes.
struct StateOptions: ParsableArguments {
    @Option(name: .customLong("state", withSingleDash: true), help: "The state file (default iac.state).")
    var statePath: String?

    @Option(name: .customLong("lock", withSingleDash: true), help: "Whether to lock the state (default true).")
    var lock: Bool = true

    @Option(name: .customLong("lock-timeout", withSingleDash: true), help: "How long to wait for the state lock (default 0s).")
    var lockTimeout: String = "0s"

    /// Opens the state, locked when the command changes it.
    func open(operation: String?, workspace: Workspace) async throws -> StateAccess {
        try await StateAccess.open(
            path: workspace.statePath(statePath), lock: lock && operation != nil, timeout: GoDuration.parse(lockTimeout) ?? .zero,
            operation: operation ?? "", workspace: workspace)
    }
}

/// State commands work without a valid configuration: only the state path comes from it.
enum StateWorkspace {
    static func load() throws -> Workspace {
        try Workspace.load(color: false)
    }

    /// The state at `path`, read without taking the lock (as `output` and `show` read it), or
    /// exit with the reason it cannot be read.
    static func read(_ path: String, workspace: Workspace) throws -> StateSnapshot {
        do {
            return try SQLiteStateStore(path: path, writerVersion: IAC.configuration.version).read()
        } catch {
            try workspace.check([StateDiagnostics.diagnostic(error)])
            throw ExitCode(1)
        }
    }

    /// Parses an instance address or exits with Terraform's message.
    static func instance(_ text: String, workspace: Workspace) throws -> ResourceInstanceAddress {
        switch AddressParser.instance(text) {
        case .success(let address): return address
        case .failure(let failure):
            try workspace.check([.error("Error parsing instance address: \(text)", failure.detail)])
            throw ExitCode(1)
        }
    }

    /// Rewrites the state with `change` applied, as one recorded run.
    static func rewrite(_ access: StateAccess, operation: String, workspace: Workspace, _ change: (inout StateSnapshot) throws -> Void) throws {
        var state = try access.read(workspace: workspace)
        try change(&state)
        do {
            let serial = try access.store.beginRun(operation: operation)
            state.serial = serial
            try access.store.replace(with: state)
            try access.store.finishRun(serial: serial, summary: operation)
        } catch {
            try workspace.check([StateDiagnostics.diagnostic(error)])
        }
    }
}

struct StateListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List resources in the state.")

    @OptionGroup var state: StateOptions

    @Argument(help: "Only addresses inside these (resources or modules).")
    var addresses: [String] = []

    func run() async throws {
        let workspace = try StateWorkspace.load()
        let access = try await state.open(operation: nil, workspace: workspace)
        let snapshot = try access.read(workspace: workspace)
        var filters: [AddressTarget] = []
        for text in addresses {
            switch AddressParser.target(text) {
            case .success(let target): filters.append(target)
            case .failure(let failure): try workspace.check([.error("Error parsing address: \(text)", failure.detail)])
            }
        }
        let listed = Set(snapshot.objects.filter { $0.deposedKey == nil }.map(\.address))
            .filter { address in filters.isEmpty || filters.contains { $0.contains(address) } }
        Terminal.write(listed.sorted().map { "\($0.text)\n" }.joined())
    }
}

struct StateShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a resource in the state.")

    @OptionGroup var state: StateOptions

    @Argument(help: "The resource instance to show.")
    var address: String

    func run() async throws {
        let workspace = try StateWorkspace.load()
        let instance = try StateWorkspace.instance(address, workspace: workspace)
        let access = try await state.open(operation: nil, workspace: workspace)
        let snapshot = try access.read(workspace: workspace)
        guard let object = snapshot.object(instance), let value = StateValues.value(of: object, catalog: BuiltinProviders.catalog) else {
            try workspace.check([.error(
                "No instance found for the given address!",
                "This command requires that the address references one specific instance. To view the available instances, use \"iac state list\". Please modify the address to reference a specific instance.")])
            return
        }
        Terminal.write(StateRenderer(color: false).resource(object.address, value: value))
    }
}

struct StateMoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "mv", abstract: "Move an item in the state.")

    @OptionGroup var state: StateOptions

    @Argument(help: "The address to move from.")
    var source: String

    @Argument(help: "The address to move to.")
    var destination: String

    func run() async throws {
        let workspace = try StateWorkspace.load()
        let from = try StateWorkspace.instance(source, workspace: workspace)
        let to = try StateWorkspace.instance(destination, workspace: workspace)
        let access = try await state.open(operation: "OperationTypeInvalid", workspace: workspace)
        defer { access.close(workspace: workspace) }
        try StateWorkspace.rewrite(access, operation: "state mv", workspace: workspace) { snapshot in
            guard snapshot.object(from) != nil else {
                try workspace.check([.error("Invalid source address", "Cannot move \(from): does not match anything in the current state.")])
                return
            }
            guard snapshot.object(to) == nil else {
                try workspace.check([.error("Invalid target address", "Cannot move to \(to): there is already a resource instance at that address in the current state.")])
                return
            }
            guard from.resource.type == to.resource.type, from.resource.mode == to.resource.mode else {
                try workspace.check([.error("Invalid state move request", "Cannot move \(from) to \(to): resource types don't match.")])
                return
            }
            for index in snapshot.objects.indices where snapshot.objects[index].address == from {
                snapshot.objects[index].address = to
            }
        }
        Terminal.write("Move \"\(from)\" to \"\(to)\"\nSuccessfully moved 1 object(s).\n")
    }
}

struct StateRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove instances from the state.")

    @OptionGroup var state: StateOptions

    @Argument(help: "The resources or instances to forget (the objects themselves are left alone).")
    var addresses: [String]

    func run() async throws {
        let workspace = try StateWorkspace.load()
        var targets: [AddressTarget] = []
        for text in addresses {
            switch AddressParser.target(text) {
            case .success(let target): targets.append(target)
            case .failure(let failure): try workspace.check([.error("Error parsing address: \(text)", failure.detail)])
            }
        }
        let access = try await state.open(operation: "OperationTypeInvalid", workspace: workspace)
        defer { access.close(workspace: workspace) }
        var removed: [ResourceInstanceAddress] = []
        try StateWorkspace.rewrite(access, operation: "state rm", workspace: workspace) { snapshot in
            removed = Set(snapshot.objects.map(\.address).filter { address in targets.contains { $0.contains(address) } }).sorted()
            guard !removed.isEmpty else {
                try workspace.check([.error("Invalid target address", "No matching objects found. To view the available instances, use \"iac state list\". Please modify the address to reference a specific instance.")])
                return
            }
            snapshot.objects.removeAll { object in removed.contains(object.address) }
        }
        Terminal.write(removed.map { "Removed \($0)\n" }.joined() + "Successfully removed \(removed.count) resource instance(s).\n")
    }
}

struct StatePullCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "pull", abstract: "Print the state as Terraform's JSON state.")

    @OptionGroup var state: StateOptions

    func run() async throws {
        let workspace = try StateWorkspace.load()
        let access = try await state.open(operation: nil, workspace: workspace)
        let snapshot = try access.read(workspace: workspace)
        Terminal.write(TerraformStateJSON.encode(snapshot, terraformVersion: "1.15.5") + "\n")
    }
}

struct StatePushCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "push", abstract: "Replace the state with a Terraform JSON state file.")

    @OptionGroup var state: StateOptions

    @Argument(help: "A Terraform v4 JSON state file (terraform.tfstate).")
    var path: String

    func run() async throws {
        let workspace = try StateWorkspace.load()
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            try workspace.check([.error("Failed to read state file", "\(path) cannot be read: \(error.localizedDescription).")])
            return
        }
        let imported: StateSnapshot
        do {
            imported = try TerraformStateJSON.decode(text, path: path)
        } catch {
            try workspace.check([StateDiagnostics.diagnostic(error)])
            return
        }
        let access = try await state.open(operation: "OperationTypeInvalid", workspace: workspace)
        defer { access.close(workspace: workspace) }
        try StateWorkspace.rewrite(access, operation: "state push", workspace: workspace) { snapshot in
            snapshot.objects = imported.objects
            snapshot.outputs = imported.outputs
        }
    }
}
