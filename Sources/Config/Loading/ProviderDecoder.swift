import HCL
import Values

/// `provider` blocks and the references that select a provider configuration
/// (`provider = aws.west`, `providers = { aws = aws.west }`).
enum ProviderDecoder {
    static let schema = BodySchema(
        attributes: ["alias", "version", "count", "depends_on", "for_each", "source"].map { .init(name: $0) },
        blocks: [.init(type: "_"), .init(type: "lifecycle"), .init(type: "locals")])

    static func decode(_ block: Block) -> (ProviderConfig?, [Diagnostic]) {
        let (content, contentDiagnostics) = block.body.partialContent(schema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        let name = block.labels[0].value
        let nameDiagnostics = checkLocalName(name, at: block.declarationRange)
        diagnostics += nameDiagnostics
        if nameDiagnostics.hasErrors { return (nil, diagnostics) }

        var provider = ProviderConfig(name: name, alias: nil, body: content.remaining, range: block.declarationRange)
        if let alias = content["alias"] {
            let (value, found) = StaticExpressions.string(alias.expression)
            diagnostics += found
            provider.alias = (value ?? "").isEmpty ? nil : value
            if !LoadingMessages.isIdentifier(value ?? "") {
                diagnostics.append(.error(
                    "Invalid provider configuration alias", "An alias must be a valid name. \(LoadingMessages.badIdentifier)"))
            }
        }
        if let version = content["version"] {
            diagnostics.append(.warning(
                "Version constraints inside provider configuration blocks are deprecated",
                "Terraform 0.13 and earlier allowed provider version constraints inside the provider configuration block, but that is now deprecated and will be removed in a future version of Terraform. To silence this warning, move the provider version constraint into the required_providers block.",
                at: version.expression.range))
            diagnostics += TerraformBlockDecoder.versionConstraint(version).1
        }
        for reserved in ["count", "depends_on", "for_each", "source"] {
            if let attribute = content[reserved] {
                diagnostics.append(.error(
                    "Reserved argument name in provider block",
                    "The provider argument name \(goQuoted(reserved)) is reserved for use by Terraform in a future version.",
                    at: attribute.nameRange))
            }
        }
        var escape = EscapingBlock(in: "provider", meaning: "provider-specific")
        for inner in content.blocks {
            if inner.type == "_" {
                escape.merge(inner, into: &provider.body, &diagnostics)
            } else {
                diagnostics.append(LoadingMessages.reservedBlock(in: "provider", inner))
            }
        }
        return (provider, diagnostics)
    }

    /// A provider local name must already be in normalized form (`aws`, not `AWS`).
    static func checkLocalName(_ name: String, at range: SourceRange) -> [Diagnostic] {
        switch ProviderNamePart.normalizationProblem(name) {
        case .failure(let reason):
            return [.error("Invalid provider local name", "\(name) is an invalid provider local name: \(reason.message)", at: range)]
        case .success(let normalized?):
            return [.error(
                "Invalid provider local name",
                "Provider names must be normalized. Replace \(goQuoted(name)) with \(goQuoted(normalized)) to fix this error.",
                at: range)]
        case .success(nil):
            return []
        }
    }

    /// `provider = name` or `provider = name.alias`, as `decodeProviderConfigRef` reads it.
    static func reference(_ expression: HCL.Expression, argument: String) -> (ProviderReference?, [Diagnostic]) {
        let (shimmed, shimDiagnostics) = StaticExpressions.shimQuotedReference(expression, keyword: false)
        var diagnostics = shimDiagnostics
        let traversal = StaticTraversal(StaticExpressions.jsonReference(shimmed))
        guard let traversal, traversal.steps.count <= 1 else {
            if StaticExpressions.isQuotedString(shimmed) {
                diagnostics.append(.error(
                    "Invalid provider configuration reference", "A provider configuration reference must not be given in quotes.",
                    at: shimmed.range))
                return (nil, diagnostics)
            }
            diagnostics.append(.error(
                "Invalid provider configuration reference",
                "The \(argument) argument requires a provider type name, optionally followed by a period and then a configuration alias.",
                at: shimmed.range))
            return (nil, diagnostics)
        }
        let nameDiagnostics = checkLocalName(traversal.root, at: traversal.rootRange)
        diagnostics += nameDiagnostics
        if diagnostics.hasErrors { return (nil, diagnostics) }
        var reference = ProviderReference(name: traversal.root, alias: nil, range: shimmed.range)
        if let step = traversal.steps.first {
            guard let alias = step.name else {
                diagnostics.append(.error(
                    "Invalid provider configuration reference",
                    "Provider name must either stand alone or be followed by a period and then a configuration alias.",
                    at: step.range))
                return (reference, diagnostics)
            }
            reference.alias = alias
        }
        return (reference, diagnostics)
    }
}
