import HCL
import Values

/// The `terraform` block: version constraints, language edition, experiments, backend or
/// cloud settings, provider requirements and provider metadata.
enum TerraformBlockDecoder {
    static let schema = BodySchema(
        attributes: [.init(name: "required_version"), .init(name: "experiments"), .init(name: "language")],
        blocks: [
            .init(type: "backend", labels: ["type"]),
            .init(type: "cloud"),
            .init(type: "required_providers"),
            .init(type: "state_store", labels: ["type"]),
            .init(type: "provider_meta", labels: ["provider"]),
        ])

    private static let sniffSchema = BodySchema(blocks: [.init(type: "terraform")])

    /// The `required_version` constraints of the file's `terraform` blocks, read before
    /// anything else so that a version mismatch can be reported even for a file this version
    /// does not understand.
    static func sniffCoreVersion(_ body: Body, fileStart: SourceRange) -> ([VersionConstraint], [Diagnostic]) {
        let (content, labelDiagnostics) = body.partialContent(sniffSchema, missingItemRange: fileStart)
        var diagnostics = labelDiagnostics
        var constraints: [VersionConstraint] = []
        for block in content.blocks {
            guard let attribute = block.body.attributes.first(where: { $0.name == "required_version" }) else { continue }
            let (constraint, found) = versionConstraint(attribute)
            diagnostics += found
            if let constraint { constraints.append(constraint) }
        }
        return (constraints, diagnostics)
    }

    /// The language edition and experiments of the file's `terraform` blocks.
    static func sniffExperiments(_ body: Body, fileStart: SourceRange) -> [Diagnostic] {
        let (content, labelDiagnostics) = body.partialContent(sniffSchema, missingItemRange: fileStart)
        var diagnostics = labelDiagnostics
        for block in content.blocks {
            if let language = block.body.attributes.first(where: { $0.name == "language" }) {
                let keyword = StaticExpressions.keyword(language.expression)
                if keyword == nil {
                    diagnostics.append(.error(
                        "Invalid language edition",
                        "The language argument expects a bare language edition keyword. Terraform 1.15.5 supports only language edition TF2021, which is the default.",
                        at: language.expression.range))
                } else if let keyword, keyword != "TF2021" {
                    diagnostics.append(.error(
                        "Unsupported language edition",
                        "Terraform v1.15.5 only supports language edition TF2021. This module requires a \(keyword > "TF2021" ? "newer" : "different") version of Terraform CLI.",
                        at: language.expression.range))
                }
            }
            guard let experiments = block.body.attributes.first(where: { $0.name == "experiments" }) else { continue }
            diagnostics += experimentDiagnostics(experiments)
        }
        return diagnostics
    }

    /// Experiments are available only in alpha releases; the one experiment that concluded
    /// when that rule was made still gets its own message.
    private static func experimentDiagnostics(_ attribute: Attribute) -> [Diagnostic] {
        let (elements, listDiagnostics) = StaticExpressions.list(attribute.expression)
        let concluded = "module_variable_optional_attrs"
        if let elements, elements.count == 1, StaticExpressions.keyword(elements[0]) == concluded {
            return [.error(
                "Experiment has concluded",
                "Experiment \"\(concluded)\" is no longer available. The final feature corresponding to this experiment differs from the experimental form and is available in the Terraform language from Terraform v1.3.0 onwards.",
                at: elements[0].range)]
        }
        _ = listDiagnostics
        return [.error(
            "Module uses experimental features",
            "Experimental features are intended only for gathering early feedback on new language designs, and so are available only in alpha releases of Terraform.",
            at: attribute.nameRange)]
    }

