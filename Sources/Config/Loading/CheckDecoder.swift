import HCL
import Values

/// Custom conditions (`validation`, `precondition`, `postcondition`, `assert`) and `check`
/// blocks.
enum CheckDecoder {
    static let ruleSchema = BodySchema(optional: [], required: ["condition", "error_message"])
    static let checkSchema = BodySchema(blocks: [.init(type: "data", labels: ["type", "name"]), .init(type: "assert")])

    /// A condition block; a condition that refers to nothing cannot check anything.
    static func decodeRule(_ block: Block, override: Bool) -> (CheckRule, [Diagnostic]) {
        var rule = CheckRule(condition: nil, errorMessage: nil, range: block.declarationRange)
        if override {
            return (rule, [.error(
                "Can't override \(block.type) blocks", "Override files cannot override \(goQuoted(block.type)) blocks.",
                at: block.declarationRange)])
        }
        let (content, contentDiagnostics) = block.body.content(ruleSchema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        if let condition = content["condition"] {
            rule.condition = condition.expression
            if ExpressionVariables.traversals(in: condition.expression).isEmpty {
                diagnostics.append(.error(
                    "Invalid \(block.type) expression",
                    "The condition expression must refer to at least one object from elsewhere in the configuration, or else its result would not be checking anything.",
                    at: condition.expression.range))
            }
        }
        rule.errorMessage = content["error_message"]?.expression
        return (rule, diagnostics)
    }

    /// A resource's conditions may not refer to the resource itself (they use `self`).
    static func selfReferences(_ rule: CheckRule, kind: String, resource: ResourceDeclaration) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for expression in [rule.condition, rule.errorMessage].compactMap({ $0 }) {
            let refersToSelf = ExpressionVariables.traversals(in: expression).contains { traversal in
                guard case .success(let reference) = ReferenceParser.parse(traversal),
                      case .resource(let mode, let type, let name, _) = reference.subject else { return false }
                return mode == resource.mode && type == resource.type && name == resource.name
            }
            if refersToSelf {
                diagnostics.append(.error(
                    "Invalid reference in \(kind)", "Configuration for \(resource.address) may not refer to itself.",
                    at: expression.range))
            }
        }
        return diagnostics
    }

    static func decodeCheck(_ block: Block, override: Bool) -> (CheckBlock, [Diagnostic]) {
        let name = block.labels[0].value
        var check = CheckBlock(name: name, dataResource: nil, asserts: [], range: block.declarationRange)
        if override {
            return (check, [.error("Can't override check blocks", "Override files cannot override check blocks.", at: block.declarationRange)])
        }
        let (content, contentDiagnostics) = block.body.content(checkSchema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        if !LoadingMessages.isIdentifier(name) {
            diagnostics.append(.error("Invalid check block name", LoadingMessages.badIdentifier, at: block.labels[0].range))
        }
        for inner in content.blocks {
            switch inner.type {
            case "data":
                if let existing = check.dataResource {
                    diagnostics.append(.error(
                        "Multiple data resource blocks",
                        "This check block already has a data resource defined at \(existing.range.displayString).",
                        at: inner.declarationRange))
                    continue
                }
                let (data, found) = ResourceDecoder.decodeData(inner, override: override)
                diagnostics += found
                if !found.hasErrors {
                    var resource = data.item
                    resource.check = name
                    check.dataResource = resource
                }
            default:
                let (assert, found) = decodeRule(inner, override: override)
                diagnostics += found
                if !found.hasErrors { check.asserts.append(assert) }
            }
        }
        if check.asserts.isEmpty {
            diagnostics.append(.error("Zero assert blocks", "Check blocks must have at least one assert block.", at: block.declarationRange))
        }
        return (check, diagnostics)
    }
}
