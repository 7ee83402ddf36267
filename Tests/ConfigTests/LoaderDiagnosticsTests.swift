import Config
import Foundation
import HCL
import Testing

/// What the loader reports for declarations Terraform refuses, each checked against Terraform
/// 1.15.5: summary, and where the subject starts.
@Suite("Loader diagnostics")
struct LoaderDiagnosticsTests {
    /// Loads `primary` files, then `overrides`, as one module.
    static func load(_ primary: [String: String], overrides: [String: String] = [:]) -> [Diagnostic] {
        func parse(_ files: [String: String]) -> [ParsedFile] {
            files.keys.sorted().map { Parser.parse(SourceFile(filename: $0, text: files[$0] ?? "")) }
        }
        return ModuleLoader.load(ModuleFiles(primary: parse(primary), overrides: parse(overrides), diagnostics: []), directory: ".").1
    }

    /// `summary @ line:column` for each diagnostic, warnings marked.
    static func described(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { diagnostic in
            let place = diagnostic.subject.map { "\($0.start.line):\($0.start.column)" } ?? "-"
            return (diagnostic.severity == .warning ? "warning: " : "") + "\(diagnostic.summary) @ \(place)"
        }
    }

    private func found(_ text: String) -> [String] {
        Self.described(Self.load(["main.tf": text]))
    }

    @Test("variables: reserved names, flags, legacy type hints, defaults and validations")
    func variables() {
        let text = """
            variable "count" {}
            variable "a" {
              type    = "string"
              default = var.x
            }
            variable "b" {
              type      = list(number)
              default   = ["a"]
              sensitive = "yes"
            }
            variable "c" {
              nullable = false
              default  = null
              validation {
                condition     = true
                error_message = "x"
              }
            }
            variable "d" {
              const     = true
              ephemeral = true
            }

            """
        #expect(found(text) == [
            "Invalid variable name @ 1:10",
            "Invalid quoted type constraints @ 3:13",
            "Variables not allowed @ 4:13",
            "Unsuitable value type @ 9:16",
            "Invalid default value for variable @ 8:15",
            "Invalid default value for variable @ 13:14",
            "Invalid validation expression @ 15:21",
            "Invalid variable validation condition @ 15:21",
            "Const variable cannot be ephemeral @ 19:1",
        ])
    }

    @Test("resources: names, meta-arguments, lifecycle and provisioners")
    func resources() {
        let text = """
            resource "aws_instance" "a" {
              count    = 1
              for_each = {}
              provider = "aws.west"
              lifecycle {
                ignore_changes       = ["*", tags]
                replace_triggered_by = [var.x, aws_instance.b]
              }
              provisioner "habitat" {}
              provisioner "local-exec" {
                when = later
              }
              locals {}
            }
            data "x y" "b" {
              lifecycle {
                create_before_destroy = true
              }
            }

            """
        #expect(found(text) == [
            "Invalid combination of \"count\" and \"for_each\" @ 3:3",
            "warning: Quoted references are deprecated @ 4:14",
            "Invalid reference in replace_triggered_by expression @ 7:29",
            "Invalid replace_triggered_by expression @ 7:29",
            "Invalid ignore_changes wildcard @ 6:28",
            "Invalid ignore_changes ruleset @ 6:29",
            "The \"habitat\" provisioner has been removed @ 9:15",
            "Invalid \"when\" keyword @ 11:12",
            "Reserved block type name in resource block @ 13:3",
            "Invalid data source name @ 15:6",
            "Invalid data resource lifecycle argument @ 17:5",
        ])
    }

    @Test("destroy-time provisioners refer only to their own resource")
    func destroyProvisioners() {
        let text = """
            resource "null_resource" "a" {
              provisioner "local-exec" {
                when    = destroy
                command = "echo ${self.id} ${count.index} ${path.module} ${local.x}"
              }
            }

            """
        #expect(found(text) == ["Invalid reference from destroy provisioner @ 4:15"])
    }

    @Test("the terraform block: version constraints, experiments, providers and backends")
    func terraformBlock() {
        let text = """
            terraform {
              required_version = "nope"
              experiments      = [foo]
              required_providers {
                a = { source = "a/terraform-b" }
                b = { source = 5 }
                c = { source = "x/c", other = 1 }
              }
              backend "local" {}
              backend "s3" {}
            }
            required_providers {}

            """
        #expect(found(text) == [
            "Invalid version constraint @ 2:22",
            "Module uses experimental features @ 3:3",
            "Invalid provider type @ 5:20",
            "Invalid source @ 6:20",
            "Invalid required_providers object @ 7:27",
            "Invalid required_providers block @ 12:1",
            "Duplicate 'backend' configuration block @ 10:3",
        ])
    }

    @Test("a labelled terraform block is reported by each of Terraform's three readings")
    func terraformLabels() {
        #expect(found("terraform \"x\" {}\n") == Array(repeating: "Extraneous label for terraform @ 1:11", count: 3))
    }

    @Test("module calls: source required, meta-arguments and passed providers")
    func moduleCalls() {
        let text = """
            module "a" {
              source = "./a"
              providers = {
                aws = aws.one
                aws = aws.two
              }
              lifecycle {}
            }
            module "b" {}

            """
        #expect(found(text) == [
            "Duplicate provider address @ 5:11",
            "Reserved block type name in module block @ 7:3",
            "Missing required argument @ 9:12",
        ])
    }

    @Test("refactoring and import blocks")
    func refactoring() {
        let text = """
            moved {
              from = aws_instance.a
              to   = module.b
            }
            removed {
              from = data.a.b
            }
            import {
              to = aws_instance.a
            }
            import {
              to = aws_instance.a
              id = "x"
            }
            import {
              to = aws_instance.a
              id = "y"
            }
            check "c" {}

            """
        #expect(found(text) == [
            "Invalid \"moved\" addresses @ 1:1",
            "Data source address not allowed @ 6:10",
            "Invalid import block @ 8:1",
            "Zero assert blocks @ 19:1",
            "Duplicate import configuration for \"aws_instance.a\" @ 12:8",
            "Duplicate import configuration for \"aws_instance.a\" @ 16:8",
            "Duplicate import configuration for \"aws_instance.a\" @ 16:8",
        ])
    }

    @Test("declarations clash across files, after each file's own problems")
    func duplicates() {
        let found = Self.described(Self.load([
            "a.tf": "output \"o\" {\n  value = 1\n}\nprovider \"aws\" {\n  alias = \"x\"\n}\n",
            "b.tf": "output \"o\" {\n  value = 2\n}\nprovider \"aws\" {\n  alias = \"x\"\n}\nvariable \"v\" {\n  foo = 2\n}\n",
        ]))
        #expect(found == [
            "Unsupported argument @ 8:3",
            "Duplicate provider configuration @ 4:1",
            "Duplicate output definition @ 1:1",
        ])
    }
}

