import Foundation
import HCL

/// One `fmt` run over files, directories or standard input: what it prints, what it writes,
/// and the problems it meets, kept apart from the command line that drives it.
struct FmtRun {
    struct Options {
        var list: Bool
        var write: Bool
        var diff: Bool
        var check: Bool
        var recursive: Bool
    }

    /// The name endings of the files fmt rewrites.
    static let extensions = [".tf", ".tfvars", ".tftest.hcl", ".tfmock.hcl", ".tfquery.hcl"]

    let options: Options
    /// With `-check`, what would be printed, held back until the run is over.
    private(set) var output: [UInt8] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Files that failed to parse, by name, for the snippets of their diagnostics.
    private(set) var parsedFiles: [String: ParsedFile] = [:]
    private let workingDirectory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL

    init(options: Options) {
        self.options = options
    }

    /// Formats standard input and prints the result (or its diff).
    mutating func formatStandardInput() {
        let bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        process(bytes: bytes, name: "<stdin>", writeBack: nil)
    }

    /// Formats each path: a file with one of the supported endings, or the files of a directory.
    /// A path that does not exist stops the run.
    mutating func format(paths: [String]) {
        for given in paths {
            let path = displayPath(given)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error("No file or directory at \(path)"))
                return
            }
            if isDirectory.boolValue {
                formatDirectory(path)
            } else if Self.extensions.contains(where: { path.hasSuffix($0) }) {
                formatFile(path)
            } else {
                diagnostics.append(.error("Only .tf, .tfvars, and .tftest.hcl files can be processed with iac fmt"))
            }
        }
    }

    private mutating func formatDirectory(_ path: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            diagnostics.append(.error("Cannot read directory \(path)"))
            return
        }
        for name in names.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) where !Self.isIgnored(name) {
            let child = displayPath((path as NSString).appendingPathComponent(name))
            if Self.isDirectory(child) {
                if options.recursive { formatDirectory(child) }
            } else if Self.extensions.contains(where: { name.hasSuffix($0) }) {
                formatFile(child)
            }
        }
    }

    private mutating func formatFile(_ path: String) {
        guard let data = FileManager.default.contents(atPath: path) else {
            diagnostics.append(.error("Failed to read file \(path)"))
            return
        }
        process(bytes: Array(data), name: path, writeBack: path)
    }

    private mutating func process(bytes: [UInt8], name: String, writeBack: String?) {
        let parsed = Parser.parse(SourceFile(filename: name, bytes: bytes))
        let result: [UInt8]
        switch Formatter.format(parsed) {
        case .syntaxErrors(let errors):
            parsedFiles[name] = parsed
            diagnostics.append(contentsOf: errors)
            return
        case .formatted(let formatted):
            result = formatted
        }
        let list = options.list || options.check
        let write = options.write && !options.check
        if result != bytes {
            if list { emit(Array((name + "\n").utf8)) }
            if write, let path = writeBack {
                do {
                    try Data(result).write(to: URL(fileURLWithPath: path))
                } catch {
                    diagnostics.append(.error("Failed to write \(path)"))
                    return
                }
            }
            if options.diff {
                do {
                    emit(try UnifiedDiff.between(bytes, result, path: name))
                } catch {
                    diagnostics.append(.error("Failed to generate diff for \(name): \(error)"))
                    return
                }
            }
        }
        if !list && !write && !options.diff {
            emit(result)
        }
    }

    /// Prints a piece of output at once, or with `-check` keeps it for the end.
    private mutating func emit(_ bytes: [UInt8]) {
        if options.check {
            output.append(contentsOf: bytes)
        } else {
            FileHandle.standardOutput.write(Data(bytes.linesForDisplay))
        }
    }

    /// A path as fmt reports it: relative to the working directory and cleaned.
    private func displayPath(_ given: String) -> String {
        let absolute = given.hasPrefix("/") ? URL(fileURLWithPath: given) : workingDirectory.appendingPathComponent(given)
        let target = absolute.standardizedFileURL.pathComponents
        let base = workingDirectory.pathComponents
        var shared = 0
        while shared < min(target.count, base.count) && target[shared] == base[shared] { shared += 1 }
        let components = Array(repeating: "..", count: base.count - shared) + target[shared...]
        return components.isEmpty ? "." : components.joined(separator: "/")
    }

    /// Names fmt passes over in a directory, as Terraform's loader does: hidden files and editor
    /// backups.
    private static func isIgnored(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#"))
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

extension Array where Element == UInt8 {
    /// The bytes as Terraform prints a message: ending in a newline (one is added when there is
    /// none), with every line ending, `\r\n` or a lone `\r`, printed as `\n`.
    var linesForDisplay: [UInt8] {
        let carriageReturn = UInt8(ascii: "\r")
        let newline = UInt8(ascii: "\n")
        var output: [UInt8] = []
        output.reserveCapacity(count + 1)
        for (index, byte) in enumerated() {
            if byte == carriageReturn {
                if index + 1 < count && self[index + 1] == newline { continue }
                output.append(newline)
            } else {
                output.append(byte)
            }
        }
        if output.last != newline { output.append(newline) }
        return output
    }
}
