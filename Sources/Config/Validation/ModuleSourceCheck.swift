import HCL
import Lang
import Values

/// What `init` checks of each module call before installing it: `version` and `source` may
/// use only literals, `const` variables and locals built from them, and must spell a valid
/// version constraint and source address.
enum ModuleSourceCheck {
    /// The problems of every call's `source` and `version`, and the source address of each
    /// call whose source is valid, by call name.
    static func check(
        _ module: Module, functions: FunctionTable, workingDirectory: String
    ) -> (sources: [String: ModuleSourceAddress], diagnostics: [Diagnostic]) {
        guard !module.moduleCalls.isEmpty else { return ([:], []) }
        var constants: [String: Value] = [:]
        for (name, variable) in module.variables {
            constants[name] = variable.isConst ? (variable.defaultValue ?? .unknown(variable.constraint.type)) : .unknown(variable.constraint.type)
        }
        let scope = ModuleScope(module: module, variableValues: constants, workingDirectory: workingDirectory)
        let (evaluated, _) = LocalEvaluation.evaluateAll(in: scope, functions: functions)
        let calls = module.moduleCalls.values.sorted { ($0.range.filename, $0.range.start.byte) < ($1.range.filename, $1.range.start.byte) }
        var diagnostics: [Diagnostic] = []
        var sources: [String: ModuleSourceAddress] = [:]
        for call in calls {
            var hasVersion = false
            if let version = call.versionExpression {
                let (found, versionDiagnostics) = checkVersion(version, scope: evaluated, functions: functions)
                diagnostics += versionDiagnostics
                hasVersion = found
            }
            if let source = call.sourceExpression {
                let (address, sourceDiagnostics) = checkSource(source, hasVersion: hasVersion, scope: evaluated, functions: functions)
                diagnostics += sourceDiagnostics
                sources[call.name] = address
            }
        }
        return (sources, diagnostics)
    }

    /// The value of a `source` or `version` expression, or the reason it has none.
    private static func initTimeValue(
        _ expression: HCL.Expression, what: String, scope: ModuleScope, functions: FunctionTable
    ) -> InitTimeValue {
        let (references, referenceDiagnostics) = ReferenceParser.references(in: expression)
        if referenceDiagnostics.hasErrors { return .failed(referenceDiagnostics) }
        for reference in references {
            switch reference.subject {
            case .inputVariable, .localValue: continue
            default:
                return .failed([.error(
                    "Invalid module \(what)", "The module \(what) can only reference input variables and local values.", at: reference.range)])
            }
        }
        let undeclared = scope.checkReferences(in: expression)
        if undeclared.hasErrors { return .failed(undeclared) }
        let (value, diagnostics) = Evaluator.evaluate(expression, in: EvaluationContext(functions: functions, resolver: scope))
        if diagnostics.hasErrors { return .failed(diagnostics) }
        if !value.isWhollyKnown {
            return .failed([.error(
                "Unknown module \(what)", "Only literal values and const variables can be evaluated during init.", at: expression.range)])
        }
        return .value(value)
    }

    private enum InitTimeValue {
        case value(Value)
        case failed([Diagnostic])
    }

    /// Problems with a `version` argument, and whether it sets a constraint (null does not).
    private static func checkVersion(_ expression: HCL.Expression, scope: ModuleScope, functions: FunctionTable) -> (Bool, [Diagnostic]) {
        let value: Value
        switch initTimeValue(expression, what: "version", scope: scope, functions: functions) {
        case .failed(let diagnostics): return (true, diagnostics)
        case .value(let found): value = found
        }
        if value.isNull { return (false, []) }
        if value.containsMarks {
            return (true, [.error(
                "Invalid version constraint",
                "Sensitive values, or values derived from sensitive values, cannot be used as a module version constraint.",
                at: expression.range)])
        }
        guard let text = (try? value.converted(to: .string))?.stringValue else {
            return (true, [.error("Invalid version constraint", "A string value is required for version.", at: expression.range)])
        }
        guard VersionConstraints(parsing: text) != nil else {
            return (true, [.error("Invalid version constraint", "This string does not use correct version constraint syntax.", at: expression.range)])
        }
        return (true, [])
    }

    /// The address a `source` argument gives, or the problems that keep it from giving one.
    private static func checkSource(
        _ expression: HCL.Expression, hasVersion: Bool, scope: ModuleScope, functions: FunctionTable
    ) -> (ModuleSourceAddress?, [Diagnostic]) {
        let value: Value
        switch initTimeValue(expression, what: "source", scope: scope, functions: functions) {
        case .failed(let diagnostics): return (nil, diagnostics)
        case .value(let found): value = found
        }
        if value.containsMarks {
            return (nil, [.error(
                "Sensitive value not allowed",
                "Sensitive values, or values derived from sensitive values, cannot be used as a module source.", at: expression.range)])
        }
        guard !value.isNull, let text = (try? value.converted(to: .string))?.stringValue else {
            return (nil, [.error("Invalid module source address", "The module source address must be a string.", at: expression.range)])
        }
        switch parse(text, hasVersion: hasVersion, at: expression.range) {
        case .success(let address): return (address, [])
        case .failure(let problem): return (nil, [problem])
        }
    }

    /// The address a source string spells (a registry address when a version is also given),
    /// or Terraform's error for it at `range`.
    static func parse(_ text: String, hasVersion: Bool, at range: SourceRange) -> Result<ModuleSourceAddress, Diagnostic> {
        let parsed = hasVersion ? ModuleSourceAddress.parseRegistry(text) : ModuleSourceAddress.parse(text)
        switch parsed {
        case .success(let address):
            return .success(address)
        case .failure(.maybeRelativePath(let address)):
            return .failure(.error(
                "Invalid module source address",
                "Terraform failed to determine your intended installation method for remote module package \(goQuoted(address)).\n\nIf you intended this as a path relative to the current module, use \"./\(address)\" instead. The \"./\" prefix indicates that the address is a relative filesystem path.",
                at: range))
        case .failure(.invalid(let reason)):
            if hasVersion {
                return .failure(.error(
                    "Invalid registry module source address",
                    "Failed to parse module registry address: \(reason).\n\nTerraform assumed that you intended a module registry source address because you also set the argument \"version\", which applies only to registry modules.",
                    at: range))
            }
            return .failure(.error("Invalid module source address", "Failed to parse module source address: \(reason).", at: range))
        }
    }
}
