import Foundation
import HCL

/// The configuration files of one module directory, read and parsed.
public struct ModuleFiles: Sendable {
    public var files: [ParsedFile]
    /// Problems reading the directory itself (missing, unreadable).
    public var diagnostics: [Diagnostic]

    /// Reads every `.tf` file of `directory` in name order. Files are reported under
    /// `displayPrefix` + their name, the way Terraform shows paths relative to where it runs.
    public static func load(directory: String, displayPrefix: String) -> ModuleFiles {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return ModuleFiles(files: [], diagnostics: [.error(
                "Failed to read module directory",
                "Module directory \(directory) does not exist or cannot be read.")])
        }
        let names = ((try? manager.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".tf") && !$0.hasPrefix(".") }
            .sorted()
        var files: [ParsedFile] = []
        var diagnostics: [Diagnostic] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = manager.contents(atPath: path) else {
                diagnostics.append(.error("Failed to read file", "The configuration file \"\(displayPrefix + name)\" could not be read."))
                continue
            }
            files.append(Parser.parse(SourceFile(filename: displayPrefix + name, bytes: Array(data))))
        }
        return ModuleFiles(files: files, diagnostics: diagnostics)
    }

    /// Every diagnostic: reading, syntax, then structure (checked on what could be parsed, so
    /// that one run reports every independent problem).
    public func validate() -> [Diagnostic] {
        diagnostics + StructureValidator.validate(files)
    }
}
