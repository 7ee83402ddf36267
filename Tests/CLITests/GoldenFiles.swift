import Foundation
import Testing

/// Output compared with a golden file under Tests/Fixtures. Run with `IAC_UPDATE_GOLDEN=1` to
/// write the files instead (then review and commit them).
enum GoldenFiles {
    static let updating = ProcessInfo.processInfo.environment["IAC_UPDATE_GOLDEN"] == "1"

    /// The parts of output that differ from run to run (random ids, durations) made stable.
    static func normalized(_ text: String) -> String {
        var result = text
        let patterns: [(String, String)] = [
            ("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<uuid>"),
            ("after [0-9]+s", "after 0s"),
            ("\\[[0-9]+s elapsed\\]", "[10s elapsed]"),
        ]
        for (pattern, replacement) in patterns {
            result = result.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return result
    }

    static func check(_ actual: String, _ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = CLIRunner.fixtures.appendingPathComponent(path)
        let text = normalized(actual)
        if updating {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "differs from \(path)", sourceLocation: sourceLocation)
    }
}

/// A working directory for one end-to-end scenario: configuration written step by step and
/// `iac` run in it.
struct Scenario {
    let directory: TemporaryDirectory
    let name: String

    init(_ name: String) throws {
        self.name = name
        directory = try TemporaryDirectory()
    }

    var url: URL { directory.url }

    func write(_ configuration: String, to file: String = "main.tf") throws {
        try configuration.write(to: url.appendingPathComponent(file), atomically: true, encoding: .utf8)
    }

    /// Runs iac and compares standard output and standard error (when not empty) with
    /// `apply/NAME/STEP.out` and `STEP.err`; returns the exit status.
    @discardableResult
    func run(_ step: String, _ arguments: [String], input: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int32 {
        let result = try CLIRunner.run(arguments, in: url, input: input)
        try GoldenFiles.check(result.standardOutput, "apply/\(name)/\(step).out", sourceLocation: sourceLocation)
        if !result.standardError.isEmpty || FileManager.default.fileExists(atPath: CLIRunner.fixtures.appendingPathComponent("apply/\(name)/\(step).err").path) {
            try GoldenFiles.check(result.standardError, "apply/\(name)/\(step).err", sourceLocation: sourceLocation)
        }
        return result.status
    }

    func contents(_ file: String) throws -> String {
        try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
    }
}
