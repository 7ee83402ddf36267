import HCL
import Values

/// `module` blocks: meta-arguments, providers passed down, and the remaining input variables.
enum ModuleCallDecoder {
    static let schema = BodySchema(
        attributes: [
            .init(name: "source", required: true), .init(name: "version"), .init(name: "count"), .init(name: "for_each"),
            .init(name: "depends_on"), .init(name: "providers"), .init(name: "ignore_nested_deprecations"),
        ],
        blocks: [.init(type: "_"), .init(type: "lifecycle"), .init(type: "locals"), .init(type: "provider", labels: ["type"])])

    static func decode(_ block: Block, override: Bool) -> (Declared<ModuleCall>, [Diagnostic]) {
        let name = block.labels[0].value
        let (content, contentDiagnostics) = block.body.partialContent(override ? schema.relaxed : schema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        var declared = Declared(item: ModuleCall(
            name: name, sourceExpression: nil, versionExpression: nil, count: nil, forEach: nil, providers: [], dependsOn: [],
            body: content.remaining, range: block.declarationRange, missingItemRange: block.missingItemRange))
        if !LoadingMessages.isIdentifier(name) {
            diagnostics.append(.error("Invalid module instance name", LoadingMessages.badIdentifier, at: block.labels[0].range))
        }
        declared.item.versionExpression = content["version"]?.expression
        declared.item.sourceExpression = content["source"]?.expression
        declared.item.count = content["count"]?.expression
        if let forEach = content["for_each"] {
            if declared.item.count != nil { diagnostics.append(LoadingMessages.countAndForEach(at: forEach.nameRange)) }
            declared.item.forEach = forEach.expression
        }
        if let dependsOn = content["depends_on"] {
            let (dependencies, found) = DependsOnDecoder.decode(dependsOn)
            diagnostics += found
            declared.item.dependsOn = dependencies
        }
        if let providers = content["providers"] {
            let (passed, found) = passedProviders(providers)
            diagnostics += found
            declared.item.providers = passed
        }
        if let attribute = content["ignore_nested_deprecations"] {
            let (value, found) = StaticExpressions.constantValue(attribute.expression)
            if found.hasErrors {
                diagnostics.append(.error(
                    "Invalid value for ignore_nested_deprecations",
                    "The value for ignore_nested_deprecations must be a static boolean (true or false).",
                    at: attribute.expression.range))
            } else if value.type != .bool {
                diagnostics.append(.error(
                    "Invalid type for ignore_nested_deprecations",
                    "The value for ignore_nested_deprecations must be a boolean (true or false), but the given value has type \(value.type.friendlyName).",
                    at: attribute.expression.range))
            }
        }
        var escape = EscapingBlock(in: "module", meaning: "module input variables")
        for inner in content.blocks {
            if inner.type == "_" {
                escape.merge(inner, into: &declared.item.body, &diagnostics)
            } else {
                diagnostics.append(LoadingMessages.reservedBlock(in: "module", inner))
            }
        }
        return (declared, diagnostics)
    }

    /// `providers = { child = parent }`; each child configuration may be given only once.
    static func passedProviders(_ attribute: Attribute) -> ([PassedProvider], [Diagnostic]) {
        let (items, mapDiagnostics) = StaticExpressions.map(attribute.expression)
        var diagnostics = mapDiagnostics
        var passed: [PassedProvider] = []
        var seen: [String: SourceRange] = [:]
        for item in items ?? [] {
            let (child, childDiagnostics) = ProviderDecoder.reference(item.key, argument: "providers")
            diagnostics += childDiagnostics
            let (parent, parentDiagnostics) = ProviderDecoder.reference(item.value, argument: "providers")
            diagnostics += parentDiagnostics
            guard let child, let parent, !childDiagnostics.hasErrors, !parentDiagnostics.hasErrors else { continue }
            let key = child.alias.map { "\(child.name).\($0)" } ?? child.name
            if let previous = seen[key] {
                diagnostics.append(.error(
                    "Duplicate provider address",
                    "A provider configuration was already passed to \(key) at \(previous.displayString). Each child provider configuration can be assigned only once.",
                    at: item.value.range))
                continue
            }
            seen[key] = item.key.range.through(item.value.range)
            passed.append(PassedProvider(inChild: child, inParent: parent))
        }
        return (passed, diagnostics)
    }
}
