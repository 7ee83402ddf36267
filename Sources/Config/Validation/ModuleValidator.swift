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
            for rule in variable.validations { checker.check(rule) }
        }
        for name in module.outputs.keys.sorted() {
            guard let output = module.outputs[name] else { continue }
            checker.diagnostics += RootModuleRules.deprecation(output)
            if let expression = output.expression { checker.check(expression) }
            checker.checkDependsOn(output.dependsOn)
            for rule in output.preconditions { checker.check(rule) }
        }
        let inSourceOrder: (ResourceDeclaration, ResourceDeclaration) -> Bool = {
            ($0.range.filename, $0.range.start.byte) < ($1.range.filename, $1.range.start.byte)
        }
        let resources = module.resources.values.sorted(by: inSourceOrder)
            + module.dataResources.values.sorted(by: inSourceOrder)
            + module.ephemeralResources.values.sorted(by: inSourceOrder)
        for resource in resources {
            checker.checkResource(resource)
        }
        for name in module.moduleCalls.keys.sorted() {
            guard let call = module.moduleCalls[name] else { continue }
            checker.checkModuleCall(call)
        }
        for name in module.checks.keys.sorted() {
            guard let check = module.checks[name] else { continue }
            for rule in check.asserts { checker.check(rule) }
        }
        for importBlock in module.imports {
            checker.checkImport(importBlock)
        }
        checker.diagnostics += RootModuleRules.ephemeralOutputs(module)
        return checker.diagnostics
    }
}

/// Evaluates expressions of a module body with unknowns where values are not known yet.
struct ExpressionChecker {
    let scope: ModuleScope
    let functions: FunctionTable
    var diagnostics: [Diagnostic] = []

    /// A condition and its error message.
    mutating func check(_ rule: CheckRule, bound: [String: Value] = [:]) {
        if let condition = rule.condition { check(condition, bound: bound) }
        if let message = rule.errorMessage { check(message, bound: bound) }
    }

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
        checkDependsOn(resource.dependsOn)
        checkBody(resource.body, bound: bound)
        for rule in resource.preconditions { check(rule, bound: bound) }
        var selfBound = bound
        selfBound["self"] = .dynamicUnknown
        for rule in resource.postconditions { check(rule, bound: selfBound) }
        for provisioner in resource.provisioners {
            checkBody(provisioner.body, bound: selfBound)
            if let connection = provisioner.connection { checkBody(connection, bound: selfBound) }
        }
        if let connection = resource.connection { checkBody(connection, bound: selfBound) }
    }

    /// `depends_on` entries must name declared objects.
    mutating func checkDependsOn(_ traversals: [Traversal]) {
        for traversal in traversals {
            append(scope.resolve(traversal).diagnostics)
        }
    }

    mutating func checkImport(_ importBlock: ImportBlock) {
        var bound: [String: Value] = [:]
        if let forEach = importBlock.forEach {
            check(forEach)
            bound["each"] = .object(["key": .unknown(.string), "value": .dynamicUnknown])
        }
        for expression in [importBlock.id, importBlock.identity].compactMap({ $0 }) {
            check(expression, bound: bound)
        }
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
        checkDependsOn(call.dependsOn)
        checkBody(call.body, bound: bound)
    }

    private mutating func checkBody(_ body: Body, bound: [String: Value]) {
        for attribute in body.attributes {
            check(attribute.expression, bound: bound)
        }
        for block in body.blocks {
            switch block.type {
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

/// What a root module may not declare, though a child module may.
enum RootModuleRules {
    /// A root module's outputs have no caller to warn, so they cannot be deprecated.
    static func deprecation(_ output: Output) -> [Diagnostic] {
        guard output.deprecation != nil, let range = output.deprecationRange else { return [] }
        return [.error(
            "Root module output deprecated",
            "Root module outputs cannot be deprecated, as there is no higher-level module to inform of the deprecation.",
            at: range)]
    }

    static func ephemeralOutputs(_ module: Module) -> [Diagnostic] {
        module.outputs.values.filter(\.isEphemeral).sorted { $0.range.start.byte < $1.range.start.byte }.map { output in
            .error("Ephemeral output not allowed", "Ephemeral outputs are not allowed in context of a root module", at: output.range)
        }
    }
}
