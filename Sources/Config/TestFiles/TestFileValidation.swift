import HCL
import Lang

/// What Terraform's validate checks in the test files once the configuration is validated
/// (it runs nothing): each local module a run executes is validated as a configuration of its
/// own, once; `expect_failures` must name checkable objects; and overrides should target
/// objects that exist, or they earn a warning.
enum TestFileValidation {
    /// The problems of `tests` against the root configuration `root` and the modules runs
    /// execute, by their local source (`./setup`).
    static func validate(
        _ tests: [TestFile], root: ModuleTree, runModules: [String: ModuleTree], functions: FunctionTable, workingDirectory: String
    ) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var validated: Set<String> = []
        for test in tests {
            let configurations = [root] + test.runs.compactMap { run in run.module.flatMap(localSource).flatMap { runModules[$0] } }
            let mocked = test.providers.keys.sorted().flatMap { test.providers[$0]?.overrides ?? [] }
            for override in mocked + test.overrides where !configurations.contains(where: { exists(override.target, in: $0) }) {
                diagnostics.append(missingTarget(override))
            }
            for run in test.runs {
                var configuration = root
                if let module = run.module {
                    guard let source = localSource(module), let tree = runModules[source] else { continue }
                    configuration = tree
                    if validated.insert(source).inserted {
                        diagnostics += validateModule(tree, functions: functions, workingDirectory: workingDirectory)
                    }
                }
                diagnostics += run.expectFailures.compactMap(uncheckable)
                for override in run.overrides where !exists(override.target, in: configuration) {
                    diagnostics.append(missingTarget(override))
                }
            }
        }
        return diagnostics
    }

    /// The local source of a run's module, the key its configuration is known by.
    static func localSource(_ module: TestRunModule) -> String? {
        if case .local(let path) = module.source { return path }
        return nil
    }

    /// A run's module validated as Terraform validates a configuration's graph.
    private static func validateModule(_ tree: ModuleTree, functions: FunctionTable, workingDirectory: String) -> [Diagnostic] {
        let inputs = ModuleCallInputs.check(tree)
        if inputs.hasErrors { return inputs }
        return inputs + ModuleValidator.validate(tree, functions: functions, workingDirectory: workingDirectory)
    }

    /// Whether `address` names a module or a resource of `tree`.
    private static func exists(_ address: ConfigAddress, in tree: ModuleTree) -> Bool {
        guard let module = tree.descendant(address.modulePath.map(\.name))?.module else { return false }
        guard let resource = address.resource else { return true }
        let key = "\(resource.type).\(resource.name)"
        return switch resource.mode {
        case .managed: module.resources[key] != nil
        case .data: module.dataResources[key] != nil
        case .ephemeral: module.ephemeralResources[key] != nil
        }
    }

    private static func missingTarget(_ override: TestOverride) -> Diagnostic {
        .warning(
            "Invalid override target",
            "The override target \(override.target.text) does not exist within the configuration under test. This could indicate a typo in the target address or an unnecessary override.",
            at: override.targetRange)
    }

    /// The error for an `expect_failures` entry that is not a checkable object (an input
    /// variable, an output, a check block, a resource or data source), or for a malformed one.
    private static func uncheckable(_ traversal: Traversal) -> Diagnostic? {
        let reference = StaticTraversal(traversal)
        let described: String
        let range: SourceRange
        switch reference.root {
        case "output", "check":
            switch ReferenceParser.singleAttribute(reference) {
            case .failure(let problem): return problem
            case .success: return nil
            }
        case "run":
            switch ReferenceParser.singleAttribute(reference) {
            case .failure(let problem): return problem
            case .success(let (name, subjectRange, _)):
                described = "run.\(name)"
                range = subjectRange
            }
        default:
            switch ReferenceParser.parse(reference) {
            case .failure(let problem): return problem
            case .success(let parsed):
                guard let text = uncheckableName(parsed.subject) else { return nil }
                described = text
                range = parsed.range
            }
        }
        return .error(
            "Invalid `expect_failures` reference",
            "You cannot expect failures from \(described). You can only expect failures from checkable objects such as input variables, output values, check blocks, managed resources and data sources.",
            at: range)
    }

    /// How Terraform names a referenced object that cannot be expected to fail; nil for one
    /// that can.
    private static func uncheckableName(_ subject: ReferenceSubject) -> String? {
        switch subject {
        case .inputVariable, .resource: nil
        case .localValue(let name): "local.\(name)"
        case .countAttribute(let name): "count.\(name)"
        case .forEachAttribute(let name): "each.\(name)"
        case .pathAttribute(let name): "path.\(name)"
        case .terraformAttribute(let name): "terraform.\(name)"
        case .self: "self"
        case .moduleCall(let name): "module.\(name)"
        case .moduleOutput(let call, let output): "module.\(call).\(output)"
        case .action(let type, let name): "action.\(type).\(name)"
        }
    }
}
