import HCL
import Lang
import Values

/// Evaluates the expressions of one module object with unknowns where values are not known
/// yet, as Terraform's validate walk does: references are checked first (a unit with a bad
/// reference is not evaluated further), then values, then what `count` and `for_each` must be.
struct ExpressionChecker {
    var scope: ModuleScope
    let functions: FunctionTable
    var diagnostics: [Diagnostic] = []
    /// Whether an error was found since this was last reset; the graph walk skips whatever
    /// depends on an object that failed, as Terraform's does.
    var failed = false
    /// Where the diagnostics of the object being checked begin.
    private var objectStart = 0

    init(scope: ModuleScope, functions: FunctionTable) {
        self.scope = scope
        self.functions = functions
    }

    static let countBinding: Value = .object(["index": .unknown(.number)])
    static let eachBinding: Value = .object(["key": .unknown(.string), "value": .dynamicUnknown])

    /// How a custom condition is evaluated: Terraform first validates the references to
    /// objects (`self`, resources, modules); when one is bad, the scope it builds is empty.
    /// (A variable's validation rules are evaluated by `VariableValidation`.)
    enum ConditionKind {
        /// A resource's precondition or postcondition: condition and message each on their
        /// own, and evaluated even in the empty scope, where every name is unknown.
        case resource
        /// An output's precondition: condition and message share one scope, which is then
        /// also evaluated when empty.
        case output
        /// A check block's assertion: the two share one scope; after a bad reference only
        /// the message is evaluated in the empty scope.
        case check
    }

    /// A condition and its error message, as Terraform evaluates those of `kind`.
    mutating func check(_ rule: CheckRule, as kind: ConditionKind, bound: [String: Value] = [:]) {
        let expressions = [rule.condition, rule.errorMessage].compactMap { $0 }
        let groups = kind == .resource ? expressions.map { [$0] } : [expressions]
        for group in groups {
            var invalid: [Diagnostic] = []
            for expression in group {
                for reference in ReferenceCollector.references(in: expression)
                where bound[reference.root] == nil && Self.isValidatedStatically(reference.root) {
                    for diagnostic in scope.resolve(reference).diagnostics where !invalid.contains(diagnostic) {
                        invalid.append(diagnostic)
                    }
                }
            }
            guard invalid.hasErrors else {
                for expression in group { check(expression, bound: bound) }
                continue
            }
            append(invalid)
            let evaluated: [HCL.Expression] = switch kind {
            case .check: rule.errorMessage.map { [$0] } ?? []
            case .resource, .output: group
            }
            append(evaluated.flatMap(ExpressionVariables.traversals).map { traversal in
                .error("Unknown variable", "There is no variable named \(goQuoted(traversal.root)).", at: traversal.rootRange)
            })
        }
    }

    /// Whether references beginning with `root` are checked before any value is looked up:
    /// `self` and references to resources and modules.
    static func isValidatedStatically(_ root: String) -> Bool {
        !["var", "local", "path", "terraform", "count", "each"].contains(root)
    }

    /// One expression: its references, then its value.
    @discardableResult
    mutating func check(_ expression: HCL.Expression, bound: [String: Value] = [:]) -> Value? {
        let referenceDiagnostics = scope.checkReferences(in: expression, bound: Set(bound.keys))
        append(referenceDiagnostics)
        if referenceDiagnostics.hasErrors { return nil }
        let (value, found) = evaluate(expression, bound: bound)
        append(found)
        return found.hasErrors ? nil : value
    }

    private func evaluate(_ expression: HCL.Expression, bound: [String: Value]) -> (Value, [Diagnostic]) {
        Evaluator.evaluate(expression, in: EvaluationContext(variables: bound, functions: functions, resolver: scope))
    }

    /// A local value, which may not refer to itself.
    mutating func checkLocal(_ local: Local) {
        let selfReferences = ExpressionVariables.traversals(in: local.expression).filter { traversal in
            traversal.root == "local" && traversal.steps.first?.name == local.name
        }
        if !selfReferences.isEmpty {
            append(selfReferences.map { traversal in
                .error(
                    "Self-referencing local value",
                    "Local value local.\(local.name) cannot use its own result as part of its expression.",
                    at: traversal.rootRange.through(traversal.steps[0].range))
            })
            return
        }
        check(local.expression)
    }