    /// `required_version = "..."`, read as `decodeVersionConstraint` reads it.
    static func versionConstraint(_ attribute: Attribute) -> (VersionConstraint?, [Diagnostic]) {
        var (value, diagnostics) = StaticExpressions.constantValue(attribute.expression)
        if diagnostics.hasErrors { return (nil, diagnostics) }
        do {
            value = try value.converted(to: .string)
        } catch {
            return (nil, diagnostics + [.error(
                "Invalid version constraint", "A string value is required for \(attribute.name).", at: attribute.expression.range)])
        }
        guard !value.isNull, value.isKnown, let text = value.stringValue else { return (nil, diagnostics) }
        guard let constraints = VersionConstraints(parsing: text) else {
            return (nil, diagnostics + [.error(
                "Invalid version constraint", "This string does not use correct version constraint syntax.", at: attribute.expression.range)])
        }
        return (VersionConstraint(constraints: constraints, range: attribute.range), diagnostics)
    }

    static func decode(_ block: Block, into file: inout ConfigFile) -> [Diagnostic] {
        let (content, contentDiagnostics) = block.body.content(schema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        for inner in content.blocks {
            switch inner.type {
            case "backend":
                file.backends.append(Backend(type: inner.labels[0].value, typeRange: inner.labels[0].range, body: inner.body, range: inner.declarationRange))
            case "cloud":
                file.cloudConfigs.append(CloudConfig(body: inner.body, range: inner.declarationRange))
            case "state_store":
                diagnostics.append(.error(
                    "Unsupported block type", "Blocks of type \"state_store\" are not expected here.", at: inner.typeRange))
            case "required_providers":
                let (requirements, found) = RequiredProvidersDecoder.decode(inner)
                diagnostics += found
                if let requirements { file.requiredProviders.append(requirements) }
            case "provider_meta":
                let (attributes, attributeDiagnostics) = inner.body.justAttributes()
                diagnostics += attributeDiagnostics
                if attributeDiagnostics.hasErrors { continue }
                for attribute in attributes {
                    diagnostics += StaticExpressions.constantValue(attribute.expression).1
                }
                let name = inner.labels[0].value
                diagnostics += ProviderDecoder.checkLocalName(name, at: inner.declarationRange)
                file.providerMetas.append(ProviderMeta(provider: name, body: inner.body, range: inner.declarationRange))
            default:
                continue
            }
        }
        return diagnostics
    }
}

/// The entries of `required_providers`: a local name for each provider, its source address,
/// version constraints and the aliases a child module expects.
enum RequiredProvidersDecoder {
    static func decode(_ block: Block) -> (RequiredProvidersBlock?, [Diagnostic]) {
        let (attributes, attributeDiagnostics) = block.body.justAttributes()
        var diagnostics = attributeDiagnostics
        if diagnostics.hasErrors { return (nil, diagnostics) }
        var entries: [RequiredProvider] = []
        for attribute in attributes {
            let name = attribute.name
            var entry = RequiredProvider(name: name, configurationAliases: [], range: attribute.expression.range)
            let (value, valueDiagnostics) = StaticExpressions.constantValue(attribute.expression)
            if !valueDiagnostics.hasErrors && value.type.isPrimitive {
                let (constraint, found) = TerraformBlockDecoder.versionConstraint(attribute)
                diagnostics += found
                entry.versionConstraints = constraint?.constraints
                if case .failure(let reason) = ProviderNamePart.parse(name) {
                    diagnostics.append(.error("Invalid provider name", reason.message, at: attribute.expression.range))
                    continue
                }
                entry.provider = ProviderAddress.implied(by: name)
                entries.append(entry)
                continue
            }
            let nameDiagnostics = ProviderDecoder.checkLocalName(name, at: attribute.expression.range)
            if nameDiagnostics.hasErrors {
                diagnostics += nameDiagnostics
                continue
            }
            guard case .object(let items) = attribute.expression.kind else {
                diagnostics.append(.error(
                    "Invalid required_providers object", "required_providers entries must be strings or objects.",
                    at: attribute.expression.range))
                continue
            }
            var entryFailed = false
            itemLoop: for item in items {
                let key: String
                let keyRange: SourceRange
                switch item.key {
                case .name(let text, let range):
                    key = text
                    keyRange = range
                case .expression(let expression):
                    let (keyValue, keyDiagnostics) = StaticExpressions.constantValue(expression)
                    if keyDiagnostics.hasErrors {
                        diagnostics += keyDiagnostics
                        entryFailed = true
                        continue
                    }
                    guard let text = keyValue.stringValue else {
                        diagnostics.append(.error(
                            "Invalid Attribute", "Invalid attribute value for provider requirement: \(keyValue)", at: expression.range))
                        entryFailed = true
                        continue
                    }
                    key = text
                    keyRange = expression.range
                }
                switch key {
                case "version":
                    let (constraint, constraintDiagnostics) = StaticExpressions.constantValue(item.value)
                    guard !constraintDiagnostics.hasErrors, constraint.type == .string, let text = constraint.stringValue else {
                        diagnostics.append(.error("Invalid version constraint", "Version must be specified as a string.", at: item.value.range))
                        entryFailed = true
                        continue
                    }
                    guard let constraints = VersionConstraints(parsing: text) else {
                        diagnostics.append(.error(
                            "Invalid version constraint", "This string does not use correct version constraint syntax.", at: item.value.range))
                        entryFailed = true
                        continue
                    }
                    entry.versionConstraints = constraints
                case "source":
                    let (source, sourceDiagnostics) = StaticExpressions.constantValue(item.value)
                    guard !sourceDiagnostics.hasErrors, source.type == .string, let text = source.stringValue else {
                        diagnostics.append(.error("Invalid source", "Source must be specified as a string.", at: item.value.range))
                        entryFailed = true
                        continue
                    }
                    switch ProviderAddress.parse(source: text) {
                    case .success(let address):
                        entry.source = text
                        entry.provider = address
                    case .failure(let error):
                        diagnostics.append(.error(error.summary, error.detail, at: item.value.range))
                        entryFailed = true
                    }
                case "configuration_aliases":
                    let (elements, listDiagnostics) = StaticExpressions.list(item.value)
                    guard let elements else {
                        diagnostics += listDiagnostics
                        entryFailed = true
                        continue
                    }
                    for element in elements {
                        let (traversal, traversalDiagnostics) = StaticExpressions.traversal(element)
                        guard let traversal else {
                            diagnostics += traversalDiagnostics
                            entryFailed = true
                            continue
                        }
                        let alias = traversal.steps.first?.name
                        guard traversal.steps.count <= 1, traversal.steps.isEmpty || alias != nil else {
                            diagnostics.append(.error(
                                "Invalid configuration_aliases value",
                                "Configuration aliases can only contain references to local provider configuration names in the format of provider.alias",
                                at: item.value.range))
                            entryFailed = true
                            continue
                        }
                        guard traversal.root == name else {
                            diagnostics.append(.error(
                                "Invalid configuration_aliases value",
                                "Configuration aliases must be prefixed with the provider name. Expected \(goQuoted(name)), but found \(goQuoted(traversal.root)).",
                                at: item.value.range))
                            entryFailed = true
                            continue
                        }
                        entry.configurationAliases.append(alias.map { "\(name).\($0)" } ?? name)
                    }
                default:
                    diagnostics.append(.error(
                        "Invalid required_providers object",
                        "required_providers objects can only contain \"version\", \"source\" and \"configuration_aliases\" attributes. To configure a provider, use a \"provider\" block.",
                        at: keyRange))
                    entryFailed = true
                    break itemLoop
                }
            }
            if entryFailed || diagnostics.hasErrors { continue }
            if entry.provider == nil {
                switch ProviderNamePart.parse(name) {
                case .failure(let reason):
                    diagnostics.append(.error("Invalid provider name", reason.message, at: attribute.expression.range))
                case .success:
                    entry.provider = ProviderAddress.implied(by: name)
                }
            }
            entries.append(entry)
        }
        return (RequiredProvidersBlock(entries: entries, range: block.declarationRange), diagnostics)
    }
}
