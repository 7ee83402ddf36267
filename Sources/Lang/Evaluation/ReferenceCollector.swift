import HCL

/// Finds the references (static traversals) an expression makes, so that callers can order
/// evaluation and check that every referenced object is declared.
public enum ReferenceCollector {
    /// Every reference in `expression`, outermost first; names bound by `for` expressions
    /// inside it and type keywords (`string`, `number`, …) are excluded.
    public static func references(in expression: HCL.Expression) -> [Traversal] {
        traversals(in: expression, recognizing: Evaluator.staticTraversal, root: \.root)
            .filter { !Evaluator.typeKeywords.contains($0.root) }
    }

    /// Every traversal-shaped part of `expression` that `recognize` accepts, outermost first,
    /// with HCL's scoping: a part whose root is bound by an enclosing `for` is left out. Parts
    /// that `recognize` rejects are searched inside.
    public static func traversals<Found>(
        in expression: HCL.Expression, recognizing recognize: @escaping (HCL.Expression) -> Found?,
        root: @escaping (Found) -> String
    ) -> [Found] {
        var walker = Walker(recognize: recognize, root: root)
        walker.collect(expression, bound: [])
        return walker.found
    }
}

private struct Walker<Found> {
    let recognize: (HCL.Expression) -> Found?
    let root: (Found) -> String
    var found: [Found] = []

    mutating func collect(_ expression: HCL.Expression, bound: Set<String>) {
        switch expression.kind {
        case .variable, .getAttribute, .index:
            if let traversal = recognize(expression) {
                if !bound.contains(root(traversal)) { found.append(traversal) }
                return
            }
            if case .getAttribute(let source, _, _) = expression.kind { collect(source, bound: bound) }
            if case .index(let source, let key, _) = expression.kind {
                collect(source, bound: bound)
                collect(key, bound: bound)
            }
        case .literal, .splatItem, .invalid:
            return
        case .template(let template):
            collectTemplate(template, bound: bound)
        case .splat(let source, let each, _):
            collect(source, bound: bound)
            collect(each, bound: bound)
        case .functionCall(let call):
            for argument in call.arguments { collect(argument, bound: bound) }
        case .conditional(let condition, let then, let otherwise):
            for part in [condition, then, otherwise] { collect(part, bound: bound) }
        case .binary(_, let left, let right):
            collect(left, bound: bound)
            collect(right, bound: bound)
        case .unary(_, let operand), .parenthesized(let operand):
            collect(operand, bound: bound)
        case .tuple(let elements):
            for element in elements { collect(element, bound: bound) }
        case .object(let items):
            for item in items {
                if case .expression(let key) = item.key { collect(key, bound: bound) }
                collect(item.value, bound: bound)
            }
        case .forExpression(let loop):
            collect(loop.collection, bound: bound)
            var inner = bound
            inner.insert(loop.valueVariable)
            if let key = loop.keyVariable { inner.insert(key) }
            for part in [loop.keyExpression, loop.valueExpression, loop.condition].compactMap({ $0 }) {
                collect(part, bound: inner)
            }
        }
    }

    mutating func collectTemplate(_ template: Template, bound: Set<String>) {
        for part in template.parts {
            switch part {
            case .literal:
                continue
            case .interpolation(let expression, _):
                collect(expression, bound: bound)
            case .conditional(let condition, let then, let otherwise, _):
                collect(condition, bound: bound)
                collectTemplate(then, bound: bound)
                if let otherwise { collectTemplate(otherwise, bound: bound) }
            case .loop(let key, let value, let collection, let body, _):
                collect(collection, bound: bound)
                var inner = bound
                inner.insert(value)
                if let key { inner.insert(key) }
                collectTemplate(body, bound: inner)
            }
        }
    }
}
