import Foundation
import HCL
import Render
import Testing

@Suite("Diagnostics about a resource instance")
struct DiagnosticObjectAddressTests {
    @Test("an error about an object names it on the line before the source location, as Terraform does")
    func withAddress() throws {
        let text = try TerraformPlanFixture.text("read-main.tf.txt")
        let file = Parser.parse(SourceFile(filename: "main.tf", text: text))
        let lineStart = text.components(separatedBy: "\n").prefix(3).map { $0.utf8.count + 1 }.reduce(0, +)
        // A provider's error about a whole object points at its body's opening brace.
        let brace = "data \"terraform_remote_state\" \"unk\" ".utf8.count
        let position = SourcePosition(line: 4, column: brace + 1, byte: lineStart + brace)
        var diagnostic = Diagnostic.error(
            "Unable to find remote state", "No stored state was found for the given workspace in the given backend.",
            at: SourceRange(filename: "main.tf", start: position, end: position))
        diagnostic.objectAddress = "data.terraform_remote_state.unk"
        let captured = try TerraformPlanFixture.text("apply-read.txt")
        let start = try #require(captured.range(of: "\nError: Unable to find remote state\n\n  with data.terraform_remote_state.unk"))
        let end = try #require(captured.range(of: "\nError:", range: start.upperBound..<captured.endIndex))
        // The snippet's caret line is the snippet renderer's business, not this test's.
        let rendered = DiagnosticRenderer(files: ["main.tf": file]).render(diagnostic)
            .components(separatedBy: "\n").filter { !$0.hasSuffix("^") }.joined(separator: "\n")
        expectSameText(rendered, String(captured[start.lowerBound..<end.lowerBound]))
    }

    @Test("without a source range the object line stands alone")
    func withoutRange() {
        var diagnostic = Diagnostic.error("Provider produced inconsistent result", "Detail.")
        diagnostic.objectAddress = "aws_instance.web[0]"
        #expect(DiagnosticRenderer(files: [:]).render(diagnostic) == "\nError: Provider produced inconsistent result\n\n  with aws_instance.web[0],\nDetail.\n")
    }
}
