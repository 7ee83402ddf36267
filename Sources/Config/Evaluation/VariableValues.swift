import Foundation
import HCL
import Lang
import Values

/// Where a variable's value came from, in Terraform's order of precedence (later wins).
public enum VariableSource: Sendable {
    case environment
    case file(String)
    case commandLine
}

/// A value given for a root module variable before it is checked against the declaration.
public struct RawVariableValue: Sendable {
    public var name: String
    public var source: VariableSource
    /// An expression from a variables file, or text from the command line or environment.
    public var expression: HCL.Expression?
    public var text: String?
    public var range: SourceRange?
}

/// A variable's value and where it was given: the expression in a variables file or a
/// module block; nil when it came from the command line, the environment or the default.
public struct InputValue: Sendable {
    public var value: Value
    public var range: SourceRange?

    public init(value: Value, range: SourceRange? = nil) {
        self.value = value
        self.range = range
    }
}

/// The values given for the root module's variables.
public struct CollectedVariables: Sendable {
    /// Each variable's value and where it was given.
    public var values: [String: InputValue]
    /// Problems reading the values (a malformed `-var`, an unreadable file, an undeclared
    /// name, a missing required value), which stop a run before anything is evaluated.
    public var diagnostics: [Diagnostic]
    /// Values that do not suit their variable (the wrong type, null for a non-nullable
    /// variable), which Terraform reports as it evaluates the configuration.
    public var unsuitable: [Diagnostic]
}

/// Collects values for root module variables from `TF_VAR_` environment variables,
/// `terraform.tfvars`, `*.auto.tfvars`, `-var-file` and `-var`, and checks them against the
/// declarations.
public enum VariableValues {
    /// One command-line item, in the order given: `-var 'name=value'` or `-var-file=path`.
    public enum CommandLineItem: Sendable {
        case assignment(String)
        case file(String)
    }

    /// Every variable's value, converted to its type (defaults for those not given; unknown
    /// for required ones not given when `unsetAsUnknown`), and every problem found.
    public static func collect(
        module: Module, directory: String, commandLine: [CommandLineItem], environment: [String: String],
        unsetAsUnknown: Bool = false
    ) -> ([String: Value], [Diagnostic]) {
        let collected = collectInputs(
            module: module, directory: directory, commandLine: commandLine, environment: environment, unsetAsUnknown: unsetAsUnknown)
        return (collected.values.mapValues(\.value), collected.diagnostics + collected.unsuitable)
    }

