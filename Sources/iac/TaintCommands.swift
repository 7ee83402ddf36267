import ArgumentParser
import Engine
import Foundation
import State

/// `iac taint ADDRESS`: the next plan replaces the instance.
struct TaintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "taint", abstract: "Mark a resource instance as not fully functional.")

    @OptionGroup var state: StateOptions

    @Argument(help: "The resource instance to mark.")
    var address: String

    func run() async throws {
        try await TaintChange(options: state, address: address, status: .tainted).run()
        Terminal.write("Resource instance \(address) has been marked as tainted.\n")
    }
}

/// `iac untaint ADDRESS`: undoes `taint`.
struct UntaintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "untaint", abstract: "Remove the 'tainted' state from a resource instance.")

    @OptionGroup var state: StateOptions

    @Argument(help: "The resource instance to unmark.")
    var address: String

    func run() async throws {
        try await TaintChange(options: state, address: address, status: .ready).run()
        Terminal.write("Resource instance \(address) has been successfully untainted.\n")
    }
}

/// Sets the status of one instance's current object.
struct TaintChange {
    var options: StateOptions
    var address: String
    var status: ObjectStatus

    func run() async throws {
        let workspace = try StateWorkspace.load()
        let instance = try StateWorkspace.instance(address, workspace: workspace)
        let access = try await options.open(operation: "OperationTypeInvalid", workspace: workspace)
        defer { access.close(workspace: workspace) }
        let snapshot = try access.read(workspace: workspace)
        guard var object = snapshot.object(instance) else {
            try workspace.check([.error("No such resource instance", "There is no resource instance in the state with the address \(instance). If the resource configuration has just been added, you must run \"iac apply\" once to create the corresponding instance(s) before they can be tainted.")])
            return
        }
        if status == .ready && object.status != .tainted {
            try workspace.check([.error("Resource instance is not tainted", "Resource instance \(instance) is not currently tainted, and so it cannot be untainted.")])
        }
        object.status = status
        do {
            let serial = try access.store.beginRun(operation: status == .tainted ? "taint" : "untaint")
            try access.store.put(object)
            try access.store.finishRun(serial: serial, summary: "\(status == .tainted ? "tainted" : "untainted") \(instance)")
        } catch {
            try workspace.check([StateDiagnostics.diagnostic(error)])
        }
    }
}

/// `iac force-unlock ID`: removes a lock left by a holder on another machine.
struct ForceUnlockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "force-unlock", abstract: "Release a stuck lock on the current workspace.")

    @Option(name: .customLong("state", withSingleDash: true), help: "The state file (default iac.state).")
    var statePath: String?

    @Flag(name: .customLong("force", withSingleDash: true), help: "Don't ask for confirmation.")
    var force = false

    @Argument(help: "The lock ID shown by the command that found the state locked.")
    var lockID: String

    func run() async throws {
        let workspace = try StateWorkspace.load()
        let store = SQLiteStateStore(path: workspace.statePath(statePath), writerVersion: IAC.configuration.version)
        do {
            try store.forceUnlock(id: lockID)
        } catch {
            try workspace.check([StateDiagnostics.diagnostic(error)])
        }
        Terminal.write("iac state has been successfully unlocked!\n\nThe state has been unlocked, and iac commands should now be able to\nobtain a new lock on the remote state.\n")
    }
}
