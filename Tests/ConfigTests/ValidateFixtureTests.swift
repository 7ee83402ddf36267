import Config
import Foundation
import HCL
import Testing

/// `terraform validate` over whole configurations (a root module, the modules it calls and its
/// test files) in `Tests/Fixtures/validate-modules`. Each case's `expected.json` is what the
/// reference Terraform 1.15.5 printed for `terraform validate -json` after `init`; the
/// diagnostics must match in severity, summary, detail and range. Terraform walks its graph
/// concurrently, so its order is not meaningful and the two lists are compared sorted.
@Suite("validate on configurations with modules and test files")
struct ValidateFixtureTests {
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/validate-modules")

    static let cases = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
        .filter { !$0.hasPrefix(".") }.sorted()

    /// Cases whose expected file was not produced by Terraform, and why.
    static let writtenByHand: [String: String] = [
        "source-cycle": "Terraform 1.15.5 has no cycle check: init recurses through a.b.a.b… until the module path is too long for the file system ('file name too long'); iac reports the cycle at the call that closes it",
    ]

    /// One diagnostic as `terraform validate -json` reports it.
    struct Reported: Comparable, CustomStringConvertible {
        var severity: String
        var summary: String
        var detail: String
        var range: String

        var description: String { "\(severity): \(summary) @ \(range)\n  \(detail)" }

        static func < (lhs: Reported, rhs: Reported) -> Bool {
            (lhs.range, lhs.summary, lhs.detail, lhs.severity) < (rhs.range, rhs.summary, rhs.detail, rhs.severity)
        }
    }

    private static func position(_ json: [String: Any]) -> String {
        "\(json["line"] ?? "?"):\(json["column"] ?? "?")#\(json["byte"] ?? "?")"
    }

    private func expected(_ name: String) throws -> [Reported] {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("\(name)/expected.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        return diagnostics.map { diagnostic in
            var range = "-"
            if let json = diagnostic["range"] as? [String: Any], let start = json["start"] as? [String: Any], let end = json["end"] as? [String: Any] {
                range = "\(json["filename"] ?? "?"):\(Self.position(start))-\(Self.position(end))"
            }
            return Reported(
                severity: diagnostic["severity"] as? String ?? "", summary: diagnostic["summary"] as? String ?? "",
                detail: diagnostic["detail"] as? String ?? "", range: range)
        }
    }

    private func reported(_ name: String) -> [Reported] {
        let directory = Self.fixtures.appendingPathComponent(name).path
        let diagnostics = ConfigValidation.validate(directory: directory, displayPrefix: "", workingDirectory: directory).diagnostics
        return diagnostics.map { diagnostic in
            let range = diagnostic.subject.map { subject in
                "\(subject.filename):\(subject.start.line):\(subject.start.column)#\(subject.start.byte)-\(subject.end.line):\(subject.end.column)#\(subject.end.byte)"
            } ?? "-"
            return Reported(severity: diagnostic.severity.rawValue, summary: diagnostic.summary, detail: diagnostic.detail, range: range)
        }
    }

    @Test("diagnostics match Terraform's", arguments: cases)
    func matchesTerraform(name: String) throws {
        let want = try expected(name).sorted()
        let got = reported(name).sorted()
        #expect(got == want, "\(name)\nexpected:\n\(want.map(\.description).joined(separator: "\n"))\ngot:\n\(got.map(\.description).joined(separator: "\n"))")
    }

    @Test("every hand-written case exists")
    func exceptionsExist() {
        for name in Self.writtenByHand.keys {
            #expect(Self.cases.contains(name), "\(name)")
        }
    }

    @Test("child modules are loaded from their local sources, with files named from the root")
    func tree() throws {
        let directory = Self.fixtures.appendingPathComponent("nested-valid").path
        let (tree, diagnostics) = ModuleTreeLoader.load(directory: directory, displayPrefix: "", workingDirectory: directory)
        #expect(diagnostics.isEmpty)
        #expect(tree.allModules.map(\.address) == ["", "module.app", "module.network", "module.network.module.subnet"])
        let subnet = try #require(tree.descendant(["network", "subnet"]))
        #expect(subnet.module.directory == "modules/network/subnet")
        #expect(subnet.files.files.map(\.source.filename) == ["modules/network/subnet/main.tf"])
    }

    @Test("references to a module that is not loaded (a registry one) wait for nothing, so they make no cycle")
    func unloadedModules() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("iac-modules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("app"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
            module "registry" {
              source   = "terraform-aws-modules/ecr/aws"
              readers  = [module.app.arn]
            }
            module "app" {
              source = "./app"
              repo   = module.registry.name
            }

            """.write(to: directory.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        try """
            variable "repo" {}
            output "arn" {
              value = var.repo
            }

            """.write(to: directory.appendingPathComponent("app/main.tf"), atomically: true, encoding: .utf8)
        let result = ConfigValidation.validate(directory: directory.path, displayPrefix: "", workingDirectory: directory.path)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }

    @Test("a directory argument prefixes every module's files")
    func displayPrefix() throws {
        let result = ConfigValidation.validate(
            directory: Self.fixtures.appendingPathComponent("child-syntax-error").path, displayPrefix: "child-syntax-error/",
            workingDirectory: Self.fixtures.path)
        #expect(result.diagnostics.compactMap(\.subject?.filename).contains("child-syntax-error/modules/broken/main.tf"))
        #expect(result.files.files.map(\.source.filename).contains("child-syntax-error/modules/broken/outputs.tf"))
    }
}
