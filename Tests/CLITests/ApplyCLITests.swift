import Foundation
import Testing

/// `iac plan`, `apply` and `destroy` run as a user runs them, on local files and
/// terraform_data, with the whole output compared to golden files. Applies run with
/// `-parallelism=1` so that their progress lines come in one order.
@Suite("plan and apply end to end")
struct ApplyCLITests {
    static let files = #"""
    variable "greeting" {
      default = "hello"
    }

    resource "terraform_data" "release" {
      input = { greeting = var.greeting, size = 2 }
    }

    resource "local_file" "note" {
      filename        = "out/note.txt"
      content         = "${var.greeting}, world\n"
      file_permission = "0644"
    }

    resource "local_file" "copy" {
      filename = "out/copy.txt"
      content  = local_file.note.content
    }

    output "note_id" {
      value = local_file.note.id
    }
    """#

    @Test("create, no changes, update in place, replace, drift, destroy")
    func lifecycle() throws {
        let scenario = try Scenario("lifecycle")
        try scenario.write(Self.files)
        #expect(try scenario.run("01-init", ["init", "-no-color"]) == 0)
        #expect(try scenario.run("02-plan", ["plan", "-no-color", "-parallelism=1"]) == 0)
        #expect(try scenario.run("03-apply", ["apply", "-auto-approve", "-no-color", "-parallelism=1"]) == 0)
        #expect(try scenario.contents("out/note.txt") == "hello, world\n")
        #expect(try scenario.run("04-plan-unchanged", ["plan", "-no-color", "-parallelism=1", "-detailed-exitcode"]) == 0)
        #expect(try scenario.run("05-apply-update", ["apply", "-auto-approve", "-no-color", "-parallelism=1", "-var", "greeting=hi"]) == 0)
        #expect(try scenario.contents("out/copy.txt") == "hi, world\n")
        try "edited outside\n".write(to: scenario.url.appendingPathComponent("out/note.txt"), atomically: true, encoding: .utf8)
        #expect(try scenario.run("06-plan-edited", ["plan", "-no-color", "-parallelism=1", "-var", "greeting=hi", "-detailed-exitcode"]) == 2)
        try FileManager.default.removeItem(at: scenario.url.appendingPathComponent("out/copy.txt"))
        #expect(try scenario.run("07-apply-drift", ["apply", "-auto-approve", "-no-color", "-parallelism=1", "-var", "greeting=hi"]) == 0)
        #expect(try scenario.contents("out/note.txt") == "hi, world\n")
        #expect(try scenario.run("08-output", ["output", "-no-color"]) == 0)
        #expect(try scenario.run("09-state-list", ["state", "list"]) == 0)
        #expect(try scenario.run("10-destroy", ["destroy", "-auto-approve", "-no-color", "-parallelism=1", "-var", "greeting=hi"]) == 0)
        #expect(!FileManager.default.fileExists(atPath: scenario.url.appendingPathComponent("out/note.txt").path))
        #expect(try scenario.run("11-state-list-empty", ["state", "list"]) == 0)
    }

    @Test("count and for_each grow and shrink")
    func repetition() throws {
        let scenario = try Scenario("repetition")
        let configuration = { (count: Int, keys: [String]) in
            """
            resource "local_file" "numbered" {
              count    = \(count)
              filename = "out/n${count.index}.txt"
              content  = "number ${count.index}"
            }

