import HCL
import Lang
import Values

/// Builds a `Module` from its parsed files, reporting malformed declarations.
public enum ModuleLoader {
    public static func load(_ files: ModuleFiles, directory: String) -> (Module, [Diagnostic]) {
        var module = Module(directory: directory)
        var diagnostics: [Diagnostic] = []
        for file in files.files {
            for block in file.body.blocks {
                let labels = block.labels.map(\.value)
                switch (block.type, labels.count) {
                case ("variable", 1):
                    if let variable = variable(block, labels[0], &diagnostics) { module.variables[labels[0]] = variable }
                case ("locals", 0):
                    for attribute in block.body.attributes {
                        module.locals[attribute.name] = Local(name: attribute.name, expression: attribute.expression, range: attribute.range)
                    }
                case ("output", 1):
                    module.outputs[labels[0]] = output(block, labels[0], &diagnostics)
                case ("resource", 2), ("data", 2):
                    let declaration = resource(block, mode: block.type == "data" ? .data : .managed, labels, &diagnostics)
                    if declaration.mode == .data {
                        module.dataResources["\(labels[0]).\(labels[1])"] = declaration
                    } else {
                        module.resources["\(labels[0]).\(labels[1])"] = declaration
                    }
                case ("module", 1):
                    module.moduleCalls[labels[0]] = ModuleCall(
                        name: labels[0], source: constantString(block.body, "source"),
                        count: attribute(block.body, "count"), forEach: attribute(block.body, "for_each"),
                        body: block.body, range: block.range
                    )
                default:
                    continue
                }
            }
        }
        return (module, diagnostics)
    }

    private static func variable(_ block: Block, _ name: String, _ diagnostics: inout [Diagnostic]) -> Variable? {
        var constraint = TypeConstraint(type: .dynamic)
        if let typeExpression = attribute(block.body, "type") {
            let (parsed, typeDiagnostics) = TypeConstraintParser.parse(typeExpression)
            diagnostics += typeDiagnostics
            if let parsed { constraint = parsed }
        }
        let nullable = constantBool(block.body, "nullable", &diagnostics) ?? true
        var defaultValue: Value?
        if let defaultExpression = attribute(block.body, "default") {
            let (value, defaultDiagnostics) = Evaluator.evaluate(defaultExpression, in: EvaluationContext())
            if defaultDiagnostics.hasErrors {
                diagnostics.append(.error("Variables not allowed", "Variables may not be used here.", at: defaultExpression.range))
            } else {
                do {
                    let withDefaults = constraint.applyingDefaults(to: value)
                    defaultValue = try withDefaults.converted(to: constraint.type)
                } catch {
                    diagnostics.append(.error(
                        "Invalid default value for variable",
                        "This default value is not compatible with the variable's type constraint: \(error.message).",
                        at: defaultExpression.range
                    ))
                }
            }
        }
        let validations = block.body.blocks.filter { $0.type == "validation" }.compactMap { rule($0, &diagnostics) }
        return Variable(
            name: name, constraint: constraint, defaultValue: defaultValue,
            description: constantString(block.body, "description"),
            isSensitive: constantBool(block.body, "sensitive", &diagnostics) ?? false,
            isNullable: nullable,
            isEphemeral: constantBool(block.body, "ephemeral", &diagnostics) ?? false,
            validations: validations, range: block.definitionRange
        )
    }

    private static func output(_ block: Block, _ name: String, _ diagnostics: inout [Diagnostic]) -> Output {
        Output(
            name: name, expression: attribute(block.body, "value"),
            description: constantString(block.body, "description"),
            isSensitive: constantBool(block.body, "sensitive", &diagnostics) ?? false,
            dependsOn: traversals(block.body, "depends_on"),
            preconditions: block.body.blocks.filter { $0.type == "precondition" }.compactMap { rule($0, &diagnostics) },
            range: block.definitionRange
        )
    }

    private static func resource(_ block: Block, mode: ResourceMode, _ labels: [String], _ diagnostics: inout [Diagnostic]) -> ResourceDeclaration {
        var provider: String?
        if let providerExpression = attribute(block.body, "provider"), let traversal = ReferenceCollector.references(in: providerExpression).first {
            provider = ([traversal.root] + traversal.steps.compactMap { step -> String? in
                if case .attribute(let name, _) = step { return name }
                return nil
            }).joined(separator: ".")
        }
        return ResourceDeclaration(
            mode: mode, type: labels[0], name: labels[1],
            count: attribute(block.body, "count"), forEach: attribute(block.body, "for_each"),
            provider: provider, dependsOn: traversals(block.body, "depends_on"),
            body: block.body, range: block.definitionRange
        )
    }

    private static func rule(_ block: Block, _ diagnostics: inout [Diagnostic]) -> CheckRule? {
        guard let condition = attribute(block.body, "condition") else {
            diagnostics.append(.error("Missing required argument", "The argument \"condition\" is required, but no definition was found.", at: block.openBraceRange))
            return nil
        }
        return CheckRule(condition: condition, errorMessage: attribute(block.body, "error_message"), range: block.range)
    }

    static func attribute(_ body: Body, _ name: String) -> HCL.Expression? {
        body.attributes.first { $0.name == name }?.expression
    }

    private static func traversals(_ body: Body, _ name: String) -> [Traversal] {
        guard let expression = attribute(body, name), case .tuple(let elements) = expression.kind else { return [] }
        return elements.compactMap { ReferenceCollector.references(in: $0).first }
    }

    private static func constantString(_ body: Body, _ name: String) -> String? {
        guard let expression = attribute(body, name) else { return nil }
        return Evaluator.evaluate(expression, in: EvaluationContext()).0.stringValue
    }

    private static func constantBool(_ body: Body, _ name: String, _ diagnostics: inout [Diagnostic]) -> Bool? {
        guard let expression = attribute(body, name) else { return nil }
        let (value, valueDiagnostics) = Evaluator.evaluate(expression, in: EvaluationContext())
        if valueDiagnostics.hasErrors {
            diagnostics.append(.error("Variables not allowed", "Variables may not be used here.", at: expression.range))
            return nil
        }
        guard let flag = try? value.converted(to: .bool).boolValue else {
            diagnostics.append(.error("Unsuitable value type", "Unsuitable value: a bool is required", at: expression.range))
            return nil
        }
        return flag
    }
}
