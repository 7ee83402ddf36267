import Values

/// What `module.NAME` is during validate, typed as Terraform types it from the child's
/// declared outputs: an object with an unknown attribute per output, and for a call with
/// `count` or `for_each` an unknown list or map of such objects, since the instances are
/// not known yet. Output values are not marked sensitive here: Terraform's validate does not.
enum ModuleCallValue {
    static func validating(_ call: ModuleCall, outputs: [String: Output]) -> Value {
        let instanceType = ValueType.object(outputs.mapValues { _ in ValueType.dynamic })
        if call.count != nil { return .unknown(.list(instanceType)) }
        if call.forEach != nil { return .unknown(.map(instanceType)) }
        return .object(outputs.mapValues { _ in Value.dynamicUnknown })
    }
}