            resource "local_file" "named" {
              for_each = toset([\(keys.map { "\"\($0)\"" }.joined(separator: ", "))])
              filename = "out/${each.key}.txt"
              content  = each.key
            }
            """
        }
        try scenario.write(configuration(2, ["a", "b"]))
        #expect(try scenario.run("01-apply", ["apply", "-auto-approve", "-no-color", "-parallelism=1"]) == 0)
        try scenario.write(configuration(3, ["b", "c"]))
        #expect(try scenario.run("02-plan-grow", ["plan", "-no-color", "-parallelism=1"]) == 0)
        #expect(try scenario.run("03-apply-grow", ["apply", "-auto-approve", "-no-color", "-parallelism=1"]) == 0)
        try scenario.write(configuration(1, []))
        #expect(try scenario.run("04-apply-shrink", ["apply", "-auto-approve", "-no-color", "-parallelism=1"]) == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: scenario.url.appendingPathComponent("out").path).sorted()
        #expect(left == ["n0.txt"])
    }

    @Test("a cycle, prevent_destroy and a failing resource are reported with their addresses")
    func errors() throws {
        let scenario = try Scenario("errors")
        try scenario.write("""
        resource "terraform_data" "a" { input = terraform_data.b.output }
        resource "terraform_data" "b" { input = terraform_data.a.output }
        """)
        #expect(try scenario.run("01-cycle", ["plan", "-no-color", "-parallelism=1"]) == 1)
        try scenario.write("""
        resource "local_file" "kept" {
          filename = "out/kept.txt"
          content  = "one"
          lifecycle { prevent_destroy = true }
        }
        """)
        #expect(try scenario.run("02-apply-kept", ["apply", "-auto-approve", "-no-color", "-parallelism=1"]) == 0)
        try scenario.write("""
        resource "local_file" "kept" {
          filename = "out/kept.txt"
          content  = "two"
          lifecycle { prevent_destroy = true }
        }
        """)
        #expect(try scenario.run("03-prevent-destroy", ["plan", "-no-color", "-parallelism=1"]) == 1)
        try "a file, not a directory".write(to: scenario.url.appendingPathComponent("blocker"), atomically: true, encoding: .utf8)
        try scenario.write("""
        resource "local_file" "kept" {
          filename = "out/kept.txt"
          content  = "one"
          lifecycle { prevent_destroy = true }
        }
        resource "terraform_data" "first" { input = "first" }
        resource "local_file" "broken" {
          filename = "blocker/broken.txt"
          content  = terraform_data.first.output
        }
        resource "terraform_data" "after" { input = local_file.broken.id }
        """)
        #expect(try scenario.run("04-failing-apply", ["apply", "-auto-approve", "-no-color", "-parallelism=1"]) == 1)
        #expect(try scenario.run("05-state-after-failure", ["state", "list"]) == 0)
    }

    @Test("a saved plan applies exactly; a plan made before the state changed is refused")
    func savedPlans() throws {
        let scenario = try Scenario("saved-plan")
        try scenario.write(#"resource "terraform_data" "a" { input = "a" }"#)
        #expect(try scenario.run("01-plan-out", ["plan", "-no-color", "-parallelism=1", "-out=first.plan"]) == 0)
        #expect(try scenario.run("02-plan-out-again", ["plan", "-no-color", "-parallelism=1", "-out=second.plan"]) == 0)
        #expect(try scenario.run("03-apply-saved", ["apply", "-no-color", "-parallelism=1", "first.plan"]) == 0)
        #expect(try scenario.run("04-apply-stale", ["apply", "-no-color", "second.plan"]) == 1)
    }
}

/// `iac console` after an apply sees the objects in state.
@Suite("console with state")
struct ConsoleStateTests {
    @Test("resource attributes come from the state, with count instances as a tuple")
    func readsState() throws {
        let scenario = try Scenario("console-state")
        try scenario.write(#"""
        resource "local_file" "f" {
          count    = 2
          filename = "out/f${count.index}.txt"
          content  = "file ${count.index}"
        }
        """#)
        let apply = try CLIRunner.run(["apply", "-auto-approve", "-no-color"], in: scenario.url)
        #expect(apply.status == 0, "\(apply.standardError)")
        let console = try CLIRunner.run(["console"], in: scenario.url, input: "local_file.f[1].content\nlength(local_file.f)\nlocal_file.f[0].id\n")
        #expect(console.status == 0, "\(console.standardError)")
        #expect(console.standardOutput == "\"file 1\"\n2\n\"91b35b7d8395084c1ebb12d9828d5bce8683ddd8\"\n")
    }
}

/// A data source read during planning, as Terraform prints and uses it.
@Suite("data sources end to end")
struct DataSourceCLITests {
    @Test("a local_file data source is read during plan and its content flows into a resource")
    func readsDuringPlan() throws {
        let scenario = try Scenario("data-source")
        try "from disk\n".write(to: scenario.url.appendingPathComponent("input.txt"), atomically: true, encoding: .utf8)
        try scenario.write(#"""
        data "local_file" "input" {
          filename = "input.txt"
        }

        resource "local_file" "copy" {
          filename = "out/copy.txt"
          content  = upper(data.local_file.input.content)
        }
        """#)
        #expect(try scenario.run("01-apply", ["apply", "-auto-approve", "-no-color", "-parallelism=1"]) == 0)
        #expect(try scenario.contents("out/copy.txt") == "FROM DISK\n")
    }
}
