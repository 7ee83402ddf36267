import Addresses
import Foundation
import Values

/// A saved plan (`plan -out`): a versioned JSON file holding the plan, the lineage and serial
/// of the state it was made against, and a digest of the configuration it was made from.
public enum PlanFile {
    /// The format version this build writes and reads.
    public static let formatVersion = 1

    public struct FormatError: Error, Sendable {
        public var message: String
    }

    public static func encode(_ plan: Plan, configurationDigest: String) throws(FormatError) -> Data {
        do {
            let file = FileContent(
                formatVersion: formatVersion, mode: plan.mode, lineage: plan.lineage, serial: plan.serial,
                configurationDigest: configurationDigest,
                changes: try plan.changes.map(StoredChange.init), drift: try plan.drift.map(StoredChange.init),
                outputChanges: try plan.outputChanges.map(StoredOutputChange.init),
                variables: try plan.variables.mapValues(StoredValue.init))
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return try encoder.encode(file)
        } catch let error as FormatError {
            throw error
        } catch {
            throw FormatError(message: "the plan cannot be written: \(error)")
        }
    }

    /// The plan in `data` and the configuration digest it recorded.
    public static func decode(_ data: Data) throws(FormatError) -> (plan: Plan, configurationDigest: String) {
        let file: FileContent
        do {
            file = try JSONDecoder().decode(FileContent.self, from: data)
        } catch {
            throw FormatError(message: "the file is not a plan file made by iac")
        }
        guard file.formatVersion == formatVersion else {
            throw FormatError(message: "the plan file has format version \(file.formatVersion), but this version of iac reads version \(formatVersion)")
        }
        do {
            let plan = Plan(
                mode: file.mode, lineage: file.lineage, serial: file.serial,
                changes: try file.changes.map { try $0.change() },
                outputChanges: try file.outputChanges.map { try $0.change() },
                drift: try file.drift.map { try $0.change() },
                variables: try file.variables.mapValues { try $0.decoded() })
            return (plan, file.configurationDigest)
        } catch let error as FormatError {
            throw error
        } catch {
            throw FormatError(message: "the plan file is damaged: \(error)")
        }
    }

    private struct FileContent: Codable {
        var formatVersion: Int
        var mode: PlanMode
        var lineage: String
        var serial: Int
        var configurationDigest: String
        var changes: [StoredChange]
        var drift: [StoredChange]
        var outputChanges: [StoredOutputChange]
        var variables: [String: StoredValue]
    }

    private struct StoredChange: Codable {
        var address: ResourceInstanceAddress
        var deposedKey: String?
        var providerConfig: String
        var action: ChangeAction
        var reason: ChangeReason?
        var before: StoredValue?
        var after: StoredValue?
        var requiresReplace: [StoredPath]

        init(_ change: ResourceChange) throws {
            address = change.address
            deposedKey = change.deposedKey
            providerConfig = change.providerConfig
            action = change.action
            reason = change.reason
            before = try change.before.map(StoredValue.init)
            after = try change.after.map(StoredValue.init)
            requiresReplace = change.requiresReplace.map(StoredPath.init)
        }

        func change() throws -> ResourceChange {
            ResourceChange(
                address: address, deposedKey: deposedKey, providerConfig: providerConfig, action: action, reason: reason,
                before: try before?.decoded(), after: try after?.decoded(),
                requiresReplace: try requiresReplace.map { try $0.path() })
        }
    }

    private struct StoredOutputChange: Codable {
        var name: String
        var action: ChangeAction
        var before: StoredValue?
        var after: StoredValue?
        var sensitive: Bool

        init(_ change: OutputChange) throws {
            name = change.name
            action = change.action
            before = try change.before.map(StoredValue.init)
            after = try change.after.map(StoredValue.init)
            sensitive = change.sensitive
        }

        func change() throws -> OutputChange {
            OutputChange(name: name, action: action, before: try before?.decoded(), after: try after?.decoded(), sensitive: sensitive)
        }
    }

    /// A value with unknown and sensitive parts, as JSON: unknown parts are written as null
    /// and listed by path.
    private struct StoredValue: Codable {
        var type: String
        var json: String
        var unknown: [StoredPath]
        var sensitive: [StoredPath]

        init(_ value: Value) throws {
            type = value.type.jsonEncoded
            let plain = value.nullingUnknowns()
            do {
                json = try plain.jsonEncoded(as: value.type)
            } catch {
                throw FormatError(message: "a planned value cannot be written: \(error.message)")
            }
            unknown = value.unknownPaths().map(StoredPath.init)
            sensitive = value.paths(markedWith: .sensitive).map(StoredPath.init)
        }

        func decoded() throws -> Value {
            do {
                let type = try ValueType.decodingJSON(self.type)
                var result = try Value.decodingJSON(json, as: type)
                for stored in unknown {
                    let path = try stored.path()
                    let partType = result.value(at: path)?.type ?? .dynamic
                    result = result.replacing(at: path[...], with: .unknown(partType))
                }
                let sensitivePaths = try sensitive.map { try $0.path() }
                return result.marking(paths: sensitivePaths, with: .sensitive)
            } catch let error as FormatError {
                throw error
            } catch {
                throw FormatError(message: "a planned value cannot be read: \(error)")
            }
        }
    }

    /// A path as a list of steps: `{"attribute":"name"}` or `{"key":"<JSON of the key>"}`.
    private struct StoredPath: Codable {
        struct Step: Codable {
            var attribute: String?
            var key: String?
        }

        var steps: [Step]

        init(_ path: ValuePath) {
            steps = path.map { step in
                switch step {
                case .attribute(let name): Step(attribute: name)
                case .index(let key): Step(key: (try? key.jsonEncoded(as: .dynamic)) ?? "null")
                }
            }
        }

        func path() throws -> ValuePath {
            var path: ValuePath = []
            for step in steps {
                if let name = step.attribute {
                    path.append(.attribute(name))
                } else if let key = step.key, let value = try? Value.decodingJSON(key, as: .dynamic) {
                    path.append(.index(value))
                } else {
                    throw FormatError(message: "a path in the plan file is damaged")
                }
            }
            return path
        }
    }
}

extension Value {
    /// The paths of every unknown part, not going inside sets (an unknown inside a set counts
    /// as the whole set being unknown).
    func unknownPaths() -> [ValuePath] {
        var found: [ValuePath] = []
        collectUnknown(at: [], into: &found)
        return found
    }

    private func collectUnknown(at path: ValuePath, into found: inout [ValuePath]) {
        let plain = unmarked().0
        guard plain.isKnown else {
            found.append(path)
            return
        }
        if plain.type.isSet {
            if !plain.isWhollyKnown { found.append(path) }
            return
        }
        if let attributes = plain.attributes {
            let isObject = plain.type.isObject
            for (key, element) in attributes.sorted(by: { $0.key < $1.key }) {
                element.collectUnknown(at: path + [isObject ? .attribute(key) : .index(.string(key))], into: &found)
            }
        } else if let elements = plain.elements {
            for (index, element) in elements.enumerated() {
                element.collectUnknown(at: path + [.index(.number(index))], into: &found)
            }
        }
    }
}
