import HCL
import Lang
import Values

/// `moved`, `removed` and `import` blocks.
enum RefactoringDecoder {
    static let movedSchema = BodySchema(optional: [], required: ["from", "to"])
    static let removedSchema = BodySchema(
        attributes: [.init(name: "from", required: true)],
        blocks: [.init(type: "lifecycle"), .init(type: "connection"), .init(type: "provisioner", labels: ["type"])])
    static let removedLifecycleSchema = BodySchema(optional: ["destroy"])
    static let importSchema = BodySchema(attributes: [
        .init(name: "provider"), .init(name: "for_each"), .init(name: "id"), .init(name: "to", required: true), .init(name: "identity"),
    ])

    static func decodeMoved(_ block: Block) -> (MovedBlock, [Diagnostic]) {
        let (content, contentDiagnostics) = block.body.content(movedSchema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        var moved = MovedBlock(from: nil, to: nil, range: block.declarationRange)
        for argument in ["from", "to"] {
            guard let attribute = content[argument] else { continue }
            let (traversal, traversalDiagnostics) = StaticExpressions.traversal(attribute.expression)
            diagnostics += traversalDiagnostics
            guard let traversal else { continue }
            let (address, found) = ConfigAddressParser.moveEndpoint(traversal)
            diagnostics += found
            if argument == "from" { moved.from = address } else { moved.to = address }
        }
        if !diagnostics.hasErrors, let from = moved.from, let to = moved.to, from.isResource != to.isResource {
            diagnostics.append(.error(
                "Invalid \"moved\" addresses",
                "The \"from\" and \"to\" addresses must either both refer to resources or both refer to modules.",
                at: block.declarationRange))
        }
        return (moved, diagnostics)
    }

    static func decodeRemoved(_ block: Block) -> (RemovedBlock, [Diagnostic]) {
        let (content, contentDiagnostics) = block.body.content(removedSchema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        var removed = RemovedBlock(from: nil, destroy: true, provisioners: [], connection: nil, range: block.declarationRange)
        if let from = content["from"] {
            let (traversal, traversalDiagnostics) = StaticExpressions.traversal(from.expression)
            diagnostics += traversalDiagnostics
            if let traversal {
                let (address, found) = ConfigAddressParser.removeTarget(traversal)
                diagnostics += found
                removed.from = address
            }
        }
        let targetsManagedResource = removed.from?.resource?.mode == .managed
        var connection: Block?
        for inner in content.blocks {
            switch inner.type {
            case "lifecycle":
                let (lifecycle, found) = inner.body.content(removedLifecycleSchema, missingItemRange: inner.missingItemRange)
                diagnostics += found
                if let destroy = lifecycle["destroy"] {
                    let (flag, flagDiagnostics) = StaticExpressions.bool(destroy.expression)
                    diagnostics += flagDiagnostics
                    removed.destroy = flag ?? false
                }
            case "connection":
                guard targetsManagedResource else {
                    diagnostics.append(.error(
                        "Invalid connection block",
                        "Provisioner connection configuration is valid only when a removed block targets a managed resource.",
                        at: inner.declarationRange))
                    continue
                }
                if let connection {
                    diagnostics.append(.error(
                        "Duplicate connection block",
                        "This \"removed\" block already has a connection block at \(connection.declarationRange.displayString).",
                        at: inner.declarationRange))
                    continue
                }
                connection = inner
                removed.connection = inner.body
            default:
                guard targetsManagedResource else {
                    diagnostics.append(.error(
                        "Invalid provisioner block", "Provisioners are valid only when a removed block targets a managed resource.",
                        at: inner.declarationRange))
                    continue
                }
                let (provisioner, found) = ProvisionerDecoder.decode(inner)
                diagnostics += found
                guard let provisioner else { continue }
                removed.provisioners.append(provisioner)
                if provisioner.when != .destroy {
                    diagnostics.append(.error(
                        "Invalid provisioner block",
                        "Only destroy-time provisioners are valid in \"removed\" blocks. To declare a destroy-time provisioner, use:\n    when = destroy",
                        at: inner.declarationRange))
                }
            }
        }
        return (removed, diagnostics)
    }

    static func decodeImport(_ block: Block) -> (ImportBlock, [Diagnostic]) {
        let (content, contentDiagnostics) = block.body.content(importSchema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        var importBlock = ImportBlock(
            to: nil, target: nil, staticTarget: nil, id: content["id"]?.expression, identity: content["identity"]?.expression,
            forEach: nil, provider: nil, providerArgumentRange: nil, range: block.declarationRange)
        if let to = content["to"] {
            importBlock.to = to.expression
            let (traversal, traversalDiagnostics) = StaticExpressions.traversal(withoutComputedIndexes(to.expression))
            diagnostics += traversalDiagnostics
            if let traversal {
                let (address, found) = ConfigAddressParser.resourceInstance(traversal)
                diagnostics += found
                importBlock.target = address
                if let address, StaticTraversal(to.expression) != nil { importBlock.staticTarget = address.text }
            }
            if importBlock.target?.resource?.mode != .managed {
                diagnostics.append(.error("Invalid import address", "Only managed resources can be imported.", at: to.range))
            }
        }
        importBlock.forEach = content["for_each"]?.expression
        if let provider = content["provider"] {
            if let target = importBlock.target, !target.modulePath.isEmpty {
                diagnostics.append(.error(
                    "Invalid import provider argument",
                    "The provider argument can only be specified in import blocks that will generate configuration.\n\nUse the providers argument within the module block to configure providers for all resources within a module, including imported resources.",
                    at: provider.range))
            }
            let (reference, found) = ProviderDecoder.reference(provider.expression, argument: "provider")
            diagnostics += found
            importBlock.provider = reference
            importBlock.providerArgumentRange = provider.range
        }
        if importBlock.id == nil && importBlock.identity == nil {
            diagnostics.append(.error("Invalid import block", "At least one of 'id' or 'identity' must be specified.", at: block.declarationRange))
        }
        if importBlock.id != nil && importBlock.identity != nil {
            diagnostics.append(.error("Invalid import block", "Only one of 'id' or 'identity' can be specified.", at: block.declarationRange))
        }
        return (importBlock, diagnostics)
    }

    /// `to` with indexes that are computed (`[each.key]`) removed, since only the resource
    /// they belong to matters while loading.
    private static func withoutComputedIndexes(_ expression: HCL.Expression) -> HCL.Expression {
        switch expression.kind {
        case .index(let source, let key, _) where Evaluator.constantKey(key) == nil:
            return withoutComputedIndexes(source)
        case .index(let source, let key, let legacy):
            return HCL.Expression(.index(withoutComputedIndexes(source), key: key, isLegacyDot: legacy), range: expression.range)
        case .getAttribute(let source, let name, let nameRange):
            return HCL.Expression(.getAttribute(withoutComputedIndexes(source), name: name, nameRange: nameRange), range: expression.range)
        default:
            return expression
        }
    }
}

/// `action` blocks.
enum ActionDecoder {
    static let schema = BodySchema(
        attributes: [.init(name: "count"), .init(name: "for_each"), .init(name: "provider")],
        blocks: [.init(type: "config")])

    static func decode(_ block: Block) -> (ActionDeclaration, [Diagnostic]) {
        let (content, contentDiagnostics) = block.body.content(schema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        let (type, name) = (block.labels[0], block.labels[1])
        var action = ActionDeclaration(
            type: type.value, name: name.value, count: content["count"]?.expression, forEach: nil, provider: nil,
            config: content.blocks.first?.body, range: block.declarationRange)
        if let forEach = content["for_each"] {
            action.forEach = forEach.expression
            if action.count != nil {
                diagnostics.append(.error(
                    "Invalid combination of \"count\" and \"for_each\"",
                    "The \"count\" and \"for_each\" meta-arguments are mutually-exclusive, only one should be used.",
                    at: forEach.nameRange))
            }
        }
        if let provider = content["provider"] {
            let (reference, found) = ProviderDecoder.reference(provider.expression, argument: "provider")
            diagnostics += found
            action.provider = reference
        }
        if !LoadingMessages.isIdentifier(type.value) {
            diagnostics.append(.error("Invalid action type name", LoadingMessages.badIdentifier, at: type.range))
        }
        if !LoadingMessages.isIdentifier(name.value) {
            diagnostics.append(.error("Invalid action name", LoadingMessages.badIdentifier, at: name.range))
        }
        return (action, diagnostics)
    }
}
