import ArgumentParser
import Config
import Crypto
import Engine
import Foundation
import HCL
import Lang
import Render
import Values

/// The current directory as plan, apply and the other state commands see it: the validated
/// root module, its files for error snippets, and how to print diagnostics.
struct Workspace {
    var directory: String
    var validation: ConfigValidation.Result
    var renderer: DiagnosticRenderer
    var module: Module { validation.module }

    /// Loads and validates the configuration in the current directory, printing what is wrong;
    /// exits with status 1 when it is not valid.
    static func load(color: Bool) throws -> Workspace {
        let directory = FileManager.default.currentDirectoryPath
        let validation = ConfigValidation.validate(directory: ".", displayPrefix: "", workingDirectory: directory)
        let files = Dictionary(validation.files.files.map { ($0.source.filename, $0) }, uniquingKeysWith: { first, _ in first })
        let workspace = Workspace(
            directory: directory, validation: validation,
            renderer: DiagnosticRenderer(files: files, color: color, width: Terminal.columns(STDERR_FILENO)))
        workspace.report(validation.diagnostics)
        if validation.diagnostics.hasErrors { throw ExitCode(1) }
        return workspace
    }

    /// Prints diagnostics to standard error.
    func report(_ diagnostics: [Diagnostic]) {
        guard !diagnostics.isEmpty else { return }
        Terminal.writeError(renderer.render(diagnostics))
    }

    /// Prints diagnostics and exits with status 1 when any is an error.
    func check(_ diagnostics: [Diagnostic]) throws {
        report(diagnostics)
        if diagnostics.hasErrors { throw ExitCode(1) }
    }

    /// The root module's variable values from the command line, files and environment,
    /// checked against their types and validation rules.
    func variables(_ items: [VariableValues.CommandLineItem]) throws -> [String: Value] {
        let collected = VariableValues.collectInputs(
            module: module, directory: ".", commandLine: items, environment: ProcessInfo.processInfo.environment)
        try check(collected.diagnostics + collected.unsuitable)
        try check(VariableValidation.check(
            module: module, values: collected.values, functions: BuiltinFunctions.table(baseDirectory: directory),
            workingDirectory: directory))
        return collected.values.mapValues(\.value)
    }

    func runContext(variables: [String: Value]) -> RunContext {
        RunContext(tree: validation.tree, rootDirectory: directory, variables: variables, catalog: BuiltinProviders.catalog)
    }

    /// Where the state lives: `-state`, else the local backend's `path`, else `iac.state`.
    func statePath(_ option: String?) -> String {
        if let option { return option }
        if let backend = module.backend, backend.type == "local",
           let attribute = backend.body.attributes.first(where: { $0.name == "path" }),
           case .template(let template) = attribute.expression.kind,
           template.parts.count == 1, case .literal(let text, _) = template.parts[0] {
            return text
        }
        return "iac.state"
    }

    /// A digest of every configuration file's name and content: a saved plan applies only to
    /// the configuration it was made from.
    var configurationDigest: String {
        var hash = SHA256()
        for file in validation.files.files.sorted(by: { $0.source.filename < $1.source.filename }) {
            hash.update(data: Data(file.source.filename.utf8))
            hash.update(data: [0])
            hash.update(data: file.source.bytes)
            hash.update(data: [0])
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