    /// What `collect` finds, with where each value was given and its problems sorted by
    /// when Terraform reports them.
    public static func collectInputs(
        module: Module, directory: String, commandLine: [CommandLineItem], environment: [String: String],
        unsetAsUnknown: Bool = false
    ) -> CollectedVariables {
        var raw: [String: RawVariableValue] = [:]
        var diagnostics: [Diagnostic] = []
        for (key, text) in environment where key.hasPrefix("TF_VAR_") {
            let name = String(key.dropFirst("TF_VAR_".count))
            guard module.variables[name] != nil else { continue }
            raw[name] = RawVariableValue(name: name, source: .environment, text: text)
        }
        var automatic = ["terraform.tfvars", "terraform.tfvars.json"]
        let listing = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        automatic += listing.filter { $0.hasSuffix(".auto.tfvars") || $0.hasSuffix(".auto.tfvars.json") }.sorted()
        for file in automatic where listing.contains(file) {
            readFile((directory as NSString).appendingPathComponent(file), display: file, module: module, into: &raw, &diagnostics)
        }
        for item in commandLine {
            switch item {
            case .file(let path):
                let full = path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
                readFile(full, display: path, module: module, into: &raw, &diagnostics)
            case .assignment(let assignment):
                guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
                    diagnostics.append(.error("Invalid -var option", "The given -var option \(goQuoted(assignment)) is not correctly specified. It must be a variable name and value separated by an equals sign, like -var=\"key=value\"."))
                    continue
                }
                let name = String(assignment[..<equals])
                guard module.variables[name] != nil else {
                    diagnostics.append(.error("Value for undeclared variable", "A variable named \(goQuoted(name)) was assigned on the command line, but the root module does not declare a variable of that name. To use this value, add a \"variable\" block to the configuration."))
                    continue
                }
                raw[name] = RawVariableValue(name: name, source: .commandLine, text: String(assignment[assignment.index(after: equals)...]))
            }
        }
        return finalize(module: module, raw: raw, diagnostics: diagnostics, unsetAsUnknown: unsetAsUnknown)
    }

    private static func readFile(
        _ path: String, display: String, module: Module,
        into raw: inout [String: RawVariableValue], _ diagnostics: inout [Diagnostic]
    ) {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(.error("Failed to read variables file", "Given variables file \(display) does not exist."))
            return
        }
        let source = SourceFile(filename: display, bytes: Array(data))
        let parsed = display.hasSuffix(".json") ? JSONSyntax.parse(source, schema: jsonFile) : Parser.parse(source)
        diagnostics += parsed.diagnostics
        for attribute in parsed.body.attributes {
            guard module.variables[attribute.name] != nil else {
                diagnostics.append(.warning("Value for undeclared variable", "The root module does not declare a variable named \(goQuoted(attribute.name)) but a value was found in file \(goQuoted(display)). If you meant to use this value, add a \"variable\" block to the configuration.\n\nTo silence these warnings, use TF_VAR_... environment variables to provide certain \"global\" settings to all configurations in your organization. To reduce the verbosity of these warnings, use the -compact-warnings option.", at: attribute.nameRange))
                continue
            }
            raw[attribute.name] = RawVariableValue(name: attribute.name, source: .file(display), expression: attribute.expression, range: attribute.expression.range)
        }
    }

    /// A `.tfvars.json` file: one JSON object whose properties are variable values, its
    /// strings taken literally as Terraform evaluates them without a scope.
    private static let jsonFile = JSONBodySchema(otherProperties: .dynamicAttributes, defaultStringReading: .literal)

    private static func finalize(
        module: Module, raw: [String: RawVariableValue], diagnostics: [Diagnostic], unsetAsUnknown: Bool
    ) -> CollectedVariables {
        var collected = CollectedVariables(values: [:], diagnostics: diagnostics, unsuitable: [])
        for name in module.variables.keys.sorted() {
            guard let variable = module.variables[name] else { continue }
            guard let given = raw[name] else {
                if let defaultValue = variable.defaultValue {
                    collected.values[name] = InputValue(value: defaultValue)
                } else if unsetAsUnknown {
                    collected.values[name] = InputValue(value: .unknown(variable.constraint.type))
                } else {
                    collected.diagnostics.append(.error("No value for required variable", "The root module input variable \(goQuoted(name)) is not set, and has no default value. Use a -var or -var-file command line argument to provide a value for this variable.", at: variable.range))
                }
                continue
            }
            guard let value = rawValue(given, of: variable, &collected.diagnostics) else { continue }
            switch InputPreparation.prepare(value, of: variable, address: "var.\(name)", source: InputPreparation.Source(given)) {
            case .success(let prepared): collected.values[name] = InputValue(value: prepared, range: given.range)
            case .failure(let problem): collected.unsuitable.append(problem)
            }
        }
        return collected
    }

    /// The value a file's expression or the command line's text spells, before it is checked
    /// against the variable; nil when it cannot be read (the problem is recorded).
    private static func rawValue(_ given: RawVariableValue, of variable: Variable, _ diagnostics: inout [Diagnostic]) -> Value? {
        if let expression = given.expression {
            let (evaluated, evaluationDiagnostics) = Evaluator.evaluate(expression, in: EvaluationContext())
            if evaluationDiagnostics.hasErrors {
                diagnostics.append(.error("Variables not allowed", "Variables may not be used here.", at: expression.range))
                return nil
            }
            return evaluated
        }
        guard let text = given.text else { return nil }
        if variable.takesLiteralText { return .string(text) }
        let (expression, parseDiagnostics) = Parser.parseExpression(SourceFile(filename: "<value for var.\(variable.name)>", bytes: Array(text.utf8)))
        if parseDiagnostics.hasErrors {
            diagnostics += parseDiagnostics
            return nil
        }
        let (evaluated, evaluationDiagnostics) = Evaluator.evaluate(expression, in: EvaluationContext())
        diagnostics += evaluationDiagnostics
        return evaluated
    }
}
