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

        /// The declaration a decoder produced; its problems join the file's.
        func take<Item>(_ decoded: (Item, [Diagnostic])) -> Item {
            diagnostics += decoded.1
            return decoded.0
        }
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
                if let provider = take(ProviderDecoder.decode(block)) { file.providerConfigs.append(provider) }
            case "variable": file.variables.append(take(VariableDecoder.decode(block, override: override)))
            case "locals": file.locals += take(OutputDecoder.decodeLocals(block))
            case "output": file.outputs.append(take(OutputDecoder.decode(block, override: override)))
            case "module": file.moduleCalls.append(take(ModuleCallDecoder.decode(block, override: override)))
            case "resource": file.resources.append(take(ResourceDecoder.decodeManaged(block, override: override)))
            case "data": file.dataResources.append(take(ResourceDecoder.decodeData(block, override: override)))
            case "ephemeral": file.ephemeralResources.append(take(ResourceDecoder.decodeEphemeral(block, override: override)))
            case "action": file.actions.append(take(ActionDecoder.decode(block)))
            case "moved": file.moved.append(take(RefactoringDecoder.decodeMoved(block)))
            case "removed": file.removed.append(take(RefactoringDecoder.decodeRemoved(block)))
            case "import": file.imports.append(take(RefactoringDecoder.decodeImport(block)))
            case "check": file.checks.append(take(CheckDecoder.decodeCheck(block, override: override)))
            default: continue
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

    static func reservedBlock(in what: String, _ block: Block) -> Diagnostic {
        .error(
            "Reserved block type name in \(what) block",
            "The block type name \(goQuoted(block.type)) is reserved for use by Terraform in a future version.",
            at: block.typeRange)
    }
}

