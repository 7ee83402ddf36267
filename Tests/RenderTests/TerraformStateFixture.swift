import Addresses
import Render
import State
import Values

/// A state read back from Terraform's `show -json` output into iac's state model, with each
/// object's value as the CLI would pass it to the renderers.
struct TerraformStateFixture {
    var snapshot: StateSnapshot
    var values: [ResourceInstanceAddress: Value]

    init(_ name: String) throws {
        let json = try Value.decodingJSON(TerraformPlanFixture.text(name))
        let root = json.attributes?["values"]?.attributes
        var objects: [ResourceInstanceObject] = []
        var values: [ResourceInstanceAddress: Value] = [:]
        for resource in root?["root_module"]?.attributes?["resources"]?.elements ?? [] {
            let fields = resource.attributes ?? [:]
            let address = try AddressParser.instance(fields["address"]?.stringValue ?? "").get()
            let value = fields["values"] ?? .emptyObject
            let dependencies = try (fields["depends_on"]?.elements ?? []).map { dependency in
                try AddressParser.instance(dependency.stringValue ?? "").get().containingResource
            }
            objects.append(ResourceInstanceObject(
                address: address, provider: "provider[\"\(fields["provider_name"]?.stringValue ?? "")\"]",
                attributesJSON: try value.jsonEncoded(), sensitivePaths: Self.paths(fields["sensitive_values"], at: []),
                dependencies: dependencies))
            values[address] = value
        }
        var outputs: [String: OutputState] = [:]
        for (name, output) in root?["outputs"]?.attributes ?? [:] {
            let fields = output.attributes ?? [:]
            outputs[name] = try OutputState(
                name: name, valueJSON: fields["value"]?.jsonEncoded() ?? "null", typeJSON: fields["type"]?.jsonEncoded() ?? "\"dynamic\"",
                sensitive: fields["sensitive"]?.boolValue == true)
        }
        snapshot = StateSnapshot(lineage: "fixture", serial: 1, objects: objects, outputs: outputs)
        self.values = values
    }

    /// The paths a `sensitive_values` tree marks `true`.
    private static func paths(_ tree: Value?, at path: ValuePath) -> [ValuePath] {
        guard let tree else { return [] }
        if tree.boolValue == true { return [path] }
        if let attributes = tree.sortedAttributes {
            return attributes.flatMap { paths($0.value, at: path + [.attribute($0.key)]) }
        }
        return (tree.elements ?? []).enumerated().flatMap { paths($0.element, at: path + [.index(.number($0.offset))]) }
    }
}
