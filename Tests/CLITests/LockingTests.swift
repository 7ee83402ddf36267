import Foundation
import Testing

/// Concurrent applies in one directory: one holds the state lock, the others fail with the
/// lock message (or wait, with -lock-timeout), and the state stays whole.
@Suite("state locking", .serialized)
struct LockingTests {
    static let configuration = (0..<20).map { index in
        "resource \"terraform_data\" \"r\(index)\" {\n  input = \"value \(index)\"\n}\n"
    }.joined(separator: "\n")

    @Test("10 concurrent applies: those that cannot take the lock say who holds it; the final state is correct")
    func concurrentApplies() throws {
        let directory = try TemporaryDirectory()
        try Self.configuration.write(to: directory.url.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let results = try CLIRunner.runConcurrently(count: 10, ["apply", "-auto-approve", "-no-color"], in: directory.url)
        let succeeded = results.filter { $0.status == 0 }
        let refused = results.filter { $0.status != 0 }
        #expect(!succeeded.isEmpty)
        for result in refused {
            #expect(result.standardError.contains("Error acquiring the state lock"), "\(result.standardError)")
            #expect(result.standardError.contains("Lock Info:"))
        }
        let settled = try CLIRunner.run(["plan", "-no-color", "-detailed-exitcode"], in: directory.url)
        #expect(settled.status == 0, "\(settled.standardOutput)\(settled.standardError)")
        let listed = try CLIRunner.run(["state", "list"], in: directory.url).standardOutput.split(separator: "\n")
        #expect(listed.count == 20)
    }

    @Test("with -lock-timeout every concurrent apply waits its turn and succeeds")
    func waitingApplies() throws {
        let directory = try TemporaryDirectory()
        try Self.configuration.write(to: directory.url.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let results = try CLIRunner.runConcurrently(count: 10, ["apply", "-auto-approve", "-no-color", "-lock-timeout=60s"], in: directory.url)
        #expect(results.allSatisfy { $0.status == 0 }, "\(results.filter { $0.status != 0 }.map(\.standardError))")
        let listed = try CLIRunner.run(["state", "list"], in: directory.url).standardOutput.split(separator: "\n")
        #expect(listed.count == 20)
    }
}