@Suite("Override files")
struct OverrideFileTests {
    private func found(_ primary: String, _ override: String) -> [String] {
        LoaderDiagnosticsTests.described(LoaderDiagnosticsTests.load(["main.tf": primary], overrides: ["override.tf": override]))
    }

    @Test("declarations of an override file replace those they override instead of clashing")
    func merged() {
        let primary = "variable \"v\" {\n  default = \"a\"\n}\noutput \"o\" {\n  value = 1\n}\nresource \"t\" \"r\" {}\n"
        let override = "variable \"v\" {\n  default = \"b\"\n}\noutput \"o\" {\n  sensitive = true\n}\nresource \"t\" \"r\" {\n  lifecycle {\n    ignore_changes = all\n  }\n}\n"
        #expect(found(primary, override).isEmpty)
    }

    @Test("an override needs something to override")
    func missingBase() {
        let override = """
            variable "v" {}
            locals {
              l = 1
            }
            resource "t" "r" {}
            moved {
              from = t.a
              to   = t.b
            }

            """
        #expect(found("", override) == [
            "Missing base variable declaration to override @ 1:1",
            "Missing base local value definition to override @ 3:3",
            "Missing resource to override @ 5:1",
            "Cannot override 'moved' blocks @ 6:1",
        ])
    }

    @Test("a type overridden without its default can make the default invalid")
    func typeOverride() {
        let diagnostics = LoaderDiagnosticsTests.load(
            ["main.tf": "variable \"v\" {\n  type    = list(string)\n  default = [\"a\"]\n}\n"],
            overrides: ["override.tf": "variable \"v\" {\n  type = string\n}\n"])
        #expect(diagnostics.map(\.detail) == [
            "Overriding this variable's type constraint has made its default value invalid: string required, but have list of string.",
        ])
        #expect(diagnostics.first?.subject?.filename == "override.tf")
        #expect(diagnostics.first?.subject?.start.line == 1)
    }

    @Test("depends_on and conditions cannot be overridden")
    func unsupported() {
        let primary = "resource \"t\" \"r\" {}\n"
        let override = "resource \"t\" \"r\" {\n  depends_on = [t.x]\n  lifecycle {\n    precondition {\n      condition     = t.x.ok\n      error_message = \"x\"\n    }\n  }\n}\n"
        #expect(found(primary, override) == ["Can't override precondition blocks @ 4:5", "Unsupported override @ 2:17"])
    }
}
