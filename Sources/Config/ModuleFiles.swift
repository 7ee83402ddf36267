import Foundation
import HCL

/// The configuration files of one module directory, read and parsed, in the order Terraform
/// loads them: primary files by name, then override files (`override.tf`, `*_override.tf`)
/// by name.
public struct ModuleFiles: Sendable {
    /// Files whose declarations make up the module.
    public var primary: [ParsedFile]
    /// Files whose declarations change those of the primary files.
    public var overrides: [ParsedFile]
    /// Problems reading the directory itself (missing, unreadable).
    public var diagnostics: [Diagnostic]

    public init(primary: [ParsedFile], overrides: [ParsedFile], diagnostics: [Diagnostic]) {
        self.primary = primary
        self.overrides = overrides
        self.diagnostics = diagnostics
    }

    /// Every parsed file, primary files first.
    public var files: [ParsedFile] { primary + overrides }

    /// Reads every `.tf` and `.tf.json` file of `directory` whose name `including` accepts. Files are reported
    /// under `displayPrefix` + their name, the way Terraform shows paths relative to where it runs.
    public static func load(
        directory: String, displayPrefix: String, including: (String) -> Bool = { _ in true }
    ) -> ModuleFiles {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
              let entries = try? manager.contentsOfDirectory(atPath: directory) else {
            return ModuleFiles(primary: [], overrides: [], diagnostics: [.error(
                "Failed to read module directory",
                "Module directory \(directory) does not exist or cannot be read.")])
        }
        var primary: [ParsedFile] = []
        var overrides: [ParsedFile] = []
        var diagnostics: [Diagnostic] = []
        for name in entries.sorted() {
            guard including(name), let kind = ConfigFileKind(name: name) else { continue }
            let path = (directory as NSString).appendingPathComponent(name)
            var entryIsDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &entryIsDirectory), !entryIsDirectory.boolValue else { continue }
            guard let data = manager.contents(atPath: path) else {
                diagnostics.append(.error("Failed to read file", "The configuration file \(goQuotedPath(displayPrefix + name)) could not be read."))
                continue
            }
            let source = SourceFile(filename: displayPrefix + name, bytes: Array(data))
            let parsed = kind.isJSON ? TerraformJSONSchema.parse(source) : Parser.parse(source)
            if kind.isOverride { overrides.append(parsed) } else { primary.append(parsed) }
        }
        return ModuleFiles(primary: primary, overrides: overrides, diagnostics: diagnostics)
    }

    private static func goQuotedPath(_ path: String) -> String {
        "\"" + path.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

/// What a file in a module directory is to Terraform, judged by its name.
struct ConfigFileKind {
    var isJSON: Bool
    var isOverride: Bool

    /// Nil for files Terraform does not load as configuration: other extensions, test files,
    /// hidden files and editor backups.
    init?(name: String) {
        if name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#")) { return nil }
        let base: Substring
        if name.hasSuffix(".tf") {
            isJSON = false
            base = name.dropLast(3)
        } else if name.hasSuffix(".tf.json") {
            isJSON = true
            base = name.dropLast(8)
        } else {
            return nil
        }
        isOverride = base == "override" || base.hasSuffix("_override")
    }
}
