import HCL
import Values

/// `provisioner` blocks and the rule that destroy-time provisioners refer only to their own
/// resource.
enum ProvisionerDecoder {
    static let schema = BodySchema(
        attributes: [.init(name: "when"), .init(name: "on_failure")],
        blocks: [.init(type: "_"), .init(type: "connection"), .init(type: "lifecycle")])

    /// Provisioners Terraform once shipped and has removed.
    static let removed: Set<String> = ["chef", "habitat", "puppet", "salt-masterless"]

    static func decode(_ block: Block) -> (Provisioner?, [Diagnostic]) {
        let type = block.labels[0]
        let (content, contentDiagnostics) = block.body.partialContent(schema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        var provisioner = Provisioner(
            type: type.value, body: content.remaining, connection: nil, when: .create, onFailure: .fail, range: block.declarationRange)
        if removed.contains(type.value) {
            diagnostics.append(.error(
                "The \"\(type.value)\" provisioner has been removed",
                "The \"\(type.value)\" provisioner was deprecated in Terraform 0.13.4 has been removed from Terraform. Visit https://learn.hashicorp.com/collections/terraform/provision for alternatives to using provisioners that are a better fit for the Terraform workflow.",
                at: type.range))
            return (nil, diagnostics)
        }
        if let when = content["when"] {
            let (expression, shimDiagnostics) = StaticExpressions.shimQuotedReference(when.expression, keyword: true)
            diagnostics += shimDiagnostics
            switch StaticExpressions.keyword(expression) {
            case "create": provisioner.when = .create
            case "destroy": provisioner.when = .destroy
            default:
                diagnostics.append(.error(
                    "Invalid \"when\" keyword", "The \"when\" argument requires one of the following keywords: create or destroy.",
                    at: expression.range))
            }
        }
        if provisioner.when == .destroy {
            diagnostics += onlySelfReferences(content.remaining)
        }
        if let onFailure = content["on_failure"] {
            let (expression, shimDiagnostics) = StaticExpressions.shimQuotedReference(onFailure.expression, keyword: true)
            diagnostics += shimDiagnostics
            switch StaticExpressions.keyword(expression) {
            case "continue": provisioner.onFailure = .continue
            case "fail": provisioner.onFailure = .fail
            default:
                diagnostics.append(.error(
                    "Invalid \"on_failure\" keyword", "The \"on_failure\" argument requires one of the following keywords: continue or fail.",
                    at: onFailure.expression.range))
            }
        }
        var connection = SingleBlock("connection", in: "provisioner")
        var escape = EscapingBlock(in: "provisioner", meaning: "provisioner-typpe-specific")
        for inner in content.blocks {
            switch inner.type {
            case "_":
                escape.merge(inner, into: &provisioner.body, &diagnostics)
            case "connection":
                guard connection.accept(inner, &diagnostics) else { continue }
                if provisioner.when == .destroy { diagnostics += onlySelfReferences(inner.body) }
                provisioner.connection = inner.body
            default:
                diagnostics.append(LoadingMessages.reservedBlock(in: "provisioner", inner))
            }
        }
        return (provisioner, diagnostics)
    }

    /// Each argument of a destroy-time provisioner or its connection may refer only to
    /// `self`, `count.index`, `each.key`, `path` and `terraform`.
    static func onlySelfReferences(_ body: Body) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for attribute in body.attributes {
            for traversal in ExpressionVariables.traversals(in: attribute.expression) {
                let valid = switch traversal.root {
                case "self", "path", "terraform": true
                case "count": traversal.steps.count == 1 && traversal.steps[0].name == "index"
                case "each": traversal.steps.count == 1 && traversal.steps[0].name == "key"
                default: false
                }
                if !valid {
                    diagnostics.append(.error(
                        "Invalid reference from destroy provisioner",
                        "Destroy-time provisioners and their connection configurations may only reference attributes of the related resource, via 'self', 'count.index', or 'each.key'.\n\nReferences to other resources during the destroy phase can cause dependency cycles and interact poorly with create_before_destroy.",
                        at: attribute.expression.range))
                }
            }
        }
        return diagnostics
    }
}
