import HCL
import Values

/// Reads one configuration file into its declarations the way Terraform's `parseConfigFile`
/// does, reporting problems in Terraform's order: version constraints, language settings and
/// experiments, the shape of the top level, then each block in source order.
enum FileDecoder {
    static let topLevelSchema = BodySchema(blocks: [
        .init(type: "terraform"),
        .init(type: "required_providers"),
        .init(type: "provider", labels: ["name"]),
        .init(type: "variable", labels: ["name"]),
        .init(type: "locals"),
        .init(type: "output", labels: ["name"]),
        .init(type: "module", labels: ["name"]),
        .init(type: "resource", labels: ["type", "name"]),
        .init(type: "data", labels: ["type", "name"]),
        .init(type: "ephemeral", labels: ["type", "name"]),
        .init(type: "action", labels: ["type", "name"]),
        .init(type: "moved"),
        .init(type: "removed"),
        .init(type: "import"),
        .init(type: "check", labels: ["name"]),
    ])

    static func decode(_ body: Body, override: Bool) -> (ConfigFile, [Diagnostic]) {
        var file = ConfigFile()
        var diagnostics: [Diagnostic] = []
        let fileStart = SourceRange(filename: body.range.filename, at: body.range.start)

        let (constraints, versionDiagnostics) = TerraformBlockDecoder.sniffCoreVersion(body, fileStart: fileStart)
        file.coreVersionConstraints = constraints
        diagnostics += versionDiagnostics
        diagnostics += TerraformBlockDecoder.sniffExperiments(body, fileStart: fileStart)

        let (content, contentDiagnostics) = body.content(topLevelSchema, missingItemRange: fileStart)
        diagnostics += contentDiagnostics

        for block in content.blocks {
            switch block.type {
            case "terraform":
                diagnostics += TerraformBlockDecoder.decode(block, into: &file)
            case "required_providers":
                diagnostics.append(.error(
                    "Invalid required_providers block",
                    "A \"required_providers\" block must be nested inside a \"terraform\" block.",
                    at: block.typeRange))
            case "provider":
                let (provider, found) = ProviderDecoder.decode(block)
                diagnostics += found
                if let provider { file.providerConfigs.append(provider) }
            case "variable":
                let (variable, found) = VariableDecoder.decode(block, override: override)
                diagnostics += found
                file.variables.append(variable)
            case "locals":
                let (locals, found) = OutputDecoder.decodeLocals(block)
                diagnostics += found
                file.locals += locals
            case "output":
                let (output, found) = OutputDecoder.decode(block, override: override)
                diagnostics += found
                file.outputs.append(output)
            case "module":
                let (call, found) = ModuleCallDecoder.decode(block, override: override)
                diagnostics += found
                file.moduleCalls.append(call)
            case "resource":
                let (resource, found) = ResourceDecoder.decodeManaged(block, override: override)
                diagnostics += found
                file.resources.append(resource)
            case "data":
                let (resource, found) = ResourceDecoder.decodeData(block, override: override, nestedInCheck: false)
                diagnostics += found
                file.dataResources.append(resource)
            case "ephemeral":
                let (resource, found) = ResourceDecoder.decodeEphemeral(block, override: override)
                diagnostics += found
                file.ephemeralResources.append(resource)
            case "action":
                let (action, found) = ActionDecoder.decode(block)
                diagnostics += found
                file.actions.append(action)
            case "moved":
                let (moved, found) = RefactoringDecoder.decodeMoved(block)
                diagnostics += found
                file.moved.append(moved)
            case "removed":
                let (removed, found) = RefactoringDecoder.decodeRemoved(block)
                diagnostics += found
                file.removed.append(removed)
            case "import":
                let (importBlock, found) = RefactoringDecoder.decodeImport(block)
                diagnostics += found
                file.imports.append(importBlock)
            case "check":
                let (check, found) = CheckDecoder.decodeCheck(block, override: override)
                diagnostics += found
                file.checks.append(check)
            default:
                continue
            }
        }
        return (file, diagnostics)
    }
}

/// Messages shared by several block decoders.
enum LoadingMessages {
    static let badIdentifier = "A name must start with a letter or underscore and may contain only letters, digits, underscores, and dashes."

    /// Whether `name` is a valid HCL identifier.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isIDStart || first == "_" else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isIDContinue || $0 == "-" }
    }

    static func countAndForEach(at range: SourceRange) -> Diagnostic {
        .error(
            "Invalid combination of \"count\" and \"for_each\"",
            "The \"count\" and \"for_each\" meta-arguments are mutually-exclusive, only one should be used to be explicit about the number of resources to be created.",
            at: range)
    }

    static func duplicateEscapingBlock(_ what: String, meaning: String, first: Block, at block: Block) -> Diagnostic {
        .error(
            "Duplicate escaping block",
            "The special block type \"_\" can be used to force particular arguments to be interpreted as \(meaning) rather than as meta-arguments, but each \(what) block can have only one such block. The first escaping block was at \(first.declarationRange.displayString).",
            at: block.declarationRange)
    }

    static func reservedBlock(in what: String, _ block: Block) -> Diagnostic {
        .error(
            "Reserved block type name in \(what) block",
            "The block type name \(goQuoted(block.type)) is reserved for use by Terraform in a future version.",
            at: block.typeRange)
    }
}

extension Body {
    /// This body with the content of an escaping block `_` added, so that arguments named like
    /// meta-arguments reach the provider or module.
    func merging(escaped: Body) -> Body {
        Body(items: items + escaped.items, range: range)
    }
}
