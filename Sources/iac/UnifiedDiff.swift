import Foundation

/// A unified diff of two versions of a file, made by the system `diff` as Terraform makes it,
/// labelled `old/PATH` and `new/PATH`.
enum UnifiedDiff {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func between(_ old: [UInt8], _ new: [UInt8], path: String) throws -> [UInt8] {
        let directory = FileManager.default.temporaryDirectory
        let oldFile = directory.appendingPathComponent("iac-fmt-\(UUID().uuidString)")
        let newFile = directory.appendingPathComponent("iac-fmt-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: oldFile)
            try? FileManager.default.removeItem(at: newFile)
        }
        try Data(old).write(to: oldFile)
        try Data(new).write(to: newFile)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["diff", "--label=old/" + path, "--label=new/" + path, "-u", oldFile.path, newFile.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // diff exits 1 when the files differ; any output is the answer.
        guard !output.isEmpty || process.terminationStatus == 0 else {
            throw Failure(description: "exit status \(process.terminationStatus)")
        }
        return Array(output)
    }
}
