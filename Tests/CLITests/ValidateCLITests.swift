import Foundation
import Testing

/// `iac validate` on fixture directories. `expected.json` in each was produced by the reference
/// Terraform (`terraform validate -json`); `expected.txt` is iac's human output, which is
/// Terraform's plus a `^^^` line under each marked span.
@Suite("iac validate")
struct ValidateCLITests {
    static let cases = ["errors", "valid", "two-files"]

    private func directory(_ name: String) -> URL {
        CLIRunner.fixtures.appendingPathComponent("validate/\(name)")
    }

    @Test("-json output is Terraform's, byte for byte", arguments: cases)
    func json(name: String) throws {
        let expected = try String(contentsOf: directory(name).appendingPathComponent("expected.json"), encoding: .utf8)
        let result = try CLIRunner.run(["validate", "-json"], in: directory(name))
        #expect(result.standardOutput == expected)
        #expect(result.status == (name == "valid" ? 0 : 1))
    }

    @Test("human output names file, line and block, shows and marks the source", arguments: cases)
    func human(name: String) throws {
        let expected = try String(contentsOf: directory(name).appendingPathComponent("expected.txt"), encoding: .utf8)
        let result = try CLIRunner.run(["validate", "-no-color"], in: directory(name))
        #expect(result.standardError + result.standardOutput == expected)
    }

    @Test("a directory argument prefixes the file names")
    func directoryArgument() throws {
        let result = try CLIRunner.run(["validate", "-no-color", "two-files"], in: CLIRunner.fixtures.appendingPathComponent("validate"))
        #expect(result.standardError.contains("on two-files/b.tf line 1:"))
        #expect(result.status == 1)
    }
}
