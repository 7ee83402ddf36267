import HCL
import Values

/// Reads the text of a `.tfvars` file into an object, as `decode_tfvars` does: parsed as a
/// configuration file of attributes only, each evaluated the way HCL evaluates an expression
/// without an evaluation context, where references and function calls are not allowed.
enum TfvarsDecoding {
    /// The name diagnostics give the text.
    static let filename = "<decode_tfvars argument>"

    /// The object of the attributes `source` sets, or the first problem as Terraform words it.
    static func decode(_ source: String) throws(FunctionError) -> Value {
        let parsed = Parser.parse(SourceFile(filename: filename, text: source))
        if parsed.diagnostics.hasErrors {
            throw .call("invalid tfvars syntax: \(message(parsed.diagnostics))")
        }
        if let block = parsed.body.blocks.first {
            let problem = Diagnostic.error("Unexpected \(goQuoted(block.type)) block", "Blocks are not allowed here.", at: block.typeRange)
            throw .call("invalid tfvars content: \(message([problem]))")
        }
        var attributes: [String: Value] = [:]
        for attribute in parsed.body.attributes {
            let (value, diagnostics) = evaluateWithoutContext(attribute.expression)
            if diagnostics.hasErrors {
                throw .call("invalid expression for variable \(goQuoted(attribute.name)): \(message(diagnostics))")
            }
            attributes[attribute.name] = value
        }
        return .object(attributes)
    }

    /// The value of `expression` with no variables and no functions. Function calls are
    /// evaluated as references to a name no one can write, so that the evaluator reports each
    /// in evaluation order; its "Unknown variable" errors are then reworded as HCL words them
    /// outside `for` expressions (which bind names of their own).
    static func evaluateWithoutContext(_ expression: HCL.Expression) -> (Value, [Diagnostic]) {
        var rewriter = CallRewriter()
        let rewritten = rewriter.rewrite(expression, inFor: false)
        let (value, diagnostics) = Evaluator.evaluate(rewritten, in: EvaluationContext())
        let reworded = diagnostics.map { diagnostic -> Diagnostic in
            guard diagnostic.summary == "Unknown variable", let subject = diagnostic.subject else { return diagnostic }
            if rewriter.calls.contains(subject) {
                return .error("Function calls not allowed", "Functions may not be called here.", at: subject)
            }
            if rewriter.outerReferences.contains(subject) {
                return .error("Variables not allowed", "Variables may not be used here.", at: subject)
            }
            return diagnostic
        }
        return (value, reworded)
    }

    /// Diagnostics in one line, as HCL's `Diagnostics.Error()` writes them.
    static func message(_ diagnostics: [Diagnostic]) -> String {
        guard let first = diagnostics.first else { return "no diagnostics" }
        let subject = first.subject?.displayString ?? "<nil>"
        let text = "\(subject): \(first.summary); \(first.detail)"
        return diagnostics.count == 1 ? text : "\(text), and \(diagnostics.count - 1) other diagnostic(s)"
    }
}

/// Replaces every function call that evaluation would reach with a reference to an unwritable
/// name at the call's range, and notes where references outside any `for` body are.
private struct CallRewriter {
    static let callMarker = "function call"

    private(set) var calls: Set<SourceRange> = []
    private(set) var outerReferences: Set<SourceRange> = []

    mutating func rewrite(_ expression: HCL.Expression, inFor: Bool) -> HCL.Expression {
        let range = expression.range
        switch expression.kind {
        case .literal, .splatItem, .invalid:
            return expression
        case .variable:
            if !inFor { outerReferences.insert(range) }
            return expression
        case .functionCall:
            calls.insert(range)
            return HCL.Expression(.variable(Self.callMarker), range: range)
        case .template(let template):
            return HCL.Expression(.template(rewrite(template, inFor: inFor)), range: range)
        case .getAttribute(let source, let name, let nameRange):
            return HCL.Expression(.getAttribute(rewrite(source, inFor: inFor), name: name, nameRange: nameRange), range: range)
        case .index(let source, let key, let isLegacyDot):
            let kind = ExpressionKind.index(rewrite(source, inFor: inFor), key: rewrite(key, inFor: inFor), isLegacyDot: isLegacyDot)
            return HCL.Expression(kind, range: range)
        case .splat(let source, let each, let isFull):
            return HCL.Expression(.splat(rewrite(source, inFor: inFor), each: rewrite(each, inFor: inFor), isFull: isFull), range: range)
        case .conditional(let condition, let then, let otherwise):
            let kind = ExpressionKind.conditional(
                rewrite(condition, inFor: inFor), then: rewrite(then, inFor: inFor), else: rewrite(otherwise, inFor: inFor))
            return HCL.Expression(kind, range: range)
        case .binary(let op, let left, let right):
            return HCL.Expression(.binary(op, rewrite(left, inFor: inFor), rewrite(right, inFor: inFor)), range: range)
        case .unary(let op, let operand):
            return HCL.Expression(.unary(op, rewrite(operand, inFor: inFor)), range: range)
        case .parenthesized(let inner):
            return HCL.Expression(.parenthesized(rewrite(inner, inFor: inFor)), range: range)
        case .tuple(let elements):
            return HCL.Expression(.tuple(elements.map { rewrite($0, inFor: inFor) }), range: range)
        case .object(let items):
            let rewritten = items.map { item -> ObjectItem in
                var key = item.key
                if case .expression(let keyExpression) = key { key = .expression(rewrite(keyExpression, inFor: inFor)) }
                return ObjectItem(key: key, value: rewrite(item.value, inFor: inFor))
            }
            return HCL.Expression(.object(rewritten), range: range)
        case .forExpression(var loop):
            loop.collection = rewrite(loop.collection, inFor: inFor)
            loop.keyExpression = loop.keyExpression.map { rewrite($0, inFor: true) }
            loop.valueExpression = rewrite(loop.valueExpression, inFor: true)
            loop.condition = loop.condition.map { rewrite($0, inFor: true) }
            return HCL.Expression(.forExpression(loop), range: range)
        }
    }

    private mutating func rewrite(_ template: Template, inFor: Bool) -> Template {
        Template(parts: template.parts.map { part -> TemplatePart in
            switch part {
            case .literal:
                return part
            case .interpolation(let expression, let range):
                return .interpolation(rewrite(expression, inFor: inFor), range: range)
            case .conditional(let condition, let then, let otherwise, let range):
                return .conditional(
                    condition: rewrite(condition, inFor: inFor), then: rewrite(then, inFor: inFor),
                    else: otherwise.map { rewrite($0, inFor: inFor) }, range: range)
            case .loop(let keyVariable, let valueVariable, let collection, let body, let range):
                return .loop(
                    keyVariable: keyVariable, valueVariable: valueVariable, collection: rewrite(collection, inFor: inFor),
                    body: rewrite(body, inFor: true), range: range)
            }
        })
    }
}
