import ProviderKit
import Values

/// The file resources: creating one writes the file; reading finds it gone, or changed outside
/// Terraform, when it is missing or its content no longer has the SHA-1 kept as the id; every
/// argument forces a new file.
struct LocalFileResource: Sendable {
    let kind: LocalFileKind

    private var rules: PlanRules {
        let permission = Value.string(kind.defaultPermission)
        let arguments = kind.resourceSchema.block.attributes.filter { !$0.value.computed || $0.value.optional }.keys
        return PlanRules(
            defaults: SchemaDefaults(["file_permission": permission, "directory_permission": permission]),
            replacing: arguments.sorted().map { [.attribute($0)] })
    }

    func plan(prior: Value?, proposed: Value, config: Value) -> PlannedResource {
        let planned = rules.planned(schema: kind.resourceSchema.block, prior: prior, proposed: proposed, config: config)
        return PlannedResource(plannedState: planned, requiresReplace: rules.requiresReplace(prior: prior, planned: planned))
    }

    /// Writes the file the plan describes, creating missing parent directories, and records its
    /// checksums.
    func create(_ planned: Value) throws(ProviderError) -> Value {
        let content: [UInt8]
        do {
            content = try FileContent.bytes(of: planned)
        } catch {
            throw failure("An unexpected error occurred while parsing local file content", error)
        }
        let filename = planned[attribute: "filename"]?.stringValue ?? ""
        let directory = FileSystem.directory(of: filename)
        do {
            if FileSystem.status(directory) != nil {
                try FileSystem.makeDirectories(directory, mode: FilePermission.creationMode(planned[attribute: "directory_permission"]))
            }
        } catch {
            throw failure("An unexpected error occurred while creating file directory", error)
        }
        do {
            try FileSystem.store(content, at: filename, mode: FilePermission.creationMode(planned[attribute: "file_permission"]))
        } catch {
            throw failure("An unexpected error occurred while writing the file", error)
        }
        return recorded(content, in: planned)
    }

    /// The object a create cut short may have made from `planned`: the file, when it holds the
    /// content the plan describes.
    func findCreated(_ planned: Value) -> Value? {
        let filename = planned[attribute: "filename"]?.stringValue ?? ""
        guard let expected = try? FileContent.bytes(of: planned), let actual = try? FileSystem.contents(of: filename), actual == expected else {
            return nil
        }
        return recorded(actual, in: planned)
    }

    /// The object as it is, or nil when the file is missing or its content changed.
    func read(_ current: Value) throws(ProviderError) -> Value? {
        let filename = current[attribute: "filename"]?.stringValue ?? ""
        if let problem = FileSystem.status(filename), problem.isNotFound { return nil }
        let content: [UInt8]
        do {
            content = try FileSystem.contents(of: filename)
        } catch {
            throw ProviderError(kind.readErrorSummary, "An unexpected error occurred while reading the file\n\n+Original Error: \(error)")
        }
        return FileChecksums.sha1(content) == current[attribute: "id"]?.stringValue ? current : nil
    }

    func delete(_ current: Value) {
        FileSystem.remove(current[attribute: "filename"]?.stringValue ?? "")
    }

    /// `planned` with the checksums of the content written.
    private func recorded(_ content: [UInt8], in planned: Value) -> Value {
        FileChecksums.attributes(of: content).reduce(planned) { $0.settingAttribute($1.key, to: $1.value) }
    }

    private func failure(_ lead: String, _ error: any Error) -> ProviderError {
        ProviderError(kind.createErrorSummary, lead + "\n\n+Original Error: \(error)")
    }
}
