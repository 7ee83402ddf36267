import HCL
import Values

/// Reads type constraints from expressions: `string`, `list(number)`,
/// `object({ name = string, port = optional(number, 80) })`, `any`.
public enum TypeConstraintParser {
    /// The constraint, or diagnostics saying what is wrong with it. `allowDefaults` permits
    /// `optional(type, default)` (variables allow it; other places only `optional(type)`).
    public static func parse(_ expression: HCL.Expression, allowDefaults: Bool = true) -> (TypeConstraint?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let constraint = parse(expression, allowOptional: false, allowDefaults: allowDefaults, &diagnostics)
        return (diagnostics.hasErrors ? nil : constraint, diagnostics)
    }

    private static let invalid = "Invalid type specification"

    private static func parse(
        _ expression: HCL.Expression, allowOptional: Bool, allowDefaults: Bool, _ diagnostics: inout [Diagnostic]
    ) -> TypeConstraint? {
        switch expression.kind {
        case .parenthesized(let inner):
            return parse(inner, allowOptional: allowOptional, allowDefaults: allowDefaults, &diagnostics)
        case .variable(let keyword):
            switch keyword {
            case "string": return TypeConstraint(type: .string)
            case "number": return TypeConstraint(type: .number)
            case "bool": return TypeConstraint(type: .bool)
            case "any": return TypeConstraint(type: .dynamic)
            case "list", "set", "map":
                diagnostics.append(.error(invalid, "The \(keyword) type constructor requires one argument specifying the element type.", at: expression.range))
            case "object":
                diagnostics.append(.error(invalid, "The object type constructor requires one argument specifying the attribute types as an object.", at: expression.range))
            case "tuple":
                diagnostics.append(.error(invalid, "The tuple type constructor requires one argument specifying the element types as a list.", at: expression.range))
            case "optional":
                diagnostics.append(.error(invalid, "Keyword \"optional\" is valid only as a modifier for object type attributes.", at: expression.range))
            default:
                diagnostics.append(.error(invalid, "The keyword \(goQuoted(keyword)) is not a valid type specification.", at: expression.range))
            }
            return nil
        case .functionCall(let call):
            return parseConstructor(call, expression.range, allowOptional: allowOptional, allowDefaults: allowDefaults, &diagnostics)
        default:
            diagnostics.append(.error(invalid, "A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).", at: expression.range))
            return nil
        }
    }

    private static func parseConstructor(
        _ call: FunctionCall, _ range: SourceRange, allowOptional: Bool, allowDefaults: Bool, _ diagnostics: inout [Diagnostic]
    ) -> TypeConstraint? {
        let name = call.name
        switch name {
        case "list", "set", "map":
            guard call.arguments.count == 1 else {
                diagnostics.append(.error("Incorrect type specification", "The \(name) type constructor requires one argument specifying the element type.", at: range))
                return nil
            }
            guard let element = parse(call.arguments[0], allowOptional: false, allowDefaults: allowDefaults, &diagnostics) else { return nil }
            let type: ValueType = name == "list" ? .list(element.type) : name == "set" ? .set(element.type) : .map(element.type)
            return TypeConstraint(type: type, children: element.hasDefaults ? ["*": element] : [:])
        case "tuple":
            guard call.arguments.count == 1, case .tuple(let elements) = call.arguments[0].kind else {
                diagnostics.append(.error("Incorrect type specification", "The tuple type constructor requires one argument specifying the element types as a list.", at: range))
                return nil
            }
            var types: [ValueType] = []
            var children: [String: TypeConstraint] = [:]
            for (index, element) in elements.enumerated() {
                guard let parsed = parse(element, allowOptional: false, allowDefaults: allowDefaults, &diagnostics) else { return nil }
                types.append(parsed.type)
                if parsed.hasDefaults { children[String(index)] = parsed }
            }
            return TypeConstraint(type: .tuple(types), children: children)
        case "object":
            guard call.arguments.count == 1, case .object(let items) = call.arguments[0].kind else {
                diagnostics.append(.error("Incorrect type specification", "The object type constructor requires one argument specifying the attribute types as an object.", at: range))
                return nil
            }
            return parseObject(items, allowDefaults: allowDefaults, &diagnostics)
        case "optional":
            diagnostics.append(.error(invalid, "Keyword \"optional\" is valid only as a modifier for object type attributes.", at: range))
            return nil
        default:
            diagnostics.append(.error(invalid, "Keyword \(goQuoted(name)) is not a valid type constructor.", at: call.nameRange))
            return nil
        }
    }

    private static func parseObject(_ items: [ObjectItem], allowDefaults: Bool, _ diagnostics: inout [Diagnostic]) -> TypeConstraint? {
        var attributes: [String: ValueType] = [:]
        var optional = Set<String>()
        var defaults: [String: Value] = [:]
        var children: [String: TypeConstraint] = [:]
        for item in items {
            let name: String
            switch item.key {
            case .name(let bare, _):
                name = bare
            case .expression(let expression):
                if case .template(let template) = expression.kind, template.parts.count == 1, case .literal(let text, _) = template.parts[0] {
                    name = text
                } else {
                    diagnostics.append(.error("Invalid type specification", "Object constructor map keys must be attribute names.", at: expression.range))
                    return nil
                }
            }
            var valueExpression = item.value
            if case .functionCall(let call) = valueExpression.kind, call.name == "optional" {
                guard (1...2).contains(call.arguments.count) else {
                    diagnostics.append(.error("Invalid type specification", "Optional attribute modifier expects at most two arguments: the attribute type, and a default value.", at: valueExpression.range))
                    return nil
                }
                optional.insert(name)
                valueExpression = call.arguments[0]
                if call.arguments.count == 2 {
                    guard allowDefaults else {
                        diagnostics.append(.error("Invalid type specification", "Optional attribute modifier expects only one argument: the attribute type.", at: valueExpression.range))
                        return nil
                    }
                    let (defaultValue, defaultDiagnostics) = Evaluator.evaluate(call.arguments[1], in: EvaluationContext())
                    diagnostics += defaultDiagnostics
                    if defaultDiagnostics.hasErrors { return nil }
                    defaults[name] = defaultValue
                }
            }
            guard let parsed = parse(valueExpression, allowOptional: true, allowDefaults: allowDefaults, &diagnostics) else { return nil }
            attributes[name] = parsed.type
            if parsed.hasDefaults { children[name] = parsed }
        }
        for (name, value) in defaults {
            guard let type = attributes[name] else { continue }
            do {
                defaults[name] = try value.converted(to: type)
            } catch {
                diagnostics.append(.error("Invalid default value for optional attribute", "This default value is not compatible with the attribute's type constraint: \(error.message).", at: nil))
                return nil
            }
        }
        return TypeConstraint(type: .object(attributes, optional: optional), defaults: defaults, children: children)
    }
}
