import Config
import Foundation
import HCL
import Testing

/// The stages of `iac validate` after loading, each checked against Terraform 1.15.5.
@Suite("Validation pipeline")
struct ValidationPipelineTests {
    /// Validates a module made of `files`, written to a fresh temporary directory.
    private func validate(_ files: [String: String]) throws -> [String] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("iac-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (name, text) in files {
            try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let diagnostics = ConfigValidation.validate(directory: directory.path, displayPrefix: "", workingDirectory: directory.path).diagnostics
        return LoaderDiagnosticsTests.described(diagnostics)
    }

    @Test("module sources and versions are read as init reads them")
    func moduleSources() throws {
        let text = """
            module "a" {
              source  = "../boop"
              version = "1.0.0"
            }
            module "b" {
              source = "modules/x"
            }
            module "c" {
              source = var.path
            }
            module "d" {
              source  = var.fixed
              version = local.none
            }
            module "e" {
              source  = "hashicorp/e/aws"
              version = "not a version"
            }
            variable "path" {
              default = "./x"
            }
            variable "fixed" {
              default = "./x"
              const   = true
            }
            locals {
              none = null
            }

            """
        #expect(try validate(["main.tf": text]) == [
            "Invalid registry module source address @ 2:13",
            "Invalid module source address @ 6:12",
            "Unknown module source @ 9:12",
            "Invalid version constraint @ 17:13",
        ])
    }

    @Test("a required_version that excludes 1.15.5 stops evaluation, not the backend check")
    func coreVersion() throws {
        let text = """
            terraform {
              required_version = "~> 1.14.0"
              backend "example" {}
            }
            output "o" {
              value = var.missing
            }

            """
        #expect(try validate(["main.tf": text]) == [
            "Unsupported Terraform Core version @ 2:3",
            "Unsupported backend type @ 3:11",
        ])
    }

    @Test("backends Terraform removed get their own messages")
    func removedBackend() throws {
        let found = try validate(["main.tf": "terraform {\n  backend \"etcd\" {}\n}\n"])
        #expect(found == ["Unsupported backend type @ 2:11"])
    }

    @Test("an object that fails is not evaluated again through what depends on it")
    func dependents() throws {
        let text = """
            resource "terraform_data" "a" {
              input = var.missing
            }
            output "o" {
              value = terraform_data.a.output
            }
            output "p" {
              value = local.missing
            }

            """
        #expect(try validate(["main.tf": text]) == [
            "Reference to undeclared input variable @ 2:11",
            "Reference to undeclared local value @ 8:11",
        ])
    }

    @Test("a bad reference stops the evaluation of the block it is in")
    func blockReferences() throws {
        let text = """
            resource "terraform_data" "a" {
              input            = upper(1, 2)
              triggers_replace = var.missing
            }
            resource "terraform_data" "b" {
              input = upper(1, 2)
            }

            """
        #expect(try validate(["main.tf": text]) == [
            "Reference to undeclared input variable @ 3:22",
            "Too many function arguments @ 6:20",
        ])
    }

    @Test("count and for_each must be usable values")
    func repetition() throws {
        let text = """
            resource "terraform_data" "a" {
              count = "abc"
            }
            resource "terraform_data" "b" {
              count = -1
            }
            resource "terraform_data" "c" {
              for_each = ["a"]
            }
            resource "terraform_data" "d" {
              for_each = toset([1])
            }

            """
        #expect(try validate(["main.tf": text]) == [
            "Incorrect value type @ 2:11",
            "Invalid count argument @ 5:11",
            "Invalid for_each argument @ 8:14",
            "Invalid for_each set argument @ 11:14",
        ])
    }

    @Test("depends_on names whole objects that exist; a resource's list stops at its first problem")
    func dependsOn() throws {
        let text = """
            resource "terraform_data" "a" {}
            resource "terraform_data" "b" {
              depends_on = [terraform_data.a.id, module.m]
            }
            resource "terraform_data" "c" {
              depends_on = [module.m.x, data.d.e]
            }
            output "o" {
              value      = 1
              depends_on = [module.m.x, data.d.e, terraform_data.a.id]
            }

            """
        #expect(try validate(["main.tf": text]) == [
            "Invalid depends_on reference @ 3:33",
            "Reference to undeclared module @ 6:17",
            "Reference to undeclared module @ 10:17",
            "Invalid depends_on reference @ 10:55",
        ])
    }

    @Test("an aliased provider configuration must be declared, and then nothing is evaluated")
    func providerConfiguration() throws {
        let text = "resource \"terraform_data\" \"a\" {\n  provider = terraform.foo\n}\noutput \"o\" {\n  value = var.nope\n}\n"
        let found = try validate(["main.tf": text])
        #expect(found == ["Provider configuration not present @ -"])
    }

    @Test("provisioners other than Terraform's three are missing plugins, and nothing is evaluated")
    func provisionerPlugins() throws {
        let text = "resource \"terraform_data\" \"a\" {\n  provisioner \"boop\" {}\n  provisioner \"local-exec\" {}\n}\noutput \"o\" {\n  value = var.nope\n}\n"
        #expect(try validate(["main.tf": text]) == ["Missing required provisioner plugin @ -"])
    }

    @Test("an import block chooses a provider only for a resource it generates")
    func importProvider() throws {
        let text = "import {\n  provider = local\n  id       = \"x\"\n  to       = local_file.a\n}\nresource \"local_file\" \"a\" {}\n"
        #expect(try validate(["main.tf": text]) == ["Invalid import provider argument @ 2:3"])
    }

    @Test("references suggest close names and check instance keys against count and for_each")
    func referenceChecks() throws {
        let text = """
            variable "name" {
              default = "x"
            }
            resource "terraform_data" "single" {}
            resource "terraform_data" "counted" {
              count = 2
            }
            data "terraform_remote_state" "rs" {
              backend = "local"
            }
            output "a" {
              value = [var.nmae, terraform_data.single[0].id, terraform_data.counted.id, terraform_remote_state.rs.outputs]
            }

            """
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("iac-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try text.write(to: directory.appendingPathComponent("main.tf"), atomically: true, encoding: .utf8)
        let details = ConfigValidation.validate(directory: directory.path, displayPrefix: "", workingDirectory: directory.path)
            .diagnostics.map(\.detail)
        #expect(details == [
            "An input variable with the name \"nmae\" has not been declared. Did you mean \"name\"?",
            "Because terraform_data.single does not have \"count\" or \"for_each\" set, references to it must not include an index key. Remove the bracketed index to refer to the single instance of this resource.",
            "Because terraform_data.counted has \"count\" set, its attributes must be accessed on specific instances.\n\nFor example, to correlate with indices of a referring resource, use:\n    terraform_data.counted[count.index]",
            "A managed resource \"terraform_remote_state\" \"rs\" has not been declared in the root module.\n\nDid you mean the data resource data.terraform_remote_state.rs?",
        ])
    }

    @Test("objects that depend on each other in a circle stop validation; a local may not use itself")
    func cycles() throws {
        let circle = """
            resource "terraform_data" "a" {
              input = terraform_data.b.id
            }
            resource "terraform_data" "b" {
              input = terraform_data.a.id
            }
            output "o" {
              value = var.nope
            }

            """
        #expect(try validate(["main.tf": circle]) == ["Cycle: terraform_data.b, terraform_data.a @ -"])
        let own = "locals {\n  x = local.x + 1\n}\n"
        #expect(try validate(["main.tf": own]) == ["Self-referencing local value @ 2:7"])
    }

    @Test("after a bad reference to an object, custom conditions are evaluated as Terraform's are")
    func conditions() throws {
        let text = """
            resource "terraform_data" "a" {
              lifecycle {
                precondition {
                  condition     = local.nope == 1
                  error_message = "${self.id}"
                }
              }
            }
            output "o" {
              value = 1
              precondition {
                condition     = self.x && var.q
                error_message = "x"
              }
            }
            check "c" {
              assert {
                condition     = terraform_data.zz.id == 1
                error_message = "${local.nope}"
              }
            }

            """
        #expect(try validate(["main.tf": text]) == [
            "Reference to undeclared local value @ 4:23",
            "Invalid \"self\" reference @ 5:26",
            "Unknown variable @ 5:26",
            "Invalid \"self\" reference @ 12:21",
            "Unknown variable @ 12:21",
            "Unknown variable @ 12:31",
            "Reference to undeclared resource @ 18:21",
            "Unknown variable @ 19:24",
        ])
    }

    @Test("root module outputs may not be deprecated or ephemeral")
    func rootOutputs() throws {
        let text = "output \"a\" {\n  value      = 1\n  deprecated = \"use b\"\n}\noutput \"b\" {\n  value     = 1\n  ephemeral = true\n}\n"
        #expect(try validate(["main.tf": text]) == [
            "Root module output deprecated @ 3:3",
            "Ephemeral output not allowed @ 5:1",
        ])
    }

    @Test(".tf.json files are read with Terraform's schema")
    func json() throws {
        let text = """
            {
              "variable": {"v": {"type": "list(string)", "default": ["x"], "foo": 1}},
              "output": {"o": {"value": "${var.v}", "depends_on": ["var.v"]}},
              "moved": [{"from": "a.b", "to": "module.c"}]
            }
            """
        #expect(try validate(["main.tf.json": text]) == [
            "Extraneous JSON object property @ 2:64",
            "Invalid \"moved\" addresses @ 4:12",
        ])
    }

    @Test("files Terraform does not read are left alone")
    func ignoredFiles() throws {
        #expect(try validate([
            "main.tofu": "nonsense {", ".hidden.tf": "nonsense {", "backup.tf~": "nonsense {", ".hidden.tftest.hcl": "run {}",
            "a.tftest.hcl~": "run {}", "a.tfquery.hcl": "nonsense {",
        ]).isEmpty)
    }
}
