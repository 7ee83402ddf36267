import Foundation
import HCL
import Lang
import Values

/// What `terraform validate` does to a configuration without providers, step by step: load
/// the root module and its test files, the modules it calls from local sources and the local
/// modules its test runs execute, reading module sources and versions as `init` would (stop
/// on errors); check `required_version` everywhere; check each call's arguments against its
/// module's variables (stop on errors); evaluate every expression of every module (unless an
/// earlier check failed); check the backend type; and check the test files.
public enum ConfigValidation {
    public struct Result: Sendable {
        /// Every parsed file of the configuration (each module's, the test files and the
        /// modules test runs execute), for showing source snippets.
        public var files: ModuleFiles
        /// The root module.
        public var module: Module
        /// The root module and the modules below it.
        public var tree: ModuleTree
        /// The root module's test files.
        public var tests: [TestFile]
        public var diagnostics: [Diagnostic]
    }

    /// Validates the configuration whose root module is in `directory`, made of the files
    /// `including` accepts; files are named `displayPrefix` + their path. `workingDirectory`
    /// is what `path.cwd` reports.
    public static func validate(
        directory: String, displayPrefix: String, workingDirectory: String, including: (String) -> Bool = { _ in true }
    ) -> Result {
        let testLoad = TestFileLoader.load(directory: directory, displayPrefix: displayPrefix)
        let (tree, treeDiagnostics) = ModuleTreeLoader.load(
            directory: directory, displayPrefix: displayPrefix, workingDirectory: workingDirectory, including: including,
            loadingChildren: !testLoad.diagnostics.hasErrors)
        var diagnostics = treeDiagnostics + testLoad.diagnostics
        var runModules: [String: ModuleTree] = [:]
        if !diagnostics.hasErrors {
            for test in testLoad.tests {
                for run in test.runs {
                    guard let module = run.module, let source = TestFileValidation.localSource(module), runModules[source] == nil else { continue }
                    let (loaded, found) = ModuleTreeLoader.load(
                        module: source, under: directory, displayPrefix: displayPrefix, workingDirectory: workingDirectory,
                        reportingAt: module.range)
                    diagnostics += found
                    runModules[source] = loaded
                }
            }
        }
        let modules = tree.allModules
        let runModuleFiles = runModules.keys.sorted().compactMap { runModules[$0] }.flatMap(\.allModules).map(\.files)
        let files = ModuleFiles(
            primary: modules.flatMap(\.files.primary) + testLoad.files + runModuleFiles.flatMap(\.primary),
            overrides: modules.flatMap(\.files.overrides) + runModuleFiles.flatMap(\.overrides),
            diagnostics: tree.files.diagnostics)
        let result = { Result(files: files, module: tree.module, tree: tree, tests: testLoad.tests, diagnostics: diagnostics) }
        if diagnostics.hasErrors { return result() }

        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        let functions = BuiltinFunctions.table(baseDirectory: base)
        let dependencyDiagnostics = modules.flatMap { ProvisionerCheck.check($0.module) }
            + modules.flatMap(CoreVersionCheck.check)
        diagnostics += dependencyDiagnostics
        if !dependencyDiagnostics.hasErrors {
            let providerDiagnostics = modules.flatMap { ProviderConfigurationCheck.check($0.module) }
            diagnostics += providerDiagnostics
            let inputDiagnostics = ModuleCallInputs.check(tree)
            diagnostics += inputDiagnostics
            if !providerDiagnostics.hasErrors && !inputDiagnostics.hasErrors {
                diagnostics += ModuleValidator.validate(tree, functions: functions, workingDirectory: workingDirectory)
            }
        }
        diagnostics += BackendCheck.check(tree.module.backend)
        diagnostics += TestFileValidation.validate(
            testLoad.tests, root: tree, runModules: runModules, functions: functions, workingDirectory: workingDirectory)
        return result()
    }
}

