import Foundation
import Testing

/// `iac console` run as a user would: expressions on standard input, results on standard
/// output in Terraform's console format (expected files produced by the reference Terraform).
@Suite("iac console")
struct ConsoleCLITests {
    @Test("each line's result is printed as terraform console prints it")
    func printsResults() throws {
        let directory = CLIRunner.fixtures.appendingPathComponent("console/basic")
        let input = try String(contentsOf: directory.appendingPathComponent("input.txt"), encoding: .utf8)
        let expected = try String(contentsOf: directory.appendingPathComponent("expected.txt"), encoding: .utf8)
        let result = try CLIRunner.run(["console"], in: directory, input: input)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == expected)
    }

    @Test("an error names the problem, exits 1 and prints no value")
    func reportsErrors() throws {
        let directory = CLIRunner.fixtures.appendingPathComponent("console/errors")
        let result = try CLIRunner.run(["console", "-no-color"], in: directory, input: "local.names[5]\n")
        #expect(result.status == 1)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("Error: Invalid index"))
        #expect(result.standardError.contains("The given key does not identify an element in this collection value."))
    }

    @Test("values that fail their variables' validation rules are reported, and the console goes on")
    func validatesVariables() throws {
        let directory = CLIRunner.fixtures.appendingPathComponent("console/validation")
        let input = try String(contentsOf: directory.appendingPathComponent("input.txt"), encoding: .utf8)
        let expected = try String(contentsOf: directory.appendingPathComponent("expected.txt"), encoding: .utf8)
        let result = try CLIRunner.run(["console", "-no-color", "-var", "region=us-east-1"], in: directory, input: input)
        #expect(result.status == 0)
        #expect(result.standardOutput == expected)
        #expect(result.standardError.contains("on terraform.tfvars line 1:"))
        #expect(result.standardError.contains("The port must be 1024 or above.\n\nThis was checked by the validation rule at main.tf:4,3-13."))
        #expect(result.standardError.contains("The name \"db\" is too short.\n\nThis was checked by the validation rule at main.tf:14,3-13."))
        #expect(result.standardError.contains("Only European regions are allowed.\n\nThis was checked by the validation rule at main.tf:23,3-13."))
    }

    @Test("-var sets a variable for the session")
    func variablesFromCommandLine() throws {
        let directory = CLIRunner.fixtures.appendingPathComponent("console/basic")
        let result = try CLIRunner.run(["console", "-var", "region=us-east-2"], in: directory, input: "local.name\n")
        #expect(result.standardOutput == "\"web-us-east-2\"\n")
    }
}
