import HCL
import Lang
import Values

/// `output` and `locals` blocks.
enum OutputDecoder {
    static let schema = BodySchema(
        attributes: [
            .init(name: "description"), .init(name: "value", required: true), .init(name: "depends_on"),
            .init(name: "sensitive"), .init(name: "ephemeral"), .init(name: "deprecated"),
        ],
        blocks: [.init(type: "precondition"), .init(type: "postcondition")])

    static func decode(_ block: Block, override: Bool) -> (Declared<Output>, [Diagnostic]) {
        let name = block.labels[0].value
        let (content, contentDiagnostics) = block.body.content(override ? schema.relaxed : schema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        var declared = Declared(item: Output(
            name: name, expression: nil, description: nil, isSensitive: false, isEphemeral: false, deprecation: nil,
            deprecationRange: nil, dependsOn: [], preconditions: [], range: block.declarationRange))
        if !LoadingMessages.isIdentifier(name) {
            diagnostics.append(.error("Invalid output name", LoadingMessages.badIdentifier, at: block.labels[0].range))
        }
        if let attribute = content["description"] {
            let (text, found) = StaticExpressions.string(attribute.expression)
            diagnostics += found
            declared.item.description = text
        }
        if let attribute = content["value"] {
            declared.item.expression = attribute.expression
        }
        if let attribute = content["sensitive"] {
            let (flag, found) = StaticExpressions.bool(attribute.expression)
            diagnostics += found
            declared.item.isSensitive = flag ?? false
            declared.explicit.insert("sensitive")
        }
        if let attribute = content["ephemeral"] {
            let (flag, found) = StaticExpressions.bool(attribute.expression)
            diagnostics += found
            declared.item.isEphemeral = flag ?? false
        }
        if let attribute = content["deprecated"] {
            let (text, found) = StaticExpressions.string(attribute.expression)
            diagnostics += found
            declared.item.deprecation = text ?? ""
            declared.item.deprecationRange = attribute.range
        }
        if let attribute = content["depends_on"] {
            let (dependencies, found) = DependsOnDecoder.decode(attribute)
            diagnostics += found
            declared.item.dependsOn = dependencies
        }
        for inner in content.blocks {
            if inner.type == "postcondition" {
                diagnostics.append(.error(
                    "Postconditions are not allowed", "Output values can only have preconditions, not postconditions.",
                    at: inner.typeRange))
                continue
            }
            let (rule, found) = CheckDecoder.decodeRule(inner, override: override)
            diagnostics += found
            declared.item.preconditions.append(rule)
        }
        return (declared, diagnostics)
    }

    static func decodeLocals(_ block: Block) -> ([Local], [Diagnostic]) {
        let (attributes, diagnostics) = block.body.justAttributes()
        var all = diagnostics
        let locals = attributes.map { attribute in
            if !LoadingMessages.isIdentifier(attribute.name) {
                all.append(.error("Invalid local value name", LoadingMessages.badIdentifier, at: attribute.nameRange))
            }
            return Local(name: attribute.name, expression: attribute.expression, range: attribute.range)
        }
        return (locals, all)
    }
}

/// `depends_on = [...]`: plain references, quoted ones accepted with a warning.
enum DependsOnDecoder {
    static func decode(_ attribute: Attribute) -> ([Traversal], [Diagnostic]) {
        let (elements, listDiagnostics) = StaticExpressions.list(attribute.expression)
        var diagnostics = listDiagnostics
        var traversals: [Traversal] = []
        for element in elements ?? [] {
            let (shimmed, shimDiagnostics) = StaticExpressions.shimQuotedReference(element, keyword: false)
            diagnostics += shimDiagnostics
            let (traversal, traversalDiagnostics) = StaticExpressions.traversal(shimmed)
            diagnostics += traversalDiagnostics
            guard let traversal else { continue }
            if traversal.root == "action" {
                diagnostics.append(.error(
                    "Invalid depends_on Action Reference",
                    "The depends_on attribute cannot reference action blocks directly. You must reference a resource or data source instead.",
                    at: shimmed.range))
                continue
            }
            traversals.append(traversal.langTraversal)
        }
        return (traversals, diagnostics)
    }
}
