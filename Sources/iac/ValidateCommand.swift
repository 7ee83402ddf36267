import ArgumentParser
import Config
import Foundation
import HCL
import Render

/// `iac validate`: checks that the configuration in a directory is syntactically valid and
/// uses the Terraform language's structure correctly.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check whether the configuration is valid.")

    @Flag(name: .customLong("json", withSingleDash: true), help: "Produce output in Terraform's machine-readable JSON format.")
    var json = false

    @Flag(name: .customLong("no-color", withSingleDash: true), help: "Disable color in the output.")
    var noColor = false

    @Argument(help: "The module directory to validate (default: the current directory).")
    var directory: String?

    func run() throws {
        let target = directory ?? "."
        let prefix = target == "." ? "" : (target.hasSuffix("/") ? target : target + "/")
        let result = ConfigValidation.validate(
            directory: target, displayPrefix: prefix, workingDirectory: FileManager.default.currentDirectoryPath)
        let diagnostics = result.diagnostics
        let files = Dictionary(result.files.files.map { ($0.source.filename, $0) }, uniquingKeysWith: { first, _ in first })

        if json {
            Terminal.write(ValidateJSON.render(diagnostics, files: files))
        } else {
            let color = !noColor && Terminal.isTerminal(STDERR_FILENO)
            let renderer = DiagnosticRenderer(files: files, color: color, width: Terminal.columns(STDERR_FILENO))
            Terminal.writeError(renderer.render(diagnostics))
            if !diagnostics.hasErrors {
                let success = color
                    ? "\u{1B}[32m\u{1B}[1mSuccess!\u{1B}[0m The configuration is valid."
                    : "Success! The configuration is valid."
                Terminal.write((diagnostics.isEmpty ? "" : "\n") + success + "\n\n")
            }
        }
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
