import Addresses
import HCL
import Lang
import Values

/// `resource`, `data` and `ephemeral` blocks: their meta-arguments, `lifecycle`, provisioners
/// and connection settings. Everything else is left for the provider's schema.
enum ResourceDecoder {
    private static let metaArguments: [BodySchema.AttributeSpec] = ["count", "for_each", "provider", "depends_on"].map { .init(name: $0) }

    static let managedSchema = BodySchema(attributes: metaArguments, blocks: [
        .init(type: "locals"), .init(type: "lifecycle"), .init(type: "connection"),
        .init(type: "provisioner", labels: ["type"]), .init(type: "_"),
    ])
    static let dataSchema = BodySchema(attributes: metaArguments, blocks: [.init(type: "lifecycle"), .init(type: "locals"), .init(type: "_")])
    static let ephemeralSchema = dataSchema
    static let lifecycleSchema = BodySchema(
        attributes: ["create_before_destroy", "prevent_destroy", "ignore_changes", "replace_triggered_by"].map { .init(name: $0) },
        blocks: [.init(type: "precondition"), .init(type: "postcondition"), .init(type: "action_trigger")])

    static func decodeManaged(_ block: Block, override: Bool) -> (Declared<ResourceDeclaration>, [Diagnostic]) {
        var (declared, content, diagnostics) = common(block, mode: .managed, schema: managedSchema)
        var lifecycle = SingleBlock("lifecycle", in: "resource")
        var connection = SingleBlock("connection", in: "resource")
        var escape = EscapingBlock(in: "resource", meaning: "resource-type-specific")
        for inner in content.blocks {
            switch inner.type {
            case "lifecycle":
                guard lifecycle.accept(inner, &diagnostics) else { continue }
                diagnostics += decodeManagedLifecycle(inner, into: &declared, override: override)
            case "connection":
                guard connection.accept(inner, &diagnostics) else { continue }
                declared.item.connection = inner.body
            case "provisioner":
                let (provisioner, found) = ProvisionerDecoder.decode(inner)
                diagnostics += found
                if let provisioner { declared.item.provisioners.append(provisioner) }
            case "_":
                escape.merge(inner, into: &declared.item.body, &diagnostics)
            default:
                diagnostics.append(LoadingMessages.reservedBlock(in: "resource", inner))
            }
        }
        if let connection = declared.item.connection, declared.item.provisioners.contains(where: { $0.when == .destroy }) {
            diagnostics += ProvisionerDecoder.onlySelfReferences(connection)
        }
        return (declared, diagnostics)
    }

    static func decodeData(_ block: Block, override: Bool) -> (Declared<ResourceDeclaration>, [Diagnostic]) {
        decodeUnmanaged(block, mode: .data, override: override)
    }

    static func decodeEphemeral(_ block: Block, override: Bool) -> (Declared<ResourceDeclaration>, [Diagnostic]) {
        decodeUnmanaged(block, mode: .ephemeral, override: override)
    }

    /// Data and ephemeral resources: `lifecycle` may hold only conditions.
    private static func decodeUnmanaged(_ block: Block, mode: ResourceMode, override: Bool) -> (Declared<ResourceDeclaration>, [Diagnostic]) {
        var (declared, content, diagnostics) = common(block, mode: mode, schema: mode == .data ? dataSchema : ephemeralSchema)
        let what = mode == .data ? "data" : "ephemeral"
        var lifecycleBlock = SingleBlock("lifecycle", in: "resource")
        var escape = EscapingBlock(in: what, meaning: "resource-type-specific")
        for inner in content.blocks {
            switch inner.type {
            case "_":
                escape.merge(inner, into: &declared.item.body, &diagnostics)
            case "lifecycle":
                guard lifecycleBlock.accept(inner, &diagnostics) else { continue }
                let (lifecycle, lifecycleDiagnostics) = inner.body.content(lifecycleSchema, missingItemRange: inner.missingItemRange)
                diagnostics += lifecycleDiagnostics
                let kind = mode == .data ? "data resource" : "ephemeral resource"
                let resourceKind = mode == .data ? "data resources" : "ephemeral resources"
                for attribute in inner.body.attributes where lifecycle[attribute.name] != nil {
                    diagnostics.append(.error(
                        "Invalid \(kind) lifecycle argument",
                        "The lifecycle argument \(goQuoted(attribute.name)) is defined only for managed resources (\"resource\" blocks), and is not valid for \(resourceKind).",
                        at: attribute.nameRange))
                }
                diagnostics += decodeConditions(lifecycle.blocks, into: &declared.item, override: override)
            default:
                diagnostics.append(LoadingMessages.reservedBlock(in: what, inner))
            }
        }
        return (declared, diagnostics)
    }

