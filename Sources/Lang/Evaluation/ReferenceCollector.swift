import HCL

/// Finds the references (static traversals) an expression makes, so that callers can order
/// evaluation and check that every referenced object is declared.
public enum ReferenceCollector {
    /// Every reference in `expression`, outermost first; names bound by `for` expressions
    /// inside it are excluded.
    public static func references(in expression: HCL.Expression) -> [Traversal] {
        var found: [Traversal] = []
        collect(expression, bound: [], into: &found)
        return found
    }

    private static func collect(_ expression: HCL.Expression, bound: Set<String>, into found: inout [Traversal]) {
        switch expression.kind {
        case .variable, .getAttribute, .index:
            if let traversal = Evaluator.staticTraversal(expression) {
                if !bound.contains(traversal.root) && !Evaluator.typeKeywords.contains(traversal.root) {
                    found.append(traversal)
                }
                return
            }
            if case .getAttribute(let source, _, _) = expression.kind { collect(source, bound: bound, into: &found) }
            if case .index(let source, let key, _) = expression.kind {
                collect(source, bound: bound, into: &found)
                collect(key, bound: bound, into: &found)
            }
        case .literal, .splatItem, .invalid:
            return
        case .template(let template):
            collectTemplate(template, bound: bound, into: &found)
        case .splat(let source, let each, _):
            collect(source, bound: bound, into: &found)
            collect(each, bound: bound, into: &found)
        case .functionCall(let call):
            for argument in call.arguments { collect(argument, bound: bound, into: &found) }
        case .conditional(let condition, let then, let otherwise):
            for part in [condition, then, otherwise] { collect(part, bound: bound, into: &found) }
        case .binary(_, let left, let right):
            collect(left, bound: bound, into: &found)
            collect(right, bound: bound, into: &found)
        case .unary(_, let operand), .parenthesized(let operand):
            collect(operand, bound: bound, into: &found)
        case .tuple(let elements):
            for element in elements { collect(element, bound: bound, into: &found) }
        case .object(let items):
            for item in items {
                if case .expression(let key) = item.key { collect(key, bound: bound, into: &found) }
                collect(item.value, bound: bound, into: &found)
            }
        case .forExpression(let loop):
            collect(loop.collection, bound: bound, into: &found)
            var inner = bound
            inner.insert(loop.valueVariable)
            if let key = loop.keyVariable { inner.insert(key) }
            for part in [loop.keyExpression, loop.valueExpression, loop.condition].compactMap({ $0 }) {
                collect(part, bound: inner, into: &found)
            }
        }
    }

    private static func collectTemplate(_ template: Template, bound: Set<String>, into found: inout [Traversal]) {
        for part in template.parts {
            switch part {
            case .literal:
                continue
            case .interpolation(let expression, _):
                collect(expression, bound: bound, into: &found)
            case .conditional(let condition, let then, let otherwise, _):
                collect(condition, bound: bound, into: &found)
                collectTemplate(then, bound: bound, into: &found)
                if let otherwise { collectTemplate(otherwise, bound: bound, into: &found) }
            case .loop(let key, let value, let collection, let body, _):
                collect(collection, bound: bound, into: &found)
                var inner = bound
                inner.insert(value)
                if let key { inner.insert(key) }
                collectTemplate(body, bound: inner, into: &found)
            }
        }
    }
}
