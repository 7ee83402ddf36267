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
    /// An expression from a file, a value from a JSON file, or text from the command line or
    /// environment.
    public var expression: HCL.Expression?
    public var value: Value?
    public var text: String?
    public var range: SourceRange?
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

    public static func collect(
        module: Module, directory: String, commandLine: [CommandLineItem], environment: [String: String],
        unsetAsUnknown: Bool = false
    ) -> ([String: Value], [Diagnostic]) {
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
            readFile((directory as NSString).appendingPathComponent(file), display: file, module: module, strictNames: false, into: &raw, &diagnostics)
        }
        for item in commandLine {
            switch item {
            case .file(let path):
                let full = path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
                readFile(full, display: path, module: module, strictNames: false, into: &raw, &diagnostics)
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
        _ path: String, display: String, module: Module, strictNames: Bool,
        into raw: inout [String: RawVariableValue], _ diagnostics: inout [Diagnostic]
    ) {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(.error("Failed to read variables file", "Given variables file \(display) does not exist."))
            return
        }
        if display.hasSuffix(".json") {
            readJSON(data, display: display, module: module, into: &raw, &diagnostics)
            return
        }
        let parsed = Parser.parse(SourceFile(filename: display, bytes: Array(data)))
        diagnostics += parsed.diagnostics
        for attribute in parsed.body.attributes {
            guard module.variables[attribute.name] != nil else {
                diagnostics.append(.warning("Value for undeclared variable", "The root module does not declare a variable named \(goQuoted(attribute.name)) but a value was found in file \(goQuoted(display)). If you meant to use this value, add a \"variable\" block to the configuration.\n\nTo silence these warnings, use TF_VAR_... environment variables to provide certain \"global\" settings to all configurations in your organization. To reduce the verbosity of these warnings, use the -compact-warnings option.", at: attribute.nameRange))
                continue
            }
            raw[attribute.name] = RawVariableValue(name: attribute.name, source: .file(display), expression: attribute.expression, range: attribute.expression.range)
        }
    }

    /// A `.tfvars.json` file: one JSON object whose properties are variable values.
    private static func readJSON(
        _ data: Data, display: String, module: Module, into raw: inout [String: RawVariableValue], _ diagnostics: inout [Diagnostic]
    ) {
        let decoded: Value
        do {
            decoded = try Value.decodingJSON(String(decoding: data, as: UTF8.self))
        } catch {
            diagnostics.append(.error("Invalid variables file", "The file \(display) is not valid JSON: \(error)."))
            return
        }
        guard decoded.type.isObject, let attributes = decoded.sortedAttributes else {
            diagnostics.append(.error("Invalid variables file", "The root of \(display) must be a JSON object whose properties are variable values."))
            return
        }
        for (name, value) in attributes {
            guard module.variables[name] != nil else {
                diagnostics.append(.warning("Value for undeclared variable", "The root module does not declare a variable named \(goQuoted(name)) but a value was found in file \(goQuoted(display)). If you meant to use this value, add a \"variable\" block to the configuration."))
                continue
            }
            raw[name] = RawVariableValue(name: name, source: .file(display), value: value)
        }
    }

    private static func finalize(
        module: Module, raw: [String: RawVariableValue], diagnostics: [Diagnostic], unsetAsUnknown: Bool
    ) -> ([String: Value], [Diagnostic]) {
        var diagnostics = diagnostics
        var values: [String: Value] = [:]
        for name in module.variables.keys.sorted() {
            guard let variable = module.variables[name] else { continue }
            guard let given = raw[name] else {
                if let defaultValue = variable.defaultValue {
                    values[name] = defaultValue
                } else if unsetAsUnknown {
                    values[name] = .unknown(variable.constraint.type)
                } else {
                    diagnostics.append(.error("No value for required variable", "The root module input variable \(goQuoted(name)) is not set, and has no default value. Use a -var or -var-file command line argument to provide a value for this variable.", at: variable.range))
                }
                continue
            }
            var value: Value
            if let fileValue = given.value {
                value = fileValue
            } else if let expression = given.expression {
                let (evaluated, evaluationDiagnostics) = Evaluator.evaluate(expression, in: EvaluationContext())
                if evaluationDiagnostics.hasErrors {
                    diagnostics.append(.error("Variables not allowed", "Variables may not be used here.", at: expression.range))
                    continue
                }
                value = evaluated
            } else if let text = given.text {
                if variable.constraint.type.isPrimitive {
                    value = .string(text)
                } else {
                    let (expression, parseDiagnostics) = Parser.parseExpression(SourceFile(filename: "<value for var.\(name)>", bytes: Array(text.utf8)))
                    if parseDiagnostics.hasErrors {
                        diagnostics += parseDiagnostics
                        continue
                    }
                    let (evaluated, evaluationDiagnostics) = Evaluator.evaluate(expression, in: EvaluationContext())
                    diagnostics += evaluationDiagnostics
                    value = evaluated
                }
            } else {
                continue
            }
            if value.isNull && !variable.isNullable {
                diagnostics.append(.error("Required variable not set", "Unsuitable value for var.\(name) set from outside of the configuration: required variable may not be set to null.", at: given.range))
                continue
            }
            if value.isNull, let defaultValue = variable.defaultValue {
                values[name] = defaultValue
                continue
            }
            do {
                values[name] = try variable.constraint.applyingDefaults(to: value).converted(to: variable.constraint.type)
            } catch {
                diagnostics.append(.error("Invalid value for input variable", "Unsuitable value for var.\(name) set from outside of the configuration: \(error.message).", at: given.range))
            }
        }
        return (values, diagnostics)
    }
}