    /// The meta-arguments every kind of resource shares, and the checks of its labels.
    private static func common(
        _ block: Block, mode: ResourceMode, schema: BodySchema
    ) -> (Declared<ResourceDeclaration>, BodyContent, [Diagnostic]) {
        let (content, contentDiagnostics) = block.body.partialContent(schema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        let (type, name) = (block.labels[0], block.labels[1])
        var declared = Declared(item: ResourceDeclaration(
            mode: mode, type: type.value, name: name.value, count: nil, forEach: nil, provider: nil, dependsOn: [],
            body: content.remaining, range: block.declarationRange))
        let (typeSummary, nameSummary) = switch mode {
        case .managed: ("Invalid resource type name", "Invalid resource name")
        case .data: ("Invalid data source name", "Invalid data resource name")
        case .ephemeral: ("Invalid ephemeral resource type", "Invalid ephemeral resource name")
        }
        if !LoadingMessages.isIdentifier(type.value) {
            diagnostics.append(.error(typeSummary, LoadingMessages.badIdentifier, at: type.range))
        }
        if !LoadingMessages.isIdentifier(name.value) {
            diagnostics.append(.error(nameSummary, LoadingMessages.badIdentifier, at: name.range))
        }
        if let count = content["count"] {
            declared.item.count = count.expression
        }
        if let forEach = content["for_each"] {
            declared.item.forEach = forEach.expression
            if declared.item.count != nil { diagnostics.append(LoadingMessages.countAndForEach(at: forEach.nameRange)) }
        }
        if let provider = content["provider"] {
            let (reference, found) = ProviderDecoder.reference(provider.expression, argument: "provider")
            diagnostics += found
            declared.item.provider = reference
        }
        if let dependsOn = content["depends_on"] {
            let (dependencies, found) = DependsOnDecoder.decode(dependsOn)
            diagnostics += found
            declared.item.dependsOn = dependencies
        }
        return (declared, content, diagnostics)
    }

    private static func decodeManagedLifecycle(_ block: Block, into declared: inout Declared<ResourceDeclaration>, override: Bool) -> [Diagnostic] {
        let (content, contentDiagnostics) = block.body.content(lifecycleSchema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        if let attribute = content["create_before_destroy"] {
            let (flag, found) = StaticExpressions.bool(attribute.expression)
            diagnostics += found
            declared.item.lifecycle.createBeforeDestroy = flag ?? false
        }
        if let attribute = content["prevent_destroy"] {
            let (flag, found) = StaticExpressions.bool(attribute.expression)
            diagnostics += found
            declared.item.lifecycle.preventDestroy = flag ?? false
        }
        if let attribute = content["replace_triggered_by"] {
            let (expressions, found) = replaceTriggeredBy(attribute.expression)
            diagnostics += found
            declared.item.lifecycle.replaceTriggeredBy = expressions
        }
        if let attribute = content["ignore_changes"] {
            diagnostics += ignoreChanges(attribute, into: &declared.item.lifecycle)
        }
        diagnostics += decodeConditions(content.blocks, into: &declared.item, override: override)
        return diagnostics
    }

    private static func decodeConditions(_ blocks: [Block], into resource: inout ResourceDeclaration, override: Bool) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for block in blocks where block.type == "precondition" || block.type == "postcondition" {
            let (rule, found) = CheckDecoder.decodeRule(block, override: override)
            diagnostics += found
            diagnostics += CheckDecoder.selfReferences(rule, kind: block.type, resource: resource)
            if block.type == "precondition" { resource.preconditions.append(rule) } else { resource.postconditions.append(rule) }
        }
        return diagnostics
    }

    /// `ignore_changes = all`, or a list of attribute references.
    private static func ignoreChanges(_ attribute: Attribute, into lifecycle: inout ManagedLifecycle) -> [Diagnostic] {
        if StaticExpressions.keyword(attribute.expression) == "all" {
            lifecycle.ignoresAllChanges = true
            return []
        }
        let (elements, listDiagnostics) = StaticExpressions.list(attribute.expression)
        var diagnostics = listDiagnostics
        var wildcardRange: SourceRange?
        for element in elements ?? [] {
            if isWildcardString(element) {
                lifecycle.ignoresAllChanges = true
                wildcardRange = element.range
                diagnostics.append(.error(
                    "Invalid ignore_changes wildcard",
                    "The [\"*\"] form of ignore_changes wildcard is was deprecated and is now invalid. Use \"ignore_changes = all\" to ignore changes to all attributes.",
                    at: attribute.expression.range))
                continue
            }
            let (shimmed, shimDiagnostics) = StaticExpressions.shimQuotedReference(element, keyword: false)
            diagnostics += shimDiagnostics
            let (traversal, traversalDiagnostics) = StaticExpressions.traversal(shimmed)
            diagnostics += traversalDiagnostics
            if let traversal { lifecycle.ignoreChanges.append(traversal.langTraversal) }
        }
        if lifecycle.ignoresAllChanges && !lifecycle.ignoreChanges.isEmpty {
            diagnostics.append(.error(
                "Invalid ignore_changes ruleset", "Cannot mix wildcard string \"*\" with non-wildcard references.",
                at: wildcardRange ?? attribute.expression.range, context: attribute.expression.range))
        }
        return diagnostics
    }

    private static func isWildcardString(_ expression: HCL.Expression) -> Bool {
        let (value, diagnostics) = StaticExpressions.constantValue(expression)
        return !diagnostics.hasErrors && value.stringValue == "*"
    }

    /// `replace_triggered_by`: each element must refer to exactly one resource, and may use
    /// only `count.index` and `each.key` besides. Checking stops at the first bad element.
    private static func replaceTriggeredBy(_ expression: HCL.Expression) -> ([HCL.Expression], [Diagnostic]) {
        let (elements, listDiagnostics) = StaticExpressions.list(expression)
        var diagnostics = listDiagnostics
        for element in elements ?? [] {
            var found: [Diagnostic] = []
            var resources = 0
            var referenceFailed = false
            for traversal in ExpressionVariables.traversals(in: element) {
                switch ReferenceParser.parse(traversal) {
                case .failure(let diagnostic):
                    var moved = diagnostic
                    moved.subject = element.range
                    found.append(moved)
                    referenceFailed = true
                case .success(let reference):
                    switch reference.subject {
                    case .resource: resources += 1
                    case .forEachAttribute(let name) where name != "key":
                        found.append(.error(
                            "Invalid each reference in replace_triggered_by expression", "Only each.key may be used in replace_triggered_by.",
                            at: element.range))
                    case .countAttribute(let name) where name != "index":
                        found.append(.error(
                            "Invalid count reference in replace_triggered_by expression", "Only count.index may be used in replace_triggered_by.",
                            at: element.range))
                    case .forEachAttribute, .countAttribute:
                        break
                    default:
                        found.append(.error(
                            "Invalid reference in replace_triggered_by expression",
                            "Only resources, count.index, and each.key may be used in replace_triggered_by.", at: element.range))
                    }
                }
            }
            if !referenceFailed {
                if resources == 0 {
                    found.append(.error(
                        "Invalid replace_triggered_by expression", "Missing resource reference in replace_triggered_by expression.",
                        at: element.range))
                } else if resources > 1 {
                    found.append(.error(
                        "Invalid replace_triggered_by expression", "Multiple resource references in replace_triggered_by expression.",
                        at: element.range))
                }
            }
            diagnostics += found
            if found.hasErrors { break }
        }
        return (elements ?? [], diagnostics)
    }
}
