import HCL
import Lang
import Values

/// Checks a module the way `terraform validate` does without providers: every expression is
/// evaluated with unknown input variables, so undeclared references, unknown functions, wrong
/// argument counts and type errors on known values are all reported.
public enum ModuleValidator {
    public static func validate(_ module: Module, functions: FunctionTable, workingDirectory: String) -> [Diagnostic] {
        let unknownVariables = module.variables.mapValues { Value.unknown($0.constraint.type) }
        let scope = ModuleScope(module: module, variableValues: unknownVariables, workingDirectory: workingDirectory)
        let (evaluatedScope, localDiagnostics) = LocalEvaluation.evaluateAll(in: scope, functions: functions)
        var checker = ExpressionChecker(scope: evaluatedScope, functions: functions)
        checker.diagnostics = localDiagnostics

        for name in module.variables.keys.sorted() {
            guard let variable = module.variables[name] else { continue }
            for rule in variable.validations {
                checker.check(rule.condition)
                if let message = rule.errorMessage { checker.check(message) }
            }
        }
        for name in module.outputs.keys.sorted() {
            guard let output = module.outputs[name] else { continue }
            if let expression = output.expression { checker.check(expression) }
            for rule in output.preconditions {
                checker.check(rule.condition)
                if let message = rule.errorMessage { checker.check(message) }
            }
        }
        let inSourceOrder: (ResourceDeclaration, ResourceDeclaration) -> Bool = {
            ($0.range.filename, $0.range.start.byte) < ($1.range.filename, $1.range.start.byte)
        }
        let resources = module.resources.values.sorted(by: inSourceOrder) + module.dataResources.values.sorted(by: inSourceOrder)
        for resource in resources {
            checker.checkResource(resource)
        }
        for name in module.moduleCalls.keys.sorted() {
            guard let call = module.moduleCalls[name] else { continue }
            checker.checkModuleCall(call)
        }
        return checker.diagnostics
    }
}

/// Evaluates expressions of a module body with unknowns where values are not known yet.
struct ExpressionChecker {
    let scope: ModuleScope
    let functions: FunctionTable
    var diagnostics: [Diagnostic] = []

    /// Arguments of resource blocks that are not ordinary expressions.
    private static let resourceMetaArguments: Set<String> = ["count", "for_each", "depends_on", "provider"]
    private static let moduleMetaArguments: Set<String> = ["source", "version", "count", "for_each", "depends_on", "providers"]

    mutating func check(_ expression: HCL.Expression, bound: [String: Value] = [:]) {
        let referenceDiagnostics = scope.checkReferences(in: expression, bound: Set(bound.keys))
        append(referenceDiagnostics)
        if referenceDiagnostics.hasErrors { return }
        let context = EvaluationContext(variables: bound, functions: functions, resolver: scope)
        append(Evaluator.evaluate(expression, in: context).1)
    }

    mutating func checkResource(_ resource: ResourceDeclaration) {
        var bound: [String: Value] = [:]
        if let count = resource.count {
            check(count)
            bound["count"] = .object(["index": .unknown(.number)])
        }
        if let forEach = resource.forEach {
            check(forEach)
            bound["each"] = .object(["key": .unknown(.string), "value": .dynamicUnknown])
        }
        checkBody(resource.body, bound: bound, skipping: Self.resourceMetaArguments)
    }

    mutating func checkModuleCall(_ call: ModuleCall) {
        var bound: [String: Value] = [:]
        if let count = call.count {
            check(count)
            bound["count"] = .object(["index": .unknown(.number)])
        }
        if let forEach = call.forEach {
            check(forEach)
            bound["each"] = .object(["key": .unknown(.string), "value": .dynamicUnknown])
        }
        checkBody(call.body, bound: bound, skipping: Self.moduleMetaArguments)
    }

    private mutating func checkBody(_ body: Body, bound: [String: Value], skipping: Set<String> = []) {
        for attribute in body.attributes where !skipping.contains(attribute.name) {
            check(attribute.expression, bound: bound)
        }
        for block in body.blocks {
            switch block.type {
            case "lifecycle":
                for rule in block.body.blocks where rule.type == "precondition" || rule.type == "postcondition" {
                    var ruleBound = bound
                    if rule.type == "postcondition" { ruleBound["self"] = .dynamicUnknown }
                    checkBody(rule.body, bound: ruleBound)
                }
            case "provisioner", "connection":
                var selfBound = bound
                selfBound["self"] = .dynamicUnknown
                checkBody(block.body, bound: selfBound)
            case "dynamic":
                checkDynamic(block, bound: bound)
            default:
                checkBody(block.body, bound: bound)
            }
        }
    }

    private mutating func checkDynamic(_ block: Block, bound: [String: Value]) {
        let iterator = block.body.attributes.first { $0.name == "iterator" }
            .flatMap { Evaluator.staticTraversal($0.expression)?.root } ?? block.labels.first?.value ?? "dynamic"
        if let forEach = block.body.attributes.first(where: { $0.name == "for_each" }) {
            check(forEach.expression, bound: bound)
        }
        var inner = bound
        inner[iterator] = .object(["key": .dynamicUnknown, "value": .dynamicUnknown])
        for attribute in block.body.attributes where attribute.name == "labels" {
            check(attribute.expression, bound: inner)
        }
        for content in block.body.blocks where content.type == "content" {
            checkBody(content.body, bound: inner)
        }
    }

    private mutating func append(_ found: [Diagnostic]) {
        for diagnostic in found where !diagnostics.contains(diagnostic) {
            diagnostics.append(diagnostic)
        }
    }
}