    mutating func checkResource(_ resource: ResourceDeclaration) {
        let bound = checkRepetition(count: resource.count, forEach: resource.forEach)
        checkDependsOn(resource.dependsOn)
        checkBlock(resource.body, bound: bound)
        for rule in resource.preconditions { check(rule, as: .resource, bound: bound) }
        var selfBound = bound
        selfBound["self"] = .dynamicUnknown
        for rule in resource.postconditions { check(rule, as: .resource, bound: selfBound) }
        for provisioner in resource.provisioners {
            checkBlock(provisioner.body, bound: selfBound)
            if let connection = provisioner.connection { checkBlock(connection, bound: selfBound) }
        }
        if let connection = resource.connection { checkBlock(connection, bound: selfBound) }
    }

    /// A provider configuration's arguments, evaluated as one block (its schema is the
    /// provider's, so only references and values are checked).
    mutating func checkProvider(_ provider: ProviderConfig) {
        checkBlock(provider.body, bound: [:])
    }

    /// A module call's `count`, `for_each` and `depends_on`, and its input values when
    /// `inputs` is set: a loaded child module evaluates them as its variables instead.
    mutating func checkModuleCall(_ call: ModuleCall, inputs: Bool) {
        let bound = checkRepetition(count: call.count, forEach: call.forEach)
        checkDependsOn(call.dependsOn)
        guard inputs else { return }
        for attribute in call.body.attributes {
            check(attribute.expression, bound: bound)
        }
    }

    /// The names a module call's `count` or `for_each` makes available to its input values.
    static func repetitionBinding(of call: ModuleCall) -> [String: Value] {
        var bound: [String: Value] = [:]
        if call.count != nil { bound["count"] = countBinding }
        if call.forEach != nil { bound["each"] = eachBinding }
        return bound
    }

    mutating func checkImport(_ importBlock: ImportBlock) {
        var bound: [String: Value] = [:]
        if let forEach = importBlock.forEach {
            check(forEach)
            bound["each"] = Self.eachBinding
        }
        for expression in [importBlock.id, importBlock.identity].compactMap({ $0 }) {
            check(expression, bound: bound)
        }
    }

    /// `depends_on` entries must name whole objects that are declared. A resource's list is
    /// checked up to its first problem; an output's goes on looking for attribute references
    /// after an undeclared object, as Terraform's do.
    mutating func checkDependsOn(_ traversals: [Traversal], continuing: Bool = false) {
        var resolving = true
        for traversal in traversals {
            switch ReferenceParser.parse(StaticTraversal(traversal)) {
            case .failure(let diagnostic):
                append([diagnostic])
                if continuing { continue } else { return }
            case .success(let reference):
                if let first = reference.remaining.first, let last = reference.remaining.last {
                    append([.error(
                        "Invalid depends_on reference",
                        "References in depends_on must be to a whole object (resource, etc), not to an attribute of an object.",
                        at: first.range.through(last.range))])
                    if continuing { continue } else { return }
                }
            }
            guard resolving else { continue }
            let found = scope.resolve(traversal).diagnostics
            append(found)
            if found.hasErrors {
                if !continuing { return }
                resolving = false
            }
        }
    }

    /// `count` and `for_each`, and the names they make available to the rest of the block.
    private mutating func checkRepetition(count: HCL.Expression?, forEach: HCL.Expression?) -> [String: Value] {
        var bound: [String: Value] = [:]
        if let count {
            checkCount(count)
            bound["count"] = Self.countBinding
        }
        if let forEach {
            checkForEach(forEach)
            bound["each"] = Self.eachBinding
        }
        return bound
    }

    /// `count`: a whole number, zero or more; unknown is fine while validating.
    private mutating func checkCount(_ expression: HCL.Expression) {
        guard let value = check(expression) else { return }
        let invalid = { (detail: String) in
            Diagnostic.error("Invalid count argument", detail, at: expression.range)
        }
        let number: Value
        do {
            number = try value.converted(to: .number)
        } catch {
            append([.error("Incorrect value type", "Invalid expression value: \(ConversionMessage.text(error)).", at: expression.range)])
            return
        }
        if number.isNull {
            append([invalid("The given \"count\" argument value is null. An integer is required.")])
            return
        }
        guard number.isKnown, let count = number.numberValue else { return }
        guard count.isInteger, let whole = count.int64Value else {
            append([invalid("The given \"count\" argument value is unsuitable: value must be a whole number, between -9223372036854775808 and 9223372036854775807.")])
            return
        }
        if whole < 0 {
            append([invalid("The given \"count\" argument value is unsuitable: must be greater than or equal to zero.")])
        }
    }

