import HCL
import State
import Values

/// Root module outputs as `iac output` and the end of `iac apply` print them: `name = value`
/// in the console's format, a single value, its raw text, or JSON.
public struct OutputRenderer: Sendable {
    /// Whether to print Terraform's colors (off for `-no-color`).
    public var color: Bool

    /// A renderer, in color or not.
    public init(color: Bool) {
        self.color = color
    }

    /// The `Outputs:` block after an apply; empty when there are no outputs.
    public func afterApply(_ outputs: [String: OutputState]) -> String {
        guard !outputs.isEmpty else { return "" }
        return Colorizer(enabled: color)("[reset][bold][green]\nOutputs:\n\n") + all(outputs)
    }

    /// What `iac output [NAME]` prints with `-json` or `-raw` or neither, or the diagnostic it
    /// reports instead (a warning when there are no outputs).
    public func command(_ outputs: [String: OutputState], name: String?, json: Bool, raw: Bool) -> Result<String, Diagnostic> {
        if json {
            guard let name else { return decodeAll(outputs).map(OutputJSON.all) }
            return value(outputs, name).flatMap { value in
                Result { () throws(JSONCodingError) in try value.jsonEncoded() }.mapError { Diagnostic.error($0.message) }.map { $0 + "\n" }
            }
        }
        guard !outputs.isEmpty else { return .failure(Self.noOutputs) }
        guard let name else {
            if raw { return .failure(.error("Raw output format is only supported for single outputs")) }
            return .success(all(outputs))
        }
        return value(outputs, name).flatMap { value in
            raw ? rawText(value, name: name) : .success(ConsoleValueFormat.format(value) + "\n")
        }
    }

    private func all(_ outputs: [String: OutputState]) -> String {
        outputs.keys.sorted().compactMap { name -> String? in
            guard let output = outputs[name] else { return nil }
            if output.sensitive { return "\(name) = <sensitive>\n" }
            guard let value = try? Self.decode(output) else { return nil }
            return "\(name) = \(ConsoleValueFormat.format(value))\n"
        }.joined()
    }

    private func rawText(_ value: Value, name: String) -> Result<String, Diagnostic> {
        guard value.type.isPrimitive else {
            return .failure(.error(
                "Unsupported value for raw output",
                "The -raw option only supports strings, numbers, and boolean values, but output value \(goQuoted(name)) is \(value.type.friendlyName).\n\nUse the -json option for machine-readable representations of output values that have complex types."))
        }
        if value.isNull {
            return .failure(.error(
                "Unsupported value for raw output",
                "The value for output value \(goQuoted(name)) is null, so -raw mode cannot print it."))
        }
        if let text = value.stringValue { return .success(text) }
        if let number = value.numberValue { return .success(number.description) }
        return .success(value.boolValue == true ? "true" : "false")
    }

    private func value(_ outputs: [String: OutputState], _ name: String) -> Result<Value, Diagnostic> {
        guard let output = outputs[name] else {
            return .failure(.error(
                "Output \(goQuoted(name)) not found",
                "The output variable requested could not be found in the state file. If you recently added this to your configuration, be sure to run `iac apply`, since the state won't be updated with new output variables until that command is run."))
        }
        return Result { () throws(JSONCodingError) in try Self.decode(output) }.mapError { Diagnostic.error("Invalid output value in state", $0.message) }
    }

    private func decodeAll(_ outputs: [String: OutputState]) -> Result<[String: (OutputState, Value)], Diagnostic> {
        var decoded: [String: (OutputState, Value)] = [:]
        for (name, output) in outputs {
            switch value(outputs, name) {
            case .success(let value): decoded[name] = (output, value)
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        }
        return .success(decoded)
    }

    static func decode(_ output: OutputState) throws(JSONCodingError) -> Value {
        try Value.decodingJSON(output.valueJSON, as: ValueType.decodingJSON(output.typeJSON))
    }

    private static let noOutputs = Diagnostic.warning(
        "No outputs found",
        "The state file either has no outputs defined, or all the defined outputs are empty. Please define an output in your configuration with the `output` keyword and run `iac refresh` for it to become available. If you are using interpolation, please verify the interpolated value is not empty. You can use the `iac console` command to assist.")
}
