import ArgumentParser
import Engine
import Foundation

/// `iac graph`: the configuration's dependency graph in Graphviz's DOT language.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Generate a Graphviz graph of the steps in an operation.")

    func run() throws {
        let workspace = try Workspace.load(color: false)
        let (dot, diagnostics) = GraphPrinter.dot(workspace.module)
        try workspace.check(diagnostics)
        Terminal.write(dot)
    }
}
