import Addresses
import Foundation

/// Writes the compact JSON of a Terraform v4 state; `GoJSONLayout` lays it out.
enum TerraformStateEncoding {
    static func document(_ snapshot: StateSnapshot, terraformVersion: String) -> String {
        var fields = [
            field("version", "4"),
            field("terraform_version", JSONText.quoted(terraformVersion)),
            field("serial", String(snapshot.serial)),
            field("lineage", JSONText.quoted(snapshot.lineage)),
        ]
        let outputs = snapshot.outputs.values.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        fields.append(field("outputs", object(outputs.map { field($0.name, output($0)) })))
        fields.append(field("resources", "[" + resources(snapshot.objects).joined(separator: ",") + "]"))
        fields.append(field("check_results", "null"))
        return object(fields)
    }

    private static func output(_ output: OutputState) -> String {
        var fields = [field("value", output.valueJSON), field("type", output.typeJSON)]
        if output.sensitive { fields.append(field("sensitive", "true")) }
        return object(fields)
    }

    /// One JSON object per resource, in Terraform's order.
    private static func resources(_ objects: [ResourceInstanceObject]) -> [String] {
        let groups = Dictionary(grouping: objects, by: \.address.containingResource)
        let ordered = groups.keys.map { (address: $0, key: ResourceSortKey($0)) }.sorted { $0.key < $1.key }
        return ordered.compactMap { entry in
            guard let instances = groups[entry.address], let first = instances.first else { return nil }
            var fields: [String] = []
            if !entry.address.module.isRoot { fields.append(field("module", JSONText.quoted(entry.address.module.text))) }
            fields.append(field("mode", JSONText.quoted(entry.address.resource.mode.rawValue)))
            fields.append(field("type", JSONText.quoted(entry.address.resource.type)))
            fields.append(field("name", JSONText.quoted(entry.address.resource.name)))
            fields.append(field("provider", JSONText.quoted(first.provider)))
            let sorted = instances.sorted { InstanceSortKey($0) < InstanceSortKey($1) }
            fields.append(field("instances", "[" + sorted.map(instance).joined(separator: ",") + "]"))
            return object(fields)
        }
    }

    private static func instance(_ object: ResourceInstanceObject) -> String {
        var fields: [String] = []
        switch object.address.key {
        case .index(let index)?: fields.append(field("index_key", String(index)))
        case .key(let key)?: fields.append(field("index_key", JSONText.quoted(key)))
        case nil: break
        }
        if object.status == .tainted { fields.append(field("status", JSONText.quoted("tainted"))) }
        if let deposed = object.deposedKey, !deposed.isEmpty { fields.append(field("deposed", JSONText.quoted(deposed))) }
        fields.append(field("schema_version", String(object.schemaVersion)))
        if !object.attributesJSON.isEmpty { fields.append(field("attributes", object.attributesJSON)) }
        // As Terraform does, a path whose key cannot be written is left out rather than failing.
        let paths = object.sensitivePaths.compactMap { try? SensitivePathsJSON.encode($0) }
        fields.append(field("sensitive_attributes", "[" + paths.joined(separator: ",") + "]"))
        fields.append(field("identity_schema_version", String(object.identitySchemaVersion)))
        if let identity = object.identityJSON, !identity.isEmpty { fields.append(field("identity", identity)) }
        if let privateData = object.privateData, !privateData.isEmpty {
            fields.append(field("private", JSONText.quoted(privateData.base64EncodedString())))
        }
        if !object.dependencies.isEmpty {
            fields.append(field("dependencies", JSONText.stringArray(object.dependencies.map(configurationText))))
        }
        if object.createBeforeDestroy { fields.append(field("create_before_destroy", "true")) }
        return Self.object(fields)
    }

    /// A dependency as Terraform records it: the resource in configuration, without module keys.
    private static func configurationText(_ address: AbsoluteResourceAddress) -> String {
        (address.module.moduleNames.map { "module.\($0)." }.joined()) + address.resource.text
    }

    private static func field(_ name: String, _ json: String) -> String {
        JSONText.quoted(name) + ":" + json
    }

    private static func object(_ fields: [String]) -> String {
        "{" + fields.joined(separator: ",") + "}"
    }
}

/// Terraform's order of resources in a state file: by module text, mode, type and name, each
/// compared byte by byte.
private struct ResourceSortKey: Comparable {
    var parts: [String]

    init(_ address: AbsoluteResourceAddress) {
        parts = [address.module.text, address.resource.mode.rawValue, address.resource.type, address.resource.name]
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        for (left, right) in zip(lhs.parts, rhs.parts) where left != right {
            return left.utf8.lexicographicallyPrecedes(right.utf8)
        }
        return false
    }
}

/// Terraform's order of instances within a resource: no key, then integer keys, then string
/// keys, then by deposed key (the current object first).
private struct InstanceSortKey: Comparable {
    var key: InstanceKey?
    var deposed: String

    init(_ object: ResourceInstanceObject) {
        key = object.address.key
        deposed = object.deposedKey ?? ""
    }

    static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.key != rhs.key {
            switch (lhs.key, rhs.key) {
            case (nil, _): return true
            case (_, nil): return false
            case (.key(let left)?, .key(let right)?): return left.utf8.lexicographicallyPrecedes(right.utf8)
            case (let left?, let right?): return left < right
            }
        }
        return lhs.deposed.utf8.lexicographicallyPrecedes(rhs.deposed.utf8)
    }
}