/// `required_version` against the running Terraform version, in every module.
enum CoreVersionCheck {
    static func check(_ tree: ModuleTree) -> [Diagnostic] {
        let subject = tree.source.map { "Module \(tree.address) (from \($0))" } ?? "This configuration"
        var diagnostics: [Diagnostic] = []
        for constraint in tree.module.coreVersionConstraints {
            let prerelease = constraint.constraints.constraints.filter { !$0.version.prerelease.isEmpty }
            if !prerelease.isEmpty {
                for required in prerelease {
                    diagnostics.append(.error(
                        "Invalid required_version constraint",
                        "Prerelease version constraints are not supported: \(required.text). Remove the prerelease information from the constraint. Prerelease versions of terraform will match constraints using their version core only.",
                        at: constraint.range))
                }
                continue
            }
            if !constraint.constraints.allow(.terraform) {
                diagnostics.append(.error(
                    "Unsupported Terraform Core version",
                    "\(subject) does not support Terraform version 1.15.5. To proceed, either choose another supported Terraform version or update this version constraint. Version constraints are normally set for good reason, so updating the constraint may lead to other errors or unexpected behavior.",
                    at: constraint.range))
            }
        }
        return diagnostics
    }
}

/// Terraform has three provisioners built in; any other would be a plugin installed by hand.
enum ProvisionerCheck {
    static let builtIn: Set<String> = ["file", "local-exec", "remote-exec"]

    static func check(_ module: Module) -> [Diagnostic] {
        let resources = (Array(module.resources.values) + Array(module.dataResources.values))
            .sorted { ($0.range.filename, $0.range.start.byte) < ($1.range.filename, $1.range.start.byte) }
        let removed = module.removed.sorted { ($0.range.filename, $0.range.start.byte) < ($1.range.filename, $1.range.start.byte) }
        let provisioners = resources.flatMap(\.provisioners) + removed.flatMap(\.provisioners)
        return provisioners.map(\.type).filter { !builtIn.contains($0) }.sorted().map { type in
            .error(
                "Missing required provisioner plugin",
                "This configuration requires provisioner plugin \(goQuoted(type)), which isn't available. If you're intending to use an external provisioner plugin, you must install it manually into one of the plugin search directories before running Terraform.")
        }
    }
}

/// A resource that names an aliased provider configuration needs that configuration, from a
/// `provider` block or (passed in by a caller) from `configuration_aliases`.
enum ProviderConfigurationCheck {
    static func check(_ module: Module) -> [Diagnostic] {
        let declared = Set(module.providerConfigs.keys).union(module.requiredProviders.values.flatMap(\.configurationAliases))
        let resources = Array(module.resources.values) + Array(module.dataResources.values) + Array(module.ephemeralResources.values)
        return resources.sorted { $0.address < $1.address }.compactMap { resource in
            guard let reference = resource.provider, let alias = reference.alias,
                  !declared.contains("\(reference.name).\(alias)") else { return nil }
            let provider = (module.requiredProviders[reference.name]?.provider ?? ProviderAddress.implied(by: reference.name)).fullString
            let address = resource.address
            return .error(
                "Provider configuration not present",
                "To work with \(address) its original provider configuration at provider[\(goQuoted(provider))].\(alias) is required, but it has been removed. This occurs when a provider configuration is removed while objects created by that provider still exist in the state. Re-add the provider configuration to destroy \(address), after which you can remove the provider configuration again.")
        }
    }
}

/// The backend types Terraform 1.15 has.
enum BackendCheck {
    static let available: Set<String> = [
        "local", "remote", "azurerm", "consul", "cos", "gcs", "http", "inmem", "kubernetes", "oss", "pg", "s3", "oci", "cloud",
    ]
    static let removed: Set<String> = ["artifactory", "etcd", "etcdv3", "manta", "swift"]

    static func check(_ backend: Backend?) -> [Diagnostic] {
        guard let backend, !available.contains(backend.type) else { return [] }
        let detail: String
        if removed.contains(backend.type) {
            detail = "The \(goQuoted(backend.type)) backend is not supported in Terraform v1.3 or later."
        } else if backend.type == "azure" {
            detail = "The \"azure\" backend name has been removed, please use \"azurerm\"."
        } else {
            detail = "There is no backend type named \(goQuoted(backend.type))."
        }
        return [.error("Unsupported backend type", detail, at: backend.typeRange)]
    }
}
