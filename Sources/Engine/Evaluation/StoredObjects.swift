import Addresses
import ProviderKit
import State
import Values

/// Objects in state as values and back: attributes decoded with the schema's type, sensitive
/// paths marked; and a planned or applied value written as a state row.
enum StoredObjects {
    struct DecodeError: Error {
        var message: String
    }

    /// The object's value, upgraded to the current schema version, sensitive paths marked.
    static func value(of object: ResourceInstanceObject, schema: Schema, provider: any Provider) throws(DecodeError) -> Value {
        let type = schema.block.impliedType
        var value: Value
        do {
            value = try Value.decodingJSON(object.attributesJSON, as: type)
        } catch {
            throw DecodeError(message: "The state of \(object.address) cannot be read with the provider's schema: \(error.message).")
        }
        if object.schemaVersion < schema.version {
            do {
                value = try provider.upgradeResourceState(type: object.address.resource.type, version: object.schemaVersion, state: value)
            } catch {
                throw DecodeError(message: error.diagnostics.map(\.summary).joined(separator: "; "))
            }
        }
        return SchemaMarks.apply(schema.block, to: value.marking(paths: object.sensitivePaths, with: .sensitive))
    }

    /// A state row for `value`, which must be wholly known.
    static func object(
        _ value: Value, address: ResourceInstanceAddress, deposedKey: String? = nil, providerText: String, schema: Schema,
        dependencies: [AbsoluteResourceAddress], status: ObjectStatus = .ready, createBeforeDestroy: Bool = false
    ) throws(DecodeError) -> ResourceInstanceObject {
        let sensitive = value.paths(markedWith: .sensitive)
        let (plain, _) = value.unmarkedDeep()
        let json: String
        do {
            json = try plain.jsonEncoded(as: schema.block.impliedType)
        } catch {
            throw DecodeError(message: "The new state of \(address) cannot be recorded: \(error.message).")
        }
        return ResourceInstanceObject(
            address: address, deposedKey: deposedKey, provider: providerText, schemaVersion: schema.version,
            attributesJSON: json, sensitivePaths: sensitive, dependencies: dependencies, status: status,
            createBeforeDestroy: createBeforeDestroy)
    }
}
