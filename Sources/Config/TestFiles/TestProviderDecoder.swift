import HCL
import Values

/// `provider` and `mock_provider` blocks of a test file.
enum TestProviderDecoder {
    static let mockSchema = BodySchema(optional: ["alias", "source", "override_during"])
    static let mockDataSchema = BodySchema(blocks: [
        .init(type: "mock_resource", labels: ["type"]), .init(type: "mock_data", labels: ["type"]),
        .init(type: "override_resource"), .init(type: "override_data"),
    ])
    static let mockResourceSchema = BodySchema(optional: ["defaults", "override_during"])

    /// A `provider` block, configured as in a module.
    static func decode(_ block: Block) -> (TestProvider?, [Diagnostic]) {
        let (provider, diagnostics) = ProviderDecoder.decode(block)
        guard let provider else { return (nil, diagnostics) }
        return (TestProvider(
            name: provider.name, alias: provider.alias, isMock: false, nameRange: block.labels[0].range,
            range: block.declarationRange), diagnostics)
    }

    /// A `mock_provider` block: an alias, where to read more mock data, and the mocked
    /// resources, data sources and overrides inside it.
    static func decodeMock(_ block: Block) -> (TestProvider?, [Diagnostic]) {
        let (content, contentDiagnostics) = block.body.partialContent(mockSchema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        let name = block.labels[0].value
        let nameDiagnostics = ProviderDecoder.checkLocalName(name, at: block.declarationRange)
        diagnostics += nameDiagnostics
        if nameDiagnostics.hasErrors { return (nil, diagnostics) }
        var provider = TestProvider(name: name, alias: nil, isMock: true, nameRange: block.labels[0].range, range: block.declarationRange)
        if let alias = content["alias"] {
            let (value, found) = StaticExpressions.string(alias.expression)
            diagnostics += found
            provider.alias = value
            if !LoadingMessages.isIdentifier(value ?? "") {
                diagnostics.append(.error(
                    "Invalid provider configuration alias", "An alias must be a valid name. \(LoadingMessages.badIdentifier)"))
            }
        }
        if let during = content["override_during"] { diagnostics += TestOverrideDecoder.overrideDuring(during) }
        let (data, dataDiagnostics) = content.remaining.content(mockDataSchema, missingItemRange: block.missingItemRange)
        diagnostics += dataDiagnostics
        var mocked: [String: Block] = [:]
        for inner in data.blocks {
            if let kind = TestOverride.Kind(rawValue: inner.type) {
                let (override, found) = TestOverrideDecoder.decode(inner, kind: kind)
                diagnostics += found
                if let override { TestOverrideDecoder.add(override, to: &provider.overrides, &diagnostics) }
                continue
            }
            let (resource, found) = inner.body.content(mockResourceSchema, missingItemRange: inner.missingItemRange)
            diagnostics += found
            if let during = resource["override_during"] { diagnostics += TestOverrideDecoder.overrideDuring(during) }
            let type = inner.labels[0].value
            let key = "\(inner.type) \(type)"
            if let previous = mocked[key] {
                diagnostics.append(.error(
                    "Duplicate \(inner.type) block",
                    "A \(inner.type) block for \(type) has already been defined at \(previous.declarationRange.displayString).",
                    at: inner.labels[0].range))
                continue
            }
            mocked[key] = inner
        }
        if let source = content["source"] {
            diagnostics += StaticExpressions.string(source.expression).1
        }
        return (provider, diagnostics)
    }
}
