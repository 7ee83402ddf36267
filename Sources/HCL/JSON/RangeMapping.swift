/// Rewrites every source range of a syntax tree, so that an expression parsed from text that
/// stands somewhere else (the decoded content of a JSON string) points back at where it stands.
extension Expression {
    func mappingRanges(_ map: (SourceRange) -> SourceRange) -> Expression {
        Expression(kind.mappingRanges(map), range: map(range))
    }
}

extension ExpressionKind {
    func mappingRanges(_ map: (SourceRange) -> SourceRange) -> ExpressionKind {
        func sub(_ expression: Expression) -> Expression { expression.mappingRanges(map) }
        switch self {
        case .literal, .variable, .splatItem, .invalid:
            return self
        case .template(let template):
            return .template(template.mappingRanges(map))
        case .getAttribute(let source, let name, let nameRange):
            return .getAttribute(sub(source), name: name, nameRange: map(nameRange))
        case .index(let source, let key, let isLegacyDot):
            return .index(sub(source), key: sub(key), isLegacyDot: isLegacyDot)
        case .splat(let source, let each, let isFull):
            return .splat(sub(source), each: sub(each), isFull: isFull)
        case .functionCall(var call):
            call.nameRange = map(call.nameRange)
            call.arguments = call.arguments.map(sub)
            call.openParenRange = map(call.openParenRange)
            call.closeParenRange = map(call.closeParenRange)
            return .functionCall(call)
        case .conditional(let condition, let then, let otherwise):
            return .conditional(sub(condition), then: sub(then), else: sub(otherwise))
        case .binary(let operation, let left, let right):
            return .binary(operation, sub(left), sub(right))
        case .unary(let operation, let operand):
            return .unary(operation, sub(operand))
        case .tuple(let elements):
            return .tuple(elements.map(sub))
        case .object(let items):
            return .object(items.map { item in
                let key: ObjectKey = switch item.key {
                case .name(let name, let range): .name(name, range: map(range))
                case .expression(let expression): .expression(sub(expression))
                }
                return ObjectItem(key: key, value: sub(item.value))
            })
        case .forExpression(var loop):
            loop.collection = sub(loop.collection)
            loop.keyExpression = loop.keyExpression.map(sub)
            loop.valueExpression = sub(loop.valueExpression)
            loop.condition = loop.condition.map(sub)
            loop.openRange = map(loop.openRange)
            loop.closeRange = map(loop.closeRange)
            return .forExpression(loop)
        case .parenthesized(let inner):
            return .parenthesized(sub(inner))
        }
    }
}

extension Template {
    func mappingRanges(_ map: (SourceRange) -> SourceRange) -> Template {
        Template(parts: parts.map { $0.mappingRanges(map) })
    }
}

extension TemplatePart {
    func mappingRanges(_ map: (SourceRange) -> SourceRange) -> TemplatePart {
        switch self {
        case .literal(let text, let range):
            .literal(text, range: map(range))
        case .interpolation(let expression, let range):
            .interpolation(expression.mappingRanges(map), range: map(range))
        case .conditional(let condition, let then, let otherwise, let range):
            .conditional(
                condition: condition.mappingRanges(map), then: then.mappingRanges(map),
                else: otherwise?.mappingRanges(map), range: map(range))
        case .loop(let key, let value, let collection, let body, let range):
            .loop(
                keyVariable: key, valueVariable: value, collection: collection.mappingRanges(map),
                body: body.mappingRanges(map), range: map(range))
        }
    }
}

extension Diagnostic {
    func mappingRanges(_ map: (SourceRange) -> SourceRange) -> Diagnostic {
        var mapped = self
        mapped.subject = subject.map(map)
        mapped.context = context.map(map)
        return mapped
    }
}
