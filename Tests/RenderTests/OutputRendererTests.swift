import HCL
import Render
import State
import Testing
import Values

@Suite("iac output against Terraform 1.15.5")
struct OutputRendererTests {
    private let names = ["plain", "number", "listed", "mapped", "secret", "multiline", "later"]

    /// The outputs of the state Terraform wrote after the first apply.
    private func outputs() throws -> [String: OutputState] {
        try TerraformStateFixture("state.json").snapshot.outputs
    }

    private func text(_ result: Result<String, Diagnostic>) -> String {
        switch result {
        case .success(let text): text
        case .failure(let diagnostic): DiagnosticRenderer(files: [:]).render(diagnostic)
        }
    }

    @Test("all outputs as name = value lines, sensitive ones hidden")
    func all() throws {
        let rendered = OutputRenderer(color: false).command(try outputs(), name: nil, json: false, raw: false)
        expectSameText(text(rendered), try TerraformPlanFixture.text("output-all.txt"))
    }

    @Test("one output in the console's format, even a sensitive one")
    func single() throws {
        let outputs = try outputs()
        for name in names {
            let rendered = OutputRenderer(color: false).command(outputs, name: name, json: false, raw: false)
            expectSameText(text(rendered), try TerraformPlanFixture.text("output-\(name).txt"))
        }
    }

    @Test("-raw prints strings, numbers and bools bare and rejects other types")
    func raw() throws {
        let outputs = try outputs()
        for name in names {
            let rendered = OutputRenderer(color: false).command(outputs, name: name, json: false, raw: true)
            expectSameText(text(rendered), try TerraformPlanFixture.text("output-raw-\(name).txt"))
        }
    }

    @Test("-json prints one value compactly, or every output with its type indented")
    func json() throws {
        let outputs = try outputs()
        for name in names {
            let rendered = OutputRenderer(color: false).command(outputs, name: name, json: true, raw: false)
            expectSameText(text(rendered), try TerraformPlanFixture.text("output-json-\(name).txt"))
        }
        let all = OutputRenderer(color: false).command(outputs, name: nil, json: true, raw: false)
        expectSameText(text(all), try TerraformPlanFixture.text("output-json-all.txt"))
        #expect(text(OutputRenderer(color: false).command([:], name: nil, json: true, raw: false)) == "{}\n")
    }

    @Test("no outputs is a warning, a missing name an error, and -raw needs a name")
    func problems() throws {
        let renderer = OutputRenderer(color: false)
        guard case .failure(let none) = renderer.command([:], name: nil, json: false, raw: false) else {
            Issue.record("no outputs should be reported")
            return
        }
        #expect(none.severity == .warning)
        #expect(none.summary == "No outputs found")
        #expect(none.detail.hasPrefix("The state file either has no outputs defined, or all the defined outputs are empty."))
        guard case .failure(let missing) = renderer.command(try outputs(), name: "nope", json: false, raw: false) else {
            Issue.record("a missing output should be reported")
            return
        }
        #expect(missing.summary == "Output \"nope\" not found")
        #expect(missing.detail.contains("be sure to run `iac apply`, since the state won't be updated"))
        guard case .failure(let rawAll) = renderer.command(try outputs(), name: nil, json: false, raw: true) else {
            Issue.record("-raw without a name should be reported")
            return
        }
        #expect(rawAll.summary == "Raw output format is only supported for single outputs")
    }

    @Test("after apply: the Outputs heading, then every output")
    func afterApply() throws {
        let rendered = OutputRenderer(color: false).afterApply(try outputs())
        #expect(rendered == "\nOutputs:\n\n" + (try TerraformPlanFixture.text("output-all.txt")))
        #expect(OutputRenderer(color: false).afterApply([:]) == "")
        let one = ["x": OutputState(name: "x", valueJSON: "\"y\"", typeJSON: "\"string\"", sensitive: false)]
        #expect(OutputRenderer(color: true).afterApply(one) == "\u{1B}[0m\u{1B}[1m\u{1B}[32m\nOutputs:\n\n\u{1B}[0mx = \"y\"\n")
    }
}
