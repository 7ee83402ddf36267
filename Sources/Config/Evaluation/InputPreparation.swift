import HCL
import Values

/// Checks a value given for an input variable against the declaration and gives the value
/// the module sees, as Terraform's `prepareFinalInputVariableValue` does: the type's optional
/// attribute defaults applied, converted to the type, and null replaced by the default for a
/// variable that is not nullable.
public enum InputPreparation {
    /// Where the value was given, which decides where a problem is reported and how.
    public enum Source: Sendable {
        /// An expression in a file (a variables file, a module block): problems point at it.
        case expression(SourceRange)
        /// Outside the configuration: problems point at the declaration and say how the
        /// value was set (`set using -var="name=..."`).
        case outside(String)

        init(_ raw: RawVariableValue) {
            switch raw.source {
            case .commandLine: self = .outside("set using -var=\"\(raw.name)=...\"")
            case .environment: self = .outside("set using the TF_VAR_\(raw.name) environment variable")
            case .file: self = raw.range.map(Source.expression) ?? .outside("set from outside of the configuration")
            }
        }
    }

    /// The value `variable` takes when given `value`, or the problem with it. `address`
    /// names the variable in messages (`var.x`, `module.net.var.x`).
    public static func prepare(_ value: Value, of variable: Variable, address: String, source: Source) -> Result<Value, Diagnostic> {
        let declaration = variable.range
        var converted: Value
        do {
            let withDefaults = value.isNull ? value : variable.constraint.applyingDefaults(to: value)
            converted = try withDefaults.converted(to: variable.constraint.type)
        } catch {
            switch source {
            case .outside(let label):
                return .failure(.error(
                    "Invalid value for input variable", "Unsuitable value for \(address) \(label): \(error.message).", at: declaration))
            case .expression(let range) where variable.isSensitive:
                return .failure(.error(
                    "Invalid value for input variable",
                    "The given value is not suitable for \(address), which is sensitive: \(error.message). Invalid value defined at \(range.displayString).",
                    at: declaration))
            case .expression(let range):
                return .failure(.error(
                    "Invalid value for input variable",
                    "The given value is not suitable for \(address) declared at \(declaration.displayString): \(error.message).",
                    at: range))
            }
        }
        if converted.isNull && !variable.isNullable {
            guard let defaultValue = variable.defaultValue else {
                switch source {
                case .outside(let label):
                    return .failure(.error(
                        "Required variable not set",
                        "Unsuitable value for \(address) \(label): required variable may not be set to null.", at: declaration))
                case .expression(let range):
                    return .failure(.error(
                        "Required variable not set",
                        "The given value is not suitable for \(address) defined at \(declaration.displayString): required variable may not be set to null.",
                        at: range))
                }
            }
            converted = defaultValue
        }
        return .success(converted)
    }
}
