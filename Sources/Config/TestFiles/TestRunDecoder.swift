import HCL
import Values

/// `run` blocks: the command, the module to run, variables, assertions, expected failures,
/// plan options, providers, overrides and the experimental state settings.
enum TestRunDecoder {
    static let schema = BodySchema(
        attributes: ["command", "providers", "expect_failures", "state_key", "parallel", "skip_cleanup"].map { .init(name: $0) },
        blocks: [
            .init(type: "plan_options"), .init(type: "assert"), .init(type: "variables"), .init(type: "module"),
            .init(type: "override_resource"), .init(type: "override_data"), .init(type: "override_module"),
            .init(type: "backend", labels: ["name"]),
        ])
    static let planOptionsSchema = BodySchema(optional: ["mode", "refresh", "replace", "target"])
    static let moduleSchema = BodySchema(optional: ["source", "version"])

    /// A decoded run and the `backend` block it has, if any (at most one is kept).
    struct Decoded {
        var run: TestRun
        var backend: Block?
    }

    static func decode(_ block: Block) -> (Decoded, [Diagnostic]) {
        let (content, contentDiagnostics) = block.body.content(schema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        let label = block.labels[0]
        var decoded = Decoded(run: TestRun(name: label.value, nameRange: label.range, range: block.declarationRange))
        if !LoadingMessages.isIdentifier(label.value) {
            diagnostics.append(.error("Invalid run block name", LoadingMessages.badIdentifier, at: label.range))
        }
        var planOptions: Block?
        var variables: Block?
        var module: Block?
        for inner in content.blocks {
            switch inner.type {
            case "assert":
                let (rule, found) = CheckDecoder.decodeRule(inner, override: false)
                diagnostics += found
                if !found.hasErrors { decoded.run.asserts.append(rule) }
            case "plan_options":
                if let planOptions {
                    diagnostics.append(.error(
                        "Multiple \"plan_options\" blocks",
                        "This run block already has a plan_options block defined at \(planOptions.declarationRange.displayString).",
                        at: inner.declarationRange))
                    continue
                }
                let found = decodePlanOptions(inner)
                diagnostics += found
                if !found.hasErrors { planOptions = inner }
            case "variables":
                diagnostics += TestFileDecoder.decodeVariables(inner, after: &variables, in: "run block", into: &decoded.run.variables)
            case "module":
                if let module {
                    diagnostics.append(.error(
                        "Multiple \"module\" blocks",
                        "This run block already has a module block defined at \(module.declarationRange.displayString).",
                        at: inner.declarationRange))
                }
                let (found, problems) = decodeModule(inner)
                diagnostics += problems
                if !problems.hasErrors {
                    decoded.run.module = found
                    module = inner
                }
            case "backend":
                diagnostics.append(.error(
                    "Invalid block", "The backend block is only available within run blocks in experimental builds of Terraform.",
                    at: inner.declarationRange))
                if decoded.backend != nil {
                    diagnostics.append(.error(
                        "Duplicate backend blocks",
                        "A backend block has already been defined inside the run \(goQuoted(label.value)) at \(decoded.backend?.declarationRange.displayString ?? "").",
                        at: inner.declarationRange))
                    continue
                }
                decoded.backend = inner
            default:
                guard let kind = TestOverride.Kind(rawValue: inner.type) else { continue }
                let (override, found) = TestOverrideDecoder.decode(inner, kind: kind)
                diagnostics += found
                if let override { TestOverrideDecoder.add(override, to: &decoded.run.overrides, &diagnostics) }
            }
        }
        diagnostics += decodeAttributes(content, into: &decoded.run)
        if decoded.run.command == .plan, let backend = decoded.backend {
            diagnostics.append(.error(
                "Invalid backend block",
                "A backend block can only be used in the first apply run block for a given internal state file. It cannot be included in a block to run a plan command.",
                at: backend.declarationRange))
        }
        return (decoded, diagnostics)
    }

    private static func decodeAttributes(_ content: BodyContent, into run: inout TestRun) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let command = content["command"] {
            switch StaticExpressions.keyword(command.expression) {
            case "apply": run.command = .apply
            case "plan": run.command = .plan
            default:
                diagnostics.append(.error(
                    "Invalid \"command\" keyword",
                    "The \"command\" argument requires one of the following keywords without quotes: apply or plan.",
                    at: command.expression.range))
            }
        }
        if let providers = content["providers"] {
            let (passed, found) = ModuleCallDecoder.passedProviders(providers)
            diagnostics += found
            run.providers = passed
        }
        if let expectFailures = content["expect_failures"] {
            let (traversals, found) = DependsOnDecoder.decode(expectFailures)
            diagnostics += found
            run.expectFailures = traversals
        }
        if let stateKey = content["state_key"] {
            let (key, found) = StaticExpressions.string(stateKey.expression)
            diagnostics += found
            run.stateKey = key
        }
        if let parallel = content["parallel"] {
            diagnostics += StaticExpressions.bool(parallel.expression).1
        }
        if let skipCleanup = content["skip_cleanup"] {
            diagnostics += TestFileDecoder.experimentalSkipCleanup(skipCleanup)
        }
        return diagnostics
    }

    /// `plan_options`: the planning mode, whether to refresh, and what to replace or target.
    private static func decodePlanOptions(_ block: Block) -> [Diagnostic] {
        let (content, contentDiagnostics) = block.body.content(planOptionsSchema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        var refreshOnly = false
        if let mode = content["mode"] {
            switch StaticExpressions.keyword(mode.expression) {
            case "refresh-only": refreshOnly = true
            case "normal": break
            default:
                diagnostics.append(.error(
                    "Invalid \"mode\" keyword",
                    "The \"mode\" argument requires one of the following keywords without quotes: normal or refresh-only",
                    at: mode.expression.range))
            }
        }
        var refresh = true
        if let attribute = content["refresh"] {
            let (value, found) = StaticExpressions.bool(attribute.expression)
            diagnostics += found
            refresh = value ?? true
        }
        for name in ["replace", "target"] {
            if let attribute = content[name] { diagnostics += DependsOnDecoder.decode(attribute).1 }
        }
        if !refresh && refreshOnly, let attribute = content["refresh"] {
            diagnostics.append(.error(
                "Incompatible plan options",
                "The \"refresh\" option cannot be set to false when running a test in \"refresh-only\" mode.",
                at: attribute.range))
        }
        return diagnostics
    }

    /// A run's `module` block: a local or registry source, and a version for a registry one.
    private static func decodeModule(_ block: Block) -> (TestRunModule, [Diagnostic]) {
        let (content, contentDiagnostics) = block.body.content(moduleSchema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        var module = TestRunModule(range: block.declarationRange)
        let hasVersion = content["version"] != nil
        if let version = content["version"] {
            diagnostics += TerraformBlockDecoder.versionConstraint(version).1
        }
        guard let source = content["source"] else {
            diagnostics.append(.error(
                "Missing \"source\" attribute for module block",
                "You must specify a source attribute when executing alternate modules during test executions.",
                at: block.declarationRange))
            return (module, diagnostics)
        }
        let (text, found) = StaticExpressions.string(source.expression)
        diagnostics += found
        guard let text else { return (module, diagnostics) }
        module.sourceText = text
        switch ModuleSourceCheck.parse(text, hasVersion: hasVersion, at: source.range) {
        case .success(.remote):
            diagnostics.append(.error(
                "Invalid module source address",
                "Only local or registry module sources are currently supported from within test run blocks.", at: source.range))
        case .success(let address):
            module.source = address
        case .failure(let problem):
            diagnostics.append(problem)
        }
        return (module, diagnostics)
    }
}
