import Config
import HCL
import Testing

@Suite("Module structure")
struct ModuleStructureTests {
    private func load(_ sources: [String: String]) -> [Diagnostic] {
        let files = sources.keys.sorted().map { Parser.parse(SourceFile(filename: $0, text: sources[$0] ?? "")) }
        return ModuleLoader.load(ModuleFiles(primary: files, overrides: [], diagnostics: []), directory: ".").1
    }

    private func summaries(_ sources: [String: String]) -> [String] {
        load(sources).map(\.summary)
    }

    @Test("every top-level block type of the language is accepted")
    func knownBlocks() {
        let text = """
            terraform {}
            provider "p" {}
            variable "v" {}
            locals {}
            output "o" {
              value = 1
            }
            module "m" {
              source = "./m"
            }
            resource "t" "r" {}
            data "t" "d" {}
            ephemeral "t" "e" {}
            moved {
              from = t.a
              to   = t.b
            }
            import {
              to = t.r
              id = "x"
            }
            removed {
              from = t.old
            }
            check "c" {
              assert {
                condition     = t.r.ok
                error_message = "not ok"
              }
            }
            action "t" "a" {}

            """
        #expect(summaries(["main.tf": text]).isEmpty)
    }

    @Test("unknown blocks, stray arguments and wrong labels are reported with a suggestion")
    func shapes() {
        let found = summaries(["main.tf": "resourse \"a\" \"b\" {}\nx = 1\nvariable {}\nlocals \"x\" {}\n"])
        #expect(found == [
            "Missing name for variable", "Extraneous label for locals", "Unsupported argument", "Unsupported block type",
        ])
        #expect(load(["m.tf": "resourse \"a\" \"b\" {}\n"]).first?.detail == "Blocks of type \"resourse\" are not expected here. Did you mean \"resource\"?")
    }

    @Test("declarations clash across the files of a module")
    func duplicates() {
        let found = summaries([
            "a.tf": "variable \"v\" {}\nresource \"t\" \"r\" {}\nprovider \"p\" {}\n",
            "b.tf": "variable \"v\" {}\nresource \"t\" \"r\" {}\nprovider \"p\" {\n  alias = \"second\"\n}\nprovider \"p\" {}\n",
        ])
        #expect(found == ["Duplicate provider configuration", "Duplicate variable declaration", "Duplicate resource \"t\" configuration"])
    }
}
