import Config
import Foundation
import HCL
import Testing
import Values

@Suite("Variable values")
struct VariableValuesTests {
    /// A module declaring `region` (string), `ports` (list of numbers) and `name` (no default).
    private func module() -> Module {
        let text = """
            variable "region" {
              type    = string
              default = "eu-west-1"
            }
            variable "ports" {
              type    = list(number)
              default = [80]
            }
            variable "name" {
              type = string
            }
            """
        let file = Parser.parse(SourceFile(filename: "main.tf", text: text))
        return ModuleLoader.load(ModuleFiles(primary: [file], overrides: [], diagnostics: []), directory: ".").0
    }

    private func directory(_ files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("iac-vars-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, content) in files {
            try content.write(toFile: (path as NSString).appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return path
    }

    @Test("later sources win: environment, terraform.tfvars, .json, *.auto.tfvars, then -var")
    func precedence() throws {
        let path = try directory([
            "terraform.tfvars": "region = \"from-tfvars\"\nname = \"n\"\n",
            "terraform.tfvars.json": "{\"ports\": [1, 2]}",
            "b.auto.tfvars": "region = \"from-auto\"\n",
        ])
        let (values, diagnostics) = VariableValues.collect(
            module: module(), directory: path, commandLine: [.assignment("name=cli")],
            environment: ["TF_VAR_region": "from-env", "TF_VAR_name": "env"]
        )
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(values["region"] == .string("from-auto"))
        #expect(values["ports"] == .list([.number(1), .number(2)], elementType: .number))
        #expect(values["name"] == .string("cli"))
    }

    @Test("a missing required variable is an error that names it")
    func missingRequired() throws {
        let (_, diagnostics) = VariableValues.collect(module: module(), directory: try directory([:]), commandLine: [], environment: [:])
        #expect(diagnostics.map(\.summary) == ["No value for required variable"])
        #expect(diagnostics.first?.detail.contains("\"name\"") == true)
    }

    @Test("-var for a complex type is parsed as an expression and converted")
    func complexCommandLineValue() throws {
        let (values, diagnostics) = VariableValues.collect(
            module: module(), directory: try directory([:]),
            commandLine: [.assignment("ports=[\"8080\", 9090]"), .assignment("name=x")], environment: [:]
        )
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(values["ports"] == .list([.number(8080), .number(9090)], elementType: .number))
    }

    @Test("a value of the wrong type is reported with Terraform's message")
    func wrongType() throws {
        let (_, diagnostics) = VariableValues.collect(
            module: module(), directory: try directory([:]),
            commandLine: [.assignment("ports=[\"x\"]"), .assignment("name=x")], environment: [:]
        )
        #expect(diagnostics.map(\.summary) == ["Invalid value for input variable"])
    }
}
