import Config
import HCL
import State
import Values

extension PlanWalk {
    /// Evaluates a root module output and compares it with the value state holds.
    func planOutput(_ output: Output) -> Bool {
        guard let expression = output.expression else { return true }
        guard run.moduleAddress.isRoot else {
            guard run.checkConditions(output.preconditions, kind: .outputPrecondition) else { return false }
            let (value, found) = run.evaluate(expression)
            run.report(found)
            run.objects.set("output.\(output.name)", value)
            return !found.hasErrors
        }
        if options.mode == .destroy {
            if state.outputs[output.name] != nil {
                recorder.record(OutputChange(name: output.name, action: .delete, before: StoredOutputs.value(of: state.outputs[output.name]), after: nil, sensitive: output.isSensitive))
            }
            return true
        }
        guard run.checkConditions(output.preconditions, kind: .outputPrecondition) else { return false }
        let (value, found) = run.evaluate(expression)
        run.report(found)
        if found.hasErrors { return false }
        if value.containsMarks && value.deepMarks.contains(.sensitive) && !output.isSensitive {
            run.report([Self.sensitiveOutputError(range: expression.range)])
            return false
        }
        let after = output.isSensitive ? value.marked(.sensitive) : value
        let before = StoredOutputs.value(of: state.outputs[output.name])
        let action: ChangeAction
        if let before {
            action = after.isWhollyKnown && before.unmarkedDeep().0 == after.unmarkedDeep().0 ? .noOp : .update
        } else {
            action = .create
        }
        recorder.record(OutputChange(name: output.name, action: action, before: before, after: after, sensitive: output.isSensitive))
        run.objects.set("output.\(output.name)", after)
        return true
    }

    /// Outputs in state that the configuration no longer declares are removed.
    func planOutputsWithoutConfig() {
        for (name, stored) in state.outputs where run.context.module.outputs[name] == nil {
            recorder.record(OutputChange(name: name, action: .delete, before: StoredOutputs.value(of: stored), after: nil, sensitive: stored.sensitive))
        }
    }

    /// Managed objects whose resource block is gone, or whose module instance is gone, are
    /// destroyed. When targeting, only those in module instances the plan walked.
    func planObjectsWithoutConfig() async {
        for resource in stored.resources.sorted() where !recorder.isConfigured(resource) {
            guard resource.resource.mode == .managed else { continue }
            let moduleWalked = recorder.wasWalked(resource.module)
            guard moduleWalked || options.targets.isEmpty else { continue }
            for object in stored.objects(of: resource) where isTargeted(object.address) {
                guard let (entry, schema) = run.schema(forStored: object) else {
                    run.report([.error("Provider configuration not present", "To work with \(object.address) its original provider configuration at \(object.provider) is required, but it has been removed.")])
                    continue
                }
                let reason: ChangeReason = moduleWalked ? .deleteBecauseNoResourceConfig : .deleteBecauseNoModule
                _ = await planDelete(object, reason: reason, entry: entry, schema: schema, resource: nil)
            }
        }
    }

    static func sensitiveOutputError(range: SourceRange) -> Diagnostic {
        .error(
            "Output refers to sensitive values",
            "To reduce the risk of accidentally exporting sensitive data that was intended to be only internal, Terraform requires that any root module output containing sensitive data be explicitly marked as sensitive, to confirm your intent.\n\nIf you do intend to export this data, annotate the output value as sensitive by adding the following argument:\n    sensitive = true",
            at: range)
    }
}

/// Output values as state records them, and back.
public enum StoredOutputs {
    /// The value of a stored output, marked sensitive when it is; nil when there is none or it
    /// cannot be read.
    public static func value(of output: OutputState?) -> Value? {
        guard let output, let type = try? ValueType.decodingJSON(output.typeJSON),
              let value = try? Value.decodingJSON(output.valueJSON, as: type)
        else { return nil }
        return output.sensitive ? value.marked(.sensitive) : value
    }

    /// The state record of an output value, which must be wholly known.
    public static func output(name: String, value: Value, sensitive: Bool) -> OutputState? {
        let (plain, marks) = value.unmarkedDeep()
        guard let json = try? plain.jsonEncoded() else { return nil }
        return OutputState(name: name, valueJSON: json, typeJSON: plain.type.jsonEncoded, sensitive: sensitive || marks.contains(.sensitive))
    }
}
