import ArgumentParser
import Config
import Engine
import Foundation
import HCL
import Render
import State
import Values

/// `iac console`: evaluates expressions read from standard input, one per line, against the
/// configuration in the current directory, and prints each result as Terraform's console does.
struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Try Terraform expressions at an interactive command prompt.")

    @Option(name: .customLong("var", withSingleDash: true), help: "Set a value for one of the input variables: -var 'name=value'.")
    var variables: [String] = []

    @Option(name: .customLong("var-file", withSingleDash: true), help: "Load variable values from the given file.")
    var variableFiles: [String] = []

    @Flag(name: .customLong("no-color", withSingleDash: true), help: "Disable color in the output.")
    var noColor = false

    @Option(name: .customLong("state", withSingleDash: true), help: "The state file (default iac.state).")
    var statePath: String?

    func run() throws {
        let items = CommandLineOrder.variableItems(variables: variables, files: variableFiles)
        let session = ConsoleSession(
            directory: ".", workingDirectory: FileManager.default.currentDirectoryPath, commandLine: items,
            environment: ProcessInfo.processInfo.environment, objects: try stateObjects())
        let color = !noColor && Terminal.isTerminal(STDERR_FILENO)
        let files = Dictionary(session.files.map { ($0.source.filename, $0) }, uniquingKeysWith: { first, _ in first })
        let renderer = DiagnosticRenderer(files: files, color: color, width: Terminal.columns(STDERR_FILENO))
        if !session.diagnostics.isEmpty { Terminal.writeError(renderer.render(session.diagnostics)) }
        if session.diagnostics.hasErrors { throw ExitCode(1) }
        var problems = session.evaluationDiagnostics
        problems += VariableValidation.check(
            module: session.scope.module, values: session.inputs, functions: session.functions,
            workingDirectory: session.scope.workingDirectory)
        if problems.hasErrors {
            problems.append(.warning("Due to the problems above, some expressions may produce unexpected results."))
        }
        showStartupProblems(problems, renderer: renderer)

        let interactive = Terminal.isTerminal(STDIN_FILENO)
        var failed = false
        while true {
            if interactive { Terminal.write("> ") }
            guard let line = readLine(strippingNewline: true) else { break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { continue }
            if trimmed == "exit" { break }
            let (result, diagnostics) = session.evaluate(line)
            if diagnostics.hasErrors {
                Terminal.writeError(renderer.render(diagnostics))
                failed = true
                if !interactive { break }
                continue
            }
            if !diagnostics.isEmpty { Terminal.writeError(renderer.render(diagnostics)) }
            Terminal.write(ConsoleValueFormat.format(result) + "\n")
        }
        if failed { throw ExitCode(1) }
    }

    /// Problems found while evaluating the configuration, shown as Terraform's console shows
    /// them before its prompt: errors on standard error, warnings on standard output, each
    /// in source order and followed by a blank line. The console goes on.
    private func showStartupProblems(_ problems: [Diagnostic], renderer: DiagnosticRenderer) {
        let errors = DiagnosticOrder.sorted(problems.filter { $0.severity == .error })
        Terminal.writeError(errors.map { renderer.render($0) + "\n" }.joined())
        let warnings = problems.filter { $0.severity == .warning }
        Terminal.write(warnings.map { renderer.render($0) + "\n" }.joined())
    }
}

extension ConsoleCommand {
    /// The values of the resources in state, when there is a state; a state that cannot be
    /// read is reported and stops the console.
    func stateObjects() throws -> [String: Value] {
        let path = statePath ?? SQLiteStateStore.defaultFileName
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        do {
            return StateValues.rootResourceValues(try SQLiteStateStore(path: path).read(), catalog: BuiltinProviders.catalog)
        } catch {
            Terminal.writeError(DiagnosticRenderer(files: [:]).render([StateDiagnostics.diagnostic(error)]))
            throw ExitCode(1)
        }
    }
}

/// Command-line options whose relative order matters.
enum CommandLineOrder {
    /// `-var` and `-var-file` items in the order they appear in the process arguments.
    static func variableItems(variables: [String], files: [String]) -> [VariableValues.CommandLineItem] {
        var remainingVariables = variables[...]
        var remainingFiles = files[...]
        var items: [VariableValues.CommandLineItem] = []
        let arguments = CommandLine.arguments
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "-var" || argument.hasPrefix("-var=") {
                if let next = remainingVariables.popFirst() { items.append(.assignment(next)) }
            } else if argument == "-var-file" || argument.hasPrefix("-var-file=") {
                if let next = remainingFiles.popFirst() { items.append(.file(next)) }
            }
            index += 1
        }
        items += remainingVariables.map { .assignment($0) }
        items += remainingFiles.map { .file($0) }
        return items
    }
}
