import Config
import Foundation
import HCL
import Render
import Testing
import Values

/// Every expression of the corpus evaluated by iac, compared with Terraform's console: the
/// same printed value, or an error with the same summary and detail.
@Suite("Expression conformance with Terraform's console")
struct ExpressionConformanceTests {
    /// The console runs in the corpus' working directory, as Terraform's did, so that relative
    /// paths, `abspath` and `path.cwd` agree; no other test depends on the working directory.
    static let session: ConsoleSession = {
        FileManager.default.changeCurrentDirectoryPath(ExpressionCorpus.workdir.path)
        return ConsoleSession(
            directory: ".", workingDirectory: FileManager.default.currentDirectoryPath, commandLine: [], environment: [:]
        )
    }()

    @Test("the corpus has at least 600 expressions")
    func corpusSize() {
        let total = ExpressionCorpus.families.map { ExpressionCorpus.cases(of: $0).count }.reduce(0, +)
        #expect(total >= 600)
    }

    @Test("the console's configuration loads without errors")
    func sessionLoads() {
        #expect(!Self.session.diagnostics.hasErrors, "\(Self.session.diagnostics)")
    }

    @Test("iac gives Terraform's result for every expression except the listed known gaps", arguments: ExpressionCorpus.families)
    func family(_ family: String) {
        let gaps = ExpressionCorpus.knownGaps
        var mismatches: [String] = []
        var unexpectedPasses: [String] = []
        for example in ExpressionCorpus.cases(of: family) {
            let key = "\(family): \(example.expression)"
            let problem = Self.mismatch(example)
            if let problem, !gaps.contains(key) {
                mismatches.append("\(key)  ⟶  \(problem.replacingOccurrences(of: "\n", with: "⏎"))")
            } else if problem == nil, gaps.contains(key) {
                unexpectedPasses.append(key)
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches:\n\(mismatches.joined(separator: "\n"))")
        #expect(unexpectedPasses.isEmpty, "now passing, remove from known-gaps.txt:\n\(unexpectedPasses.joined(separator: "\n"))")
    }

    /// What differs between iac's result and Terraform's, or nil when they agree.
    static func mismatch(_ example: ExpressionCase) -> String? {
        let (result, diagnostics) = session.evaluate(example.expression)
        let errors = diagnostics.filter { $0.severity == .error }
        if example.exitCode == 0 {
            if let first = errors.first { return "expected \(example.output ?? "") but got error: \(first.summary): \(first.detail)" }
            // The corpus was captured in text mode, which turned "\r\n" into "\n".
            let printed = format(result).replacingOccurrences(of: "\r\n", with: "\n")
            return printed == example.output ? nil : "expected \(example.output ?? "")\n    got      \(printed)"
        }
        guard let first = errors.first else {
            return "expected error \(example.summary ?? ""), got \(format(result))"
        }
        let expectedSummary = (example.summary ?? "").replacingOccurrences(of: "Error: ", with: "", options: .anchored)
        if first.summary != expectedSummary { return "expected error \(expectedSummary)\n    got error      \(first.summary)" }
        if normalized(first.detail) != normalized(example.detail ?? "") {
            return "expected detail \(example.detail ?? "")\n    got detail      \(first.detail)"
        }
        return nil
    }

    static func format(_ result: ConsoleSession.Result) -> String {
        switch result {
        case .value(let value): ConsoleValueFormat.format(value)
        case .type(let type): ConsoleTypeFormat.format(type)
        case .typeOfType: "type"
        }
    }

    /// Terraform word-wraps details in its output; compare them with whitespace runs collapsed.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }
}
