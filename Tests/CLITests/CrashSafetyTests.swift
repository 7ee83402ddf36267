import Foundation
import Testing

/// iac killed with SIGKILL in the middle of an apply loses nothing: every file it created is
/// either in the state or adopted by the next run (a file whose write was cut off is planned
/// to be written again), and the state claims no file that is not there.
@Suite("crash safety", .serialized)
struct CrashSafetyTests {
    static let fileCount = 300

    static func configuration() -> String {
        (0..<fileCount).map { index in
            "resource \"local_file\" \"f\(index)\" {\n  filename = \"out/f\(index).txt\"\n  content  = \"file \(index)\\n\"\n}\n"
        }.joined(separator: "\n")
    }

    @Test("20 kills at random instants of an apply of 300 files; each next plan accounts for every file")
    func killedApplies() throws {
        let directory = try TemporaryDirectory()
        try Self.configuration().write(to: directory.url.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let clock = ContinuousClock()
        let full = try TemporaryDirectory()
        try Self.configuration().write(to: full.url.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let start = clock.now
        let reference = try CLIRunner.run(["apply", "-auto-approve", "-no-color"], in: full.url)
        #expect(reference.status == 0, "\(reference.standardError)")
        let duration = max(clock.now - start, .milliseconds(50))
        var generator = SystemRandomNumberGenerator()
        for round in 0..<20 {
            let delay = Double.random(in: 0...1, using: &generator) * (duration / .milliseconds(1))
            try CLIRunner.runAndKill(["apply", "-auto-approve", "-no-color"], in: directory.url, after: .milliseconds(Int(delay)))
            let plan = try CLIRunner.run(["plan", "-no-color"], in: directory.url)
            #expect(plan.status == 0, "round \(round): \(plan.standardError)")
            let listed = try CLIRunner.run(["state", "list"], in: directory.url)
            let inState = Set(listed.standardOutput.split(separator: "\n").map(String.init))
            let onDisk = Set(((try? FileManager.default.contentsOfDirectory(atPath: directory.url.appendingPathComponent("out").path)) ?? [])
                .map { "local_file.\($0.replacingOccurrences(of: ".txt", with: ""))" })
            // A file not in state is one whose write was cut off (its content is not the
            // planned content, so it was not adopted): the plan must create it again.
            let unrecorded = onDisk.subtracting(inState).filter { !plan.standardOutput.contains("# \($0) will be created") }.sorted()
            #expect(unrecorded.isEmpty, "round \(round): \(unrecorded.count) files neither in state nor planned, e.g. \(unrecorded.prefix(5))")
            let claimedMissing = inState.subtracting(onDisk).filter { address in
                !plan.standardOutput.contains("# \(address) will be created")
            }
            #expect(claimedMissing.isEmpty, "round \(round): state claims missing files: \(claimedMissing.sorted().prefix(5))")
        }
        let final = try CLIRunner.run(["apply", "-auto-approve", "-no-color"], in: directory.url)
        #expect(final.status == 0, "\(final.standardError)")
        let settled = try CLIRunner.run(["plan", "-no-color", "-detailed-exitcode"], in: directory.url)
        #expect(settled.status == 0, "\(settled.standardOutput)")
        let count = try CLIRunner.run(["state", "list"], in: directory.url).standardOutput.split(separator: "\n").count
        #expect(count == Self.fileCount)
    }
}

/// A directory under the system's temporary directory, removed when the value goes away.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("iac-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Ctrl-C during an apply stops it gracefully: nothing new starts, what finished is recorded.
@Suite("interrupted apply")
struct InterruptTests {
    @Test("SIGINT in the middle of an apply exits 1 with Terraform's message; the next plan creates exactly what is missing")
    func gracefulStop() throws {
        let directory = try TemporaryDirectory()
        try CrashSafetyTests.configuration().write(to: directory.url.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let result = try CLIRunner.runAndSignal(["apply", "-auto-approve", "-no-color", "-parallelism=1"], in: directory.url, signal: SIGINT, after: .milliseconds(400))
        #expect(result.status == 1)
        #expect(result.standardError.contains("Interrupt received."))
        let listed = try CLIRunner.run(["state", "list"], in: directory.url).standardOutput.split(separator: "\n").count
        let onDisk = (try? FileManager.default.contentsOfDirectory(atPath: directory.url.appendingPathComponent("out").path))?.count ?? 0
        #expect(listed == onDisk)
        let plan = try CLIRunner.run(["plan", "-no-color"], in: directory.url)
        #expect(plan.standardOutput.contains("Plan: \(CrashSafetyTests.fileCount - listed) to add, 0 to change, 0 to destroy."), "\(plan.standardOutput.suffix(300))")
    }
}
