import Addresses
import Foundation
import Values

/// How objects, pending creates, outputs and runs become rows, in the columns' order of the
/// statements in `StateStatements`.
enum StateRowCoding {
    /// The address columns shared by objects and pending creates: address text, deposed key,
    /// module, mode, type, name, instance key.
    static func addressValues(_ address: ResourceInstanceAddress, deposedKey: String?) -> [SQLiteValue] {
        let key: SQLiteValue
        switch address.key {
        case .index(let index)?: key = .integer(index)
        case .key(let text)?: key = .text(text)
        case nil: key = .null
        }
        return [
            .text(address.text), .text(deposedKey ?? ""), .text(address.module.text), .text(address.resource.mode.rawValue),
            .text(address.resource.type), .text(address.resource.name), key,
        ]
    }

    static func objectValues(_ object: ResourceInstanceObject) throws(StateError) -> [SQLiteValue] {
        let sensitivePaths: String
        do {
            sensitivePaths = try SensitivePathsJSON.encode(object.sensitivePaths)
        } catch {
            throw .writeFailed("the sensitive paths of \(object.address) cannot be recorded: \(error.message)")
        }
        return addressValues(object.address, deposedKey: object.deposedKey) + [
            .text(object.provider), .integer(object.schemaVersion), .text(object.attributesJSON), .text(sensitivePaths),
            .text(JSONText.stringArray(object.dependencies.map(\.text))), .text(object.status.rawValue),
            .bool(object.createBeforeDestroy), .text(object.identityJSON), .integer(object.identitySchemaVersion),
            object.privateData.map(SQLiteValue.blob) ?? .null,
        ]
    }

    static func pendingCreateValues(_ pending: PendingCreate) -> [SQLiteValue] {
        addressValues(pending.address, deposedKey: pending.deposedKey) + [
            .text(pending.provider), .text(pending.plannedJSON), .real(pending.startedAt.timeIntervalSince1970),
        ]
    }
}

/// Turns rows back into state values, remembering what it has parsed (module paths, dependency
/// lists and sensitive paths repeat across rows). A row it cannot read is skipped and named in
/// `problem`.
struct StateRowDecoder {
    private(set) var problem: String?
    private var modules: [String: ModuleInstanceAddress] = [:]
    private var dependencyLists: [String: [AbsoluteResourceAddress]] = [:]
    private var sensitivePathLists: [String: [ValuePath]] = ["[]": []]

    /// The address in columns `first...first + 5` (module, mode, type, name, instance key).
    mutating func address(_ row: SQLiteStatement, from first: Int32) -> ResourceInstanceAddress? {
        let moduleText = row.text(first)
        let module: ModuleInstanceAddress
        if let known = modules[moduleText] {
            module = known
        } else if let parsed = AddressText.module(moduleText) {
            modules[moduleText] = parsed
            module = parsed
        } else {
            return fail("the module path \"\(moduleText)\" cannot be read")
        }
        guard let mode = ResourceMode(rawValue: row.text(first + 1)) else {
            return fail("the resource mode \"\(row.text(first + 1))\" is unknown")
        }
        let keyColumn = first + 4
        let key: InstanceKey? =
            row.isNull(keyColumn) ? nil : row.isInteger(keyColumn) ? .index(row.integer(keyColumn)) : .key(row.text(keyColumn))
        return ResourceInstanceAddress(
            module: module, resource: ResourceAddress(mode: mode, type: row.text(first + 2), name: row.text(first + 3)), key: key)
    }

    /// An object from the columns of `StateStatements.selectObjects`.
    mutating func object(_ row: SQLiteStatement) -> ResourceInstanceObject? {
        guard let address = address(row, from: 1) else { return nil }
        guard let status = ObjectStatus(rawValue: row.text(11)) else {
            return fail("\(address.text) has the unknown status \"\(row.text(11))\"")
        }
        guard let dependencies = dependencies(row.text(10)) else {
            return fail("the dependencies of \(address.text) cannot be read")
        }
        guard let sensitivePaths = sensitivePaths(row.text(9)) else {
            return fail("the sensitive paths of \(address.text) cannot be read")
        }
        let deposedKey = row.text(0)
        return ResourceInstanceObject(
            address: address, deposedKey: deposedKey.isEmpty ? nil : deposedKey, provider: row.text(6),
            schemaVersion: row.integer(7), attributesJSON: row.text(8), sensitivePaths: sensitivePaths,
            dependencies: dependencies, status: status, createBeforeDestroy: row.integer(12) != 0,
            identityJSON: row.optionalText(13), identitySchemaVersion: row.integer(14), privateData: row.optionalBlob(15))
    }

    /// A pending create from the columns of `StateStatements.selectPendingCreates`.
    mutating func pendingCreate(_ row: SQLiteStatement) -> PendingCreate? {
        guard let address = address(row, from: 1) else { return nil }
        let deposedKey = row.text(0)
        return PendingCreate(
            address: address, deposedKey: deposedKey.isEmpty ? nil : deposedKey, provider: row.text(6),
            plannedJSON: row.text(7), startedAt: Date(timeIntervalSince1970: row.real(8)))
    }

    private mutating func dependencies(_ text: String) -> [AbsoluteResourceAddress]? {
        if let known = dependencyLists[text] { return known }
        guard let strings = JSONText.strings(in: text) else { return nil }
        var addresses: [AbsoluteResourceAddress] = []
        for string in strings {
            guard let address = AddressText.resource(string) else { return nil }
            addresses.append(address)
        }
        dependencyLists[text] = addresses
        return addresses
    }

    private mutating func sensitivePaths(_ text: String) -> [ValuePath]? {
        if let known = sensitivePathLists[text] { return known }
        guard let paths = try? SensitivePathsJSON.decode(text).get() else { return nil }
        sensitivePathLists[text] = paths
        return paths
    }

    private mutating func fail<T>(_ message: String) -> T? {
        if problem == nil { problem = message }
        return nil
    }
}
