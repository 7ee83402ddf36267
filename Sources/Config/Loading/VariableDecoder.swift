import HCL
import Lang
import Values

/// `variable` blocks: name, type constraint, default, flags and validation rules.
enum VariableDecoder {
    static let schema = BodySchema(
        attributes: ["description", "default", "type", "sensitive", "ephemeral", "nullable", "const", "deprecated"].map { .init(name: $0) },
        blocks: [.init(type: "validation")])

    /// Names a variable cannot have, because they mean something else in a `module` block.
    static let reservedNames = [
        "source", "version", "count", "for_each", "depends_on", "providers", "ignore_nested_deprecations",
        "_", "lifecycle", "locals", "provider",
    ]

    static func decode(_ block: Block, override: Bool) -> (Declared<Variable>, [Diagnostic]) {
        let name = block.labels[0].value
        let (content, contentDiagnostics) = block.body.content(schema, missingItemRange: block.missingItemRange)
        var diagnostics = contentDiagnostics
        var declared = Declared(item: Variable(
            name: name, constraint: TypeConstraint(type: .dynamic), defaultValue: nil, description: nil,
            isSensitive: false, isNullable: true, isEphemeral: false, isConst: false, deprecation: nil,
            validations: [], range: block.declarationRange))

        if !LoadingMessages.isIdentifier(name) {
            diagnostics.append(.error("Invalid variable name", LoadingMessages.badIdentifier, at: block.labels[0].range))
        }
        if reservedNames.contains(name) {
            diagnostics.append(.error(
                "Invalid variable name",
                "The variable name \(goQuoted(name)) is reserved due to its special meaning inside module blocks.",
                at: block.labels[0].range))
        }

        if let attribute = content["description"] {
            let (text, found) = StaticExpressions.string(attribute.expression)
            diagnostics += found
            declared.item.description = text
            declared.explicit.insert("description")
        }
        if let attribute = content["type"] {
            let (constraint, found) = typeConstraint(attribute.expression)
            diagnostics += found
            declared.item.constraint = constraint
            declared.item.hasDeclaredType = true
            declared.explicit.insert("type")
        }
        for (argument, keyPath) in [("sensitive", \Variable.isSensitive), ("ephemeral", \Variable.isEphemeral), ("const", \Variable.isConst), ("nullable", \Variable.isNullable)] {
            guard let attribute = content[argument] else { continue }
            let (flag, found) = StaticExpressions.bool(attribute.expression)
            diagnostics += found
            declared.item[keyPath: keyPath] = flag ?? false
            declared.explicit.insert(argument)
        }
        if let attribute = content["default"] {
            let (value, found) = StaticExpressions.constantValue(attribute.expression)
            diagnostics += found
            var converted = value
            if !override || declared.sets("type") {
                let (result, conversionDiagnostics) = convertDefault(value, to: declared.item.constraint, at: attribute.expression.range)
                diagnostics += conversionDiagnostics
                converted = result
            }
            if !declared.item.isNullable && converted.isNull {
                diagnostics.append(.error(
                    "Invalid default value for variable", "A null default value is not valid when nullable=false.",
                    at: attribute.expression.range))
            }
            declared.item.defaultValue = converted
            declared.explicit.insert("default")
        }
        if let attribute = content["deprecated"] {
            let (text, found) = StaticExpressions.string(attribute.expression)
            diagnostics += found
            declared.item.deprecation = text
            declared.explicit.insert("deprecated")
        }
        for validation in content.blocks {
            let (rule, found) = CheckDecoder.decodeRule(validation, override: override)
            diagnostics += found
            if let condition = rule.condition {
                let refersToSelf = ExpressionVariables.traversals(in: condition).contains { traversal in
                    if case .success(let reference) = ReferenceParser.parse(traversal), case .inputVariable(name) = reference.subject {
                        return true
                    }
                    return false
                }
                if !refersToSelf {
                    diagnostics.append(.error(
                        "Invalid variable validation condition",
                        "The condition for variable \(goQuoted(name)) must refer to var.\(name) in order to test incoming values.",
                        at: condition.range))
                }
            }
            declared.item.validations.append(rule)
        }
        if declared.item.isConst {
            if declared.item.isSensitive {
                diagnostics.append(.error(
                    "Const variable cannot be sensitive",
                    "A variable that is marked as \"const\" cannot also be marked as \"sensitive\".", at: block.declarationRange))
            }
            if declared.item.isEphemeral {
                diagnostics.append(.error(
                    "Const variable cannot be ephemeral",
                    "A variable that is marked as \"const\" cannot also be marked as \"ephemeral\".", at: block.declarationRange))
            }
        }
        return (declared, diagnostics)
    }

    /// The default converted to the type constraint, its optional attributes' defaults
    /// applied first (except to null, which stays null).
    static func convertDefault(_ value: Value, to constraint: TypeConstraint, at range: SourceRange) -> (Value, [Diagnostic]) {
        let withDefaults = value.isNull ? value : constraint.applyingDefaults(to: value)
        do {
            return (try withDefaults.converted(to: constraint.type), [])
        } catch {
            return (.dynamicUnknown, [.error(
                "Invalid default value for variable",
                "This default value is not compatible with the variable's type constraint: \(ConversionMessage.text(error)).",
                at: range)])
        }
    }

    /// `type = ...`: a type expression, the legacy quoted forms refused with their own messages.
    static func typeConstraint(_ written: HCL.Expression) -> (TypeConstraint, [Diagnostic]) {
        let expression = StaticExpressions.jsonReference(written)
        let any = TypeConstraint(type: .dynamic)
        if StaticExpressions.isQuotedString(expression) {
            let (value, diagnostics) = StaticExpressions.constantValue(expression)
            if diagnostics.hasErrors { return (any, diagnostics) }
            let prefix = "Terraform 0.11 and earlier required type constraints to be given in quotes, but that form is now deprecated and will be removed in a future version of Terraform."
            switch value.stringValue {
            case "string":
                return (any, [.error("Invalid quoted type constraints", "\(prefix) Remove the quotes around \"string\".", at: expression.range)])
            case "list":
                return (any, [.error("Invalid quoted type constraints", "\(prefix) Remove the quotes around \"list\" and write list(string) instead to explicitly indicate that the list elements are strings.", at: expression.range)])
            case "map":
                return (any, [.error("Invalid quoted type constraints", "\(prefix) Remove the quotes around \"map\" and write map(string) instead to explicitly indicate that the map elements are strings.", at: expression.range)])
            default:
                return (any, [.error("Invalid legacy variable type hint", "To provide a full type expression, remove the surrounding quotes and give the type expression directly.", at: expression.range)])
            }
        }
        switch StaticExpressions.keyword(expression) {
        case "list": return (TypeConstraint(type: .list(.dynamic)), [])
        case "map": return (TypeConstraint(type: .map(.dynamic)), [])
        default: break
        }
        let (constraint, diagnostics) = TypeConstraintParser.parse(expression)
        return (constraint ?? any, diagnostics)
    }
}
