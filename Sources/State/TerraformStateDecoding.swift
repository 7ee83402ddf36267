import Addresses
import Foundation
import Values

/// Reads Terraform's v4 JSON state with the rules Terraform applies when it loads one.
enum TerraformStateDecoding {
    /// What is wrong with the text, in words for the user.
    struct Failure: Error {
        var message: String

        init(_ message: String) {
            self.message = message
        }
    }

    static func snapshot(from text: String) throws(Failure) -> StateSnapshot {
        let document: Value
        do {
            document = try Value.decodingJSON(text)
        } catch {
            throw Failure("it is not valid JSON (\(error.message)).")
        }
        let spans = JSONSpans(text)
        let root = try StateJSONFields(document, span: spans.root, in: spans, at: "the state")
        guard let version = try root.integer("version") else {
            throw Failure("it is not a Terraform state: it has no format version.")
        }
        guard version == 4 else {
            throw Failure(
                "it is a Terraform state of format version \(version); iac reads format 4, which Terraform 0.12 and later "
                    + "write. Run a recent Terraform on it first.")
        }
        var lineage = try root.string("lineage") ?? ""
        if lineage.isEmpty { lineage = UUID().uuidString.lowercased() }
        var outputs: [String: OutputState] = [:]
        for (name, fields) in try root.objects(named: "outputs", at: { "output \"\($0)\"" }) {
            outputs[name] = try output(name, fields)
        }
        var objects: [ResourceInstanceObject] = []
        var seen: Set<InstanceObjectKey> = []
        for fields in try root.objects(listedIn: "resources", at: { "resources[\($0)]" }) {
            for object in try resourceObjects(fields) {
                guard seen.insert(InstanceObjectKey(address: object.address, deposedKey: object.deposedKey)).inserted else {
                    let what = object.deposedKey.map { "Instance \(object.address.text) deposed object \"\($0)\"" }
                        ?? "Instance \(object.address.text)"
                    throw Failure("\(what) appears multiple times in the state file.")
                }
                objects.append(object)
            }
        }
        return StateSnapshot(lineage: lineage, serial: try root.integer("serial") ?? 0, objects: objects, outputs: outputs)
    }

    private static func output(_ name: String, _ fields: StateJSONFields) throws(Failure) -> OutputState {
        guard let value = fields.json("value"), let type = fields.json("type") else {
            throw Failure("\(fields.context) needs a value and a type.")
        }
        return OutputState(name: name, valueJSON: value, typeJSON: type, sensitive: try fields.bool("sensitive") ?? false)
    }

    private static func resourceObjects(_ fields: StateJSONFields) throws(Failure) -> [ResourceInstanceObject] {
        let mode: ResourceMode
        switch try fields.string("mode") {
        case "managed": mode = .managed
        case "data": mode = .data
        case let other:
            throw Failure("\(fields.context) has the mode \"\(other ?? "")\", which is not supported.")
        }
        guard let type = try fields.string("type"), let name = try fields.string("name") else {
            throw Failure("\(fields.context) needs a type and a name.")
        }
        let moduleText = try fields.string("module") ?? ""
        guard let module = AddressText.module(moduleText) else {
            throw Failure("\(fields.context) has the module address \"\(moduleText)\", which cannot be read.")
        }
        guard let provider = try fields.string("provider") else {
            throw Failure("\(fields.context) needs a provider.")
        }
        let resource = AbsoluteResourceAddress(module: module, resource: ResourceAddress(mode: mode, type: type, name: name))
        var objects: [ResourceInstanceObject] = []
        for instance in try fields.objects(listedIn: "instances", at: { "\(fields.context).instances[\($0)]" }) {
            objects.append(try object(instance, of: resource, provider: provider))
        }
        return objects
    }

    private static func object(
        _ fields: StateJSONFields, of resource: AbsoluteResourceAddress, provider: String
    ) throws(Failure) -> ResourceInstanceObject {
        let address = resource.instance(try instanceKey(fields))
        let status: ObjectStatus
        switch try fields.string("status") ?? "" {
        case "": status = .ready
        case "tainted": status = .tainted
        case let other: throw Failure("Instance \(address.text) has invalid status \"\(other)\".")
        }
        let deposed = try fields.string("deposed") ?? ""
        if !deposed.isEmpty && deposed.utf8.count != 8 {
            throw Failure("Instance \(address.text) has an object with deposed key \"\(deposed)\", which is not correctly formatted.")
        }
        let attributes: String
        if let json = fields.json("attributes") {
            attributes = json
        } else if fields.value("attributes_flat") != nil {
            throw Failure(
                "\(address.text) is stored in the flat attribute form of Terraform 0.11; apply it once with Terraform 0.12 or "
                    + "later first.")
        } else {
            attributes = "{}"
        }
        let sensitivePaths: [ValuePath]
        do {
            sensitivePaths = try fields.value("sensitive_attributes").map(SensitivePathsJSON.paths(in:)) ?? []
        } catch {
            throw Failure("the sensitive attributes of \(address.text) cannot be read: \(error.message).")
        }
        var privateData: Data?
        if let encoded = try fields.string("private") {
            guard let decoded = Data(base64Encoded: encoded) else {
                throw Failure("the private data of \(address.text) is not base64.")
            }
            privateData = decoded
        }
        var dependencies: [AbsoluteResourceAddress] = []
        for (index, dependency) in try fields.array("dependencies").enumerated() {
            guard let text = dependency.stringValue, let dependencyAddress = AddressText.resource(text) else {
                throw Failure("dependency \(index) of \(address.text) is not a resource address.")
            }
            dependencies.append(dependencyAddress)
        }
        return ResourceInstanceObject(
            address: address, deposedKey: deposed.isEmpty ? nil : deposed, provider: provider,
            schemaVersion: try fields.integer("schema_version") ?? 0, attributesJSON: attributes,
            sensitivePaths: sensitivePaths, dependencies: dependencies, status: status,
            createBeforeDestroy: try fields.bool("create_before_destroy") ?? false,
            identityJSON: fields.json("identity"),
            identitySchemaVersion: try fields.integer("identity_schema_version") ?? 0, privateData: privateData)
    }

    private static func instanceKey(_ fields: StateJSONFields) throws(Failure) -> InstanceKey? {
        guard let key = fields.value("index_key") else { return nil }
        if let text = key.stringValue { return .key(text) }
        if let index = key.numberValue?.intValue { return .index(index) }
        throw Failure("\(fields.context) has an invalid instance key.")
    }

    /// An instance object's identity within the state, to find duplicates.
    private struct InstanceObjectKey: Hashable {
        var address: ResourceInstanceAddress
        var deposedKey: String?
    }
}
