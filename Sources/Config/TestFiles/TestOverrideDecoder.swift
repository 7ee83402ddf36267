import HCL
import Values

/// `override_resource`, `override_data` and `override_module` blocks of a test file, a run or
/// a mock provider: which object they replace, and when.
enum TestOverrideDecoder {
    /// The override a block declares, or nil when its target is missing or wrong.
    static func decode(_ block: Block, kind: TestOverride.Kind) -> (TestOverride?, [Diagnostic]) {
        let values = kind == .module ? "outputs" : "values"
        let schema = BodySchema(optional: ["target", "override_during", values])
        let (content, contentDiagnostics) = block.body.content(schema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        var target: (ConfigAddress, SourceRange)?
        if let attribute = content["target"] {
            let (traversal, traversalDiagnostics) = StaticExpressions.traversal(attribute.expression)
            diagnostics += traversalDiagnostics
            if let traversal {
                let (address, addressDiagnostics) = ConfigAddressParser.moveEndpoint(traversal)
                diagnostics += addressDiagnostics
                target = address.map { ($0, attribute.range) }
            }
        } else {
            diagnostics.append(.error(
                "Missing target attribute", "\(kind.rawValue) blocks must specify a target address.", at: block.declarationRange))
        }
        if let during = content["override_during"] { diagnostics += overrideDuring(during) }
        guard let (address, targetRange) = target else { return (nil, diagnostics) }
        if let mismatch = kind.mismatch(address) {
            diagnostics.append(.error(
                "Invalid override target", "You can only target \(mismatch) from \(kind.rawValue) blocks, not \(address.text).",
                at: targetRange))
            return (nil, diagnostics)
        }
        return (TestOverride(kind: kind, target: address, targetRange: targetRange, range: block.declarationRange), diagnostics)
    }

    /// `override_during = plan` or `apply`.
    static func overrideDuring(_ attribute: Attribute) -> [Diagnostic] {
        guard let keyword = StaticExpressions.keyword(attribute.expression), ["plan", "apply"].contains(keyword) else {
            return [.error(
                "Invalid override_during value", "The override_during attribute must be a value of plan or apply.",
                at: attribute.range)]
        }
        return []
    }

    /// Adds `override` to `overrides` unless one with the same target is already there.
    static func add(_ override: TestOverride, to overrides: inout [TestOverride], _ diagnostics: inout [Diagnostic]) {
        if let previous = overrides.first(where: { $0.target == override.target }) {
            diagnostics.append(.error(
                "Duplicate \(override.kind.rawValue) block",
                "An \(override.kind.rawValue) block targeting \(override.target.text) has already been defined at \(previous.range.displayString).",
                at: override.range))
            return
        }
        overrides.append(override)
    }
}

extension TestOverride.Kind {
    /// What blocks of this kind may target, when `address` is something else.
    fileprivate func mismatch(_ address: ConfigAddress) -> String? {
        switch self {
        case .resource: address.resource?.mode == .managed ? nil : "resources"
        case .data: address.resource?.mode == .data ? nil : "data sources"
        case .module: address.resource == nil ? nil : "modules"
        }
    }
}
