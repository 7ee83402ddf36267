import Foundation
import HCL
import Lang

/// Loads a root module and, recursively, every module it calls with a local source (`./x`,
/// `../x`, relative to the calling module's directory), as `terraform init` installs them and
/// Terraform's loader then reads them. A module with errors (in its files or in its calls'
/// `source` and `version`) is kept without children, as Terraform does not look further into it.
public enum ModuleTreeLoader {
    /// Loads the module in `directory` and the modules below it. Files are named
    /// `displayPrefix` + their path relative to `directory`, as Terraform shows them
    /// (`main.tf`, `modules/net/main.tf`); `including` chooses the root module's files.
    /// `workingDirectory` is what `path.cwd` reports while sources are evaluated. Without
    /// `loadingChildren` only the root module is loaded, as Terraform does when the root's
    /// test files have errors.
    public static func load(
        directory: String, displayPrefix: String, workingDirectory: String,
        including: (String) -> Bool = { _ in true }, loadingChildren: Bool = true
    ) -> (ModuleTree, [Diagnostic]) {
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        var loader = Loader(
            root: root, displayPrefix: displayPrefix, workingDirectory: workingDirectory,
            functions: BuiltinFunctions.table(baseDirectory: root))
        let files = ModuleFiles.load(directory: directory, displayPrefix: displayPrefix, including: including)
        loader.followsCalls = loadingChildren
        let tree = loader.build(files: files, relativeDirectory: ".", path: [], ancestors: [root])
        return (tree, loader.diagnostics)
    }

    /// Loads the module in `relativeDirectory` below the root module's `directory`, with the
    /// modules it calls, as the root of a configuration of its own: the module a test run
    /// executes. A missing directory is reported at `range`.
    public static func load(
        module relativeDirectory: String, under directory: String, displayPrefix: String, workingDirectory: String,
        reportingAt range: SourceRange
    ) -> (ModuleTree?, [Diagnostic]) {
        let root = URL(fileURLWithPath: directory).standardizedFileURL.path
        let absolute = ModuleSourceAddress.cleanPath(root + "/" + relativeDirectory)
        let shown = ModuleSourceAddress.cleanPath(displayPrefix + relativeDirectory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue else {
            return (nil, [Loader.notInstalled(shown, at: range)])
        }
        var loader = Loader(
            root: root, displayPrefix: displayPrefix, workingDirectory: workingDirectory,
            functions: BuiltinFunctions.table(baseDirectory: root))
        let files = ModuleFiles.load(directory: absolute, displayPrefix: shown + "/")
        let tree = loader.build(files: files, relativeDirectory: relativeDirectory, path: [], ancestors: [absolute])
        return (tree, loader.diagnostics)
    }

    private struct Loader {
        let root: String
        let displayPrefix: String
        let workingDirectory: String
        let functions: FunctionTable
        var diagnostics: [Diagnostic] = []
        /// Whether the modules' calls are followed to their children.
        var followsCalls = true

        init(root: String, displayPrefix: String, workingDirectory: String, functions: FunctionTable) {
            self.root = root
            self.displayPrefix = displayPrefix
            self.workingDirectory = workingDirectory
            self.functions = functions
        }

        /// The module made of `files`, with its children when it loaded cleanly.
        /// `ancestors` are the absolute directories of the modules on the way here.
        mutating func build(files: ModuleFiles, relativeDirectory: String, path: [String], ancestors: [String]) -> ModuleTree {
            let (module, loadDiagnostics) = ModuleLoader.load(files, directory: relativeDirectory)
            var tree = ModuleTree(module: module, path: path, files: files)
            diagnostics += loadDiagnostics
            if loadDiagnostics.hasErrors { return tree }
            let (sources, sourceDiagnostics) = ModuleSourceCheck.check(module, functions: functions, workingDirectory: workingDirectory)
            diagnostics += sourceDiagnostics
            if sourceDiagnostics.hasErrors || !followsCalls { return tree }
            for name in module.moduleCalls.keys.sorted() {
                guard let call = module.moduleCalls[name], case .local(let source) = sources[name] else { continue }
                let childDirectory = ModuleSourceAddress.cleanPath(relativeDirectory + "/" + source)
                if var child = loadChild(call, relativeDirectory: childDirectory, path: path + [name], ancestors: ancestors) {
                    child.source = source
                    tree.children[name] = child
                }
            }
            return tree
        }

        private mutating func loadChild(_ call: ModuleCall, relativeDirectory: String, path: [String], ancestors: [String]) -> ModuleTree? {
            let absolute = ModuleSourceAddress.cleanPath(root + "/" + relativeDirectory)
            let shown = ModuleSourceAddress.cleanPath(displayPrefix + relativeDirectory)
            if let repeated = ancestors.firstIndex(of: absolute) {
                let loadedBy = repeated == 0 ? "the root module" : ModuleTree.address(of: Array(path.prefix(repeated)))
                diagnostics.append(.error(
                    "Module source cycle",
                    "\(ModuleTree.address(of: path)) calls \(shown), the directory \(loadedBy) was loaded from, so the calls would never end. Local module sources must not form a cycle.",
                    at: call.sourceExpression?.range ?? call.range))
                return nil
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), isDirectory.boolValue else {
                diagnostics.append(Self.notInstalled(shown, at: call.range))
                return nil
            }
            let files = ModuleFiles.load(directory: absolute, displayPrefix: shown + "/")
            return build(files: files, relativeDirectory: relativeDirectory, path: path, ancestors: ancestors + [absolute])
        }

        /// What Terraform's loader says of a module whose directory cannot be read.
        static func notInstalled(_ directory: String, at range: SourceRange) -> Diagnostic {
            .error(
                "Module not installed",
                "This module's local cache directory \(directory) could not be read. Run \"terraform init\" to install all modules required by this configuration.",
                at: range)
        }
    }
}
