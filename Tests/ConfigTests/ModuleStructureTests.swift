import Config
import HCL
import Testing

@Suite("Structure validation")
struct StructureValidatorTests {
    private func summaries(_ sources: [String: String]) -> [String] {
        let files = sources.keys.sorted().map { Parser.parse(SourceFile(filename: $0, text: sources[$0] ?? "")) }
        return StructureValidator.validate(files).map(\.summary)
    }

    @Test("every top-level block type of the language is accepted")
    func knownBlocks() {
        let text = """
            terraform {}
            provider "p" {}
            variable "v" {}
            locals {}
            output "o" {}
            module "m" {}
            resource "t" "r" {}
            data "t" "d" {}
            ephemeral "t" "e" {}
            moved {}
            import {}
            removed {}
            check "c" {}
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
        let files = [Parser.parse(SourceFile(filename: "m.tf", text: "resourse \"a\" \"b\" {}\n"))]
        #expect(StructureValidator.validate(files).first?.detail == "Blocks of type \"resourse\" are not expected here. Did you mean \"resource\"?")
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
