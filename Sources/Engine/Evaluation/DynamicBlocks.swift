import ProviderKit
import HCL
import Lang
import Values

extension BodyDecoder {
    /// The blocks a `dynamic "type" { for_each, iterator, labels, content }` block stands for,
    /// each with its iterator (`key`, `value`) bound for its content.
    func expandDynamic(_ dynamic: Block, schema: BlockSchema) -> ([String: [BlockInstance]], [Diagnostic]) {
        guard let type = dynamic.labels.first?.value else {
            return ([:], [.error("Missing dynamic block type", "A dynamic block must have a label naming the type of block to generate.", at: dynamic.definitionRange)])
        }
        guard schema.blocks[type] != nil else {
            return ([:], [.error("Unsupported block type", "Blocks of type \(goQuoted(type)) are not expected here.", at: dynamic.labels[0].range)])
        }
        var diagnostics: [Diagnostic] = []
        var iteratorName = type
        var forEach: HCL.Expression?
        var labelsExpression: HCL.Expression?
        for attribute in dynamic.body.attributes {
            switch attribute.name {
            case "for_each": forEach = attribute.expression
            case "labels": labelsExpression = attribute.expression
            case "iterator":
                if case .variable(let name) = attribute.expression.kind {
                    iteratorName = name
                } else {
                    diagnostics.append(.error("Invalid expression", "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.", at: attribute.expression.range))
                }
            default:
                diagnostics.append(.error("Unsupported argument", "An argument named \(goQuoted(attribute.name)) is not expected here.", at: attribute.nameRange))
            }
        }
        let contents = dynamic.body.blocks.filter { $0.type == "content" }
        guard let forEach else {
            diagnostics.append(.error("Missing required argument", "The argument \"for_each\" is required, but no definition was found.", at: dynamic.openBraceRange))
            return ([:], diagnostics)
        }
        guard let content = contents.first else {
            diagnostics.append(.error("Missing content block", "A dynamic block must have a nested block of type \"content\" to describe the body of each generated block.", at: dynamic.openBraceRange))
            return ([:], diagnostics)
        }
        let (collection, found) = Evaluator.evaluate(forEach, in: context)
        diagnostics += found
        if found.hasErrors { return ([:], diagnostics) }
        let (plain, marks) = collection.unmarked()
        guard plain.isKnown else {
            let unknown = Block(type: type, typeRange: dynamic.typeRange, labels: [], openBraceRange: content.openBraceRange, closeBraceRange: content.closeBraceRange, body: content.body)
            return ([type: [BlockInstance(block: unknown, context: context, unknownCount: true)]], diagnostics)
        }
        guard !plain.isNull else {
            diagnostics.append(.error("Invalid dynamic for_each value", "Cannot use a null value in for_each.", at: forEach.range))
            return ([:], diagnostics)
        }
        let pairs: [(Value, Value)]
        if let attributes = plain.sortedAttributes {
            pairs = attributes.map { (.string($0.key), $0.value) }
        } else if let elements = plain.elements {
            pairs = elements.enumerated().map { plain.type.isSet ? ($0.element, $0.element) : (.number($0.offset), $0.element) }
        } else {
            diagnostics.append(.error("Invalid dynamic for_each value", "Cannot use a \(plain.type.friendlyName) value in for_each. An iterable collection is required.", at: forEach.range))
            return ([:], diagnostics)
        }
        var instances: [BlockInstance] = []
        for (key, value) in pairs {
            var inner = context
            inner.variables[iteratorName] = Value.object(["key": key.marked(marks), "value": value.marked(marks)])
            var labels: [BlockLabel] = []
            if let labelsExpression {
                let (labelValues, labelDiagnostics) = Evaluator.evaluate(labelsExpression, in: inner)
                diagnostics += labelDiagnostics
                for label in labelValues.elements ?? [] {
                    labels.append(BlockLabel(value: label.stringValue ?? "", range: labelsExpression.range, isQuoted: true))
                }
            }
            let block = Block(type: type, typeRange: dynamic.typeRange, labels: labels, openBraceRange: content.openBraceRange, closeBraceRange: content.closeBraceRange, body: content.body)
            instances.append(BlockInstance(block: block, context: inner, unknownCount: false))
        }
        return ([type: instances], diagnostics)
    }
}