    /// `for_each`: a map, an object or a set of strings, not sensitive.
    private mutating func checkForEach(_ expression: HCL.Expression) {
        guard let value = check(expression) else { return }
        let invalid = { (summary: String, detail: String) in
            Diagnostic.error(summary, detail, at: expression.range)
        }
        if value.containsMarks {
            append([invalid(
                "Invalid for_each argument",
                "Sensitive values, or values derived from sensitive values, cannot be used as for_each arguments. If used, the sensitive value could be exposed as a resource instance key.")])
            return
        }
        if value.isNull {
            append([invalid(
                "Invalid for_each argument",
                "The given \"for_each\" argument value is unsuitable: the given \"for_each\" argument value is null. A map, or set of strings is allowed.")])
            return
        }
        switch value.type {
        case .dynamic:
            return
        case .map, .object:
            return
        case .set(let element):
            guard value.isWhollyKnown else { return }
            if element != .string && (value.count ?? 0) > 0 {
                append([invalid(
                    "Invalid for_each set argument",
                    "The given \"for_each\" argument value is unsuitable: \"for_each\" supports maps and sets of strings, but you have provided a set containing type \(element.friendlyName).")])
                return
            }
            if value.elements?.contains(where: \.isNull) == true {
                append([invalid(
                    "Invalid for_each set argument",
                    "The given \"for_each\" argument value is unsuitable: \"for_each\" sets must not contain null values.")])
            }
        default:
            append([invalid(
                "Invalid for_each argument",
                "The given \"for_each\" argument value is unsuitable: the \"for_each\" argument must be a map, or set of strings, and you have provided a value of type \(value.type.friendlyName).")])
        }
    }

    /// A block's body evaluated as one unit: a bad reference anywhere in it stops its
    /// evaluation. `dynamic` blocks bind their iterator inside their content.
    private mutating func checkBlock(_ body: Body, bound: [String: Value]) {
        var referenceDiagnostics: [Diagnostic] = []
        visit(body, bound: bound) { expression, bound in
            for diagnostic in scope.checkReferences(in: expression, bound: Set(bound.keys)) where !referenceDiagnostics.contains(diagnostic) {
                referenceDiagnostics.append(diagnostic)
            }
        }
        append(referenceDiagnostics)
        if referenceDiagnostics.hasErrors { return }
        var found: [Diagnostic] = []
        visit(body, bound: bound) { expression, bound in
            found += evaluate(expression, bound: bound).1
        }
        append(found)
    }

    /// Calls `body` for every expression of a block body, with the names bound where it sits.
    private func visit(_ body: Body, bound: [String: Value], _ action: (HCL.Expression, [String: Value]) -> Void) {
        for attribute in body.attributes {
            action(attribute.expression, bound)
        }
        for block in body.blocks {
            guard block.type == "dynamic" else {
                visit(block.body, bound: bound, action)
                continue
            }
            let iterator = block.body.attributes.first { $0.name == "iterator" }
                .flatMap { Evaluator.staticTraversal($0.expression)?.root } ?? block.labels.first?.value ?? "dynamic"
            if let forEach = block.body.attributes.first(where: { $0.name == "for_each" }) {
                action(forEach.expression, bound)
            }
            var inner = bound
            inner[iterator] = .object(["key": .dynamicUnknown, "value": .dynamicUnknown])
            for attribute in block.body.attributes where attribute.name == "labels" {
                action(attribute.expression, inner)
            }
            for content in block.body.blocks where content.type == "content" {
                visit(content.body, bound: inner, action)
            }
        }
    }

    /// Records problems of the object being checked; one it already reported is not repeated.
    mutating func append(_ found: [Diagnostic]) {
        if found.hasErrors { failed = true }
        for diagnostic in found where !diagnostics[objectStart...].contains(diagnostic) {
            diagnostics.append(diagnostic)
        }
    }

    /// Starts checking another object: nothing has failed yet, and its problems are its own
    /// (the same mistake in a module called twice is reported for each call, as Terraform does).
    mutating func beginObject() {
        failed = false
        objectStart = diagnostics.count
    }
}
