import Foundation
import Testing

/// `iac fmt` run as a user runs it. The expected output and exit codes are those of the reference
/// Terraform on the same fixtures (`Tests/Fixtures/fmt`), which these tests never modify.
@Suite("iac fmt")
struct FmtCLITests {
    private let unformatted = CLIRunner.fixtures.appendingPathComponent("fmt/unformatted")

    private let formattedMain = """
        resource "local_file" "greeting" {
          filename = "hello.txt"
          content  = var.greeting
        }

        variable "greeting" {
          type = string
        }

        """

    @Test("-check lists the files that need formatting and exits 3")
    func check() throws {
        let result = try CLIRunner.run(["fmt", "-check"], in: unformatted)
        #expect(result.standardOutput == "main.tf\n")
        #expect(result.standardError == "")
        #expect(result.status == 3)
    }

    @Test("-recursive also visits subdirectories; -list=false prints nothing")
    func recursiveAndList() throws {
        let recursive = try CLIRunner.run(["fmt", "-check", "-recursive"], in: unformatted)
        #expect(recursive.standardOutput == "main.tf\nsub/nested.tf\n")
        #expect(recursive.status == 3)
        let quiet = try CLIRunner.run(["fmt", "-check", "-list=false"], in: unformatted)
        #expect(quiet.standardOutput == "")
        #expect(quiet.status == 3)
    }

    @Test("-check on canonical input exits 0")
    func checkClean() throws {
        let result = try CLIRunner.run(["fmt", "-check", "ok.tf"], in: unformatted)
        #expect(result.standardOutput == "")
        #expect(result.status == 0)
    }

    @Test("-diff prints a unified diff labelled old/ and new/")
    func diff() throws {
        let result = try CLIRunner.run(["fmt", "-diff", "-write=false"], in: unformatted)
        #expect(result.standardOutput == """
            main.tf
            --- old/main.tf
            +++ new/main.tf
            @@ -1,8 +1,8 @@
             resource "local_file" "greeting" {
            -filename="hello.txt"
            -  content = "${var.greeting}"
            +  filename = "hello.txt"
            +  content  = var.greeting
             }
             \("")
             variable "greeting" {
            -  type = "string"
            +  type = string
             }

            """)
        #expect(result.status == 0)
    }

    @Test("-write=false -list=false prints the formatted file")
    func printResult() throws {
        let result = try CLIRunner.run(["fmt", "-write=false", "-list=false", "main.tf"], in: unformatted)
        #expect(result.standardOutput == formattedMain)
        #expect(result.status == 0)
    }

    @Test("- formats standard input and ends the output with a newline")
    func standardInput() throws {
        let result = try CLIRunner.run(["fmt", "-"], in: unformatted, input: "a=1")
        #expect(result.standardOutput == "a = 1\n")
        #expect(result.status == 0)
        let check = try CLIRunner.run(["fmt", "-check", "-"], in: unformatted, input: "a=1")
        #expect(check.standardOutput == "")
        #expect(check.status == 3)
    }

    @Test("without options, files are rewritten in place and their names listed")
    func write() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("iac-fmt-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: unformatted, to: scratch)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let result = try CLIRunner.run(["fmt"], in: scratch)
        #expect(result.standardOutput == "main.tf\n")
        #expect(result.status == 0)
        let rewritten = try String(contentsOf: scratch.appendingPathComponent("main.tf"), encoding: .utf8)
        #expect(rewritten == formattedMain)
        let again = try CLIRunner.run(["fmt", "-check"], in: scratch)
        #expect(again.status == 0)
    }

    @Test("a syntax error is reported, nothing is changed, and the exit status is 2")
    func syntaxError() throws {
        let result = try CLIRunner.run(["fmt", "-no-color"], in: CLIRunner.fixtures.appendingPathComponent("fmt/syntax-error"))
        #expect(result.standardOutput == "")
        #expect(result.standardError.contains("Error: Invalid expression"))
        #expect(result.standardError.contains("on bad.tf line 2, in resource \"a\" \"b\":"))
        #expect(result.status == 2)
    }

    @Test("unknown flags and files of other kinds are refused as Terraform refuses them")
    func refusals() throws {
        let flag = try CLIRunner.run(["fmt", "-bogus"], in: unformatted)
        #expect(flag.standardError.hasSuffix("Error parsing command-line flags: flag provided but not defined: -bogus\n\n"))
        #expect(flag.status == 1)
        let text = try CLIRunner.run(["fmt", "-no-color", "notes.txt"], in: unformatted)
        #expect(text.standardError == "\nError: Only .tf, .tfvars, and .tftest.hcl files can be processed with iac fmt\n\n\n")
        #expect(text.status == 2)
        let missing = try CLIRunner.run(["fmt", "-no-color", "nowhere"], in: unformatted)
        #expect(missing.standardError == "\nError: No file or directory at nowhere\n\n\n")
        #expect(missing.status == 2)
    }
}
