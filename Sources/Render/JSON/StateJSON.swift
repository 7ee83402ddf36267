import Addresses
import State
import Values

/// Terraform's JSON state representation (`show -json`, format 1.0): outputs and every
/// resource instance object with its values and sensitive paths.
public enum StateJSON {
    /// Objects use the typed value from `values` when there is one, and otherwise the
    /// attributes as stored.
    public static func render(_ snapshot: StateSnapshot, values: [ResourceInstanceAddress: Value]) -> String {
        guard !snapshot.objects.isEmpty || !snapshot.outputs.isEmpty else {
            return JSONTree.object([("format_version", .string("1.0"))]).compact
        }
        let outputs = snapshot.outputs.keys.sorted().compactMap { name -> (key: String, value: JSONTree)? in
            guard let output = snapshot.outputs[name], let value = try? OutputRenderer.decode(output) else { return nil }
            return (name, .object([("sensitive", .bool(output.sensitive)), ("value", JSONTree(value)), ("type", JSONTree(value.type))]))
        }
        let objects = snapshot.objects.sorted { ($0.address, $0.deposedKey ?? "") < ($1.address, $1.deposedKey ?? "") }
        let resources = objects.compactMap { object -> (module: ModuleInstanceAddress, resource: JSONTree)? in
            let stored = object.deposedKey == nil ? values[object.address] : nil
            guard let value = stored ?? (try? Value.decodingJSON(object.attributesJSON)) else { return nil }
            return (object.address.module, resource(object, value: value.marking(paths: object.sensitivePaths, with: .sensitive)))
        }
        return JSONTree.object([
            ("format_version", .string("1.0")),
            ("terraform_version", .string(TerraformVersion.text)),
            ("values", .object([("outputs", .object(outputs)), ("root_module", .object(ResourceJSON.modules(resources)))])),
        ]).compact
    }

    private static func resource(_ object: ResourceInstanceObject, value: Value) -> JSONTree {
        var members = ResourceJSON.identity(object.address) + [
            ("provider_name", .string(ResourceJSON.providerName(object.provider))),
            ("schema_version", .number(String(object.schemaVersion))),
            ("values", JSONTree(value)),
            ("sensitive_values", ValueJSONViews.sensitive(value)),
        ]
        if !object.dependencies.isEmpty {
            members.append(("depends_on", .array(object.dependencies.map { .string($0.text) })))
        }
        if object.status == .tainted { members.append(("tainted", .bool(true))) }
        if let deposed = object.deposedKey { members.append(("deposed_key", .string(deposed))) }
        return .object(members)
    }
}
