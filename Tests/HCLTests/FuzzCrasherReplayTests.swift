import Foundation
import Testing
@testable import HCL

/// Replays every input in `Tests/Fixtures/fuzz-crashers/` through the parser and the formatter:
/// inputs that once crashed or broke an invariant under `scripts/fuzz`, and hand-made hostile
/// inputs (binary junk, unterminated constructs, deep nesting, a 1 MB line).
@Suite("fuzz crasher replay")
struct FuzzCrasherReplayTests {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz-crashers")

    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test("the hand-made hostile inputs are present")
    func handMadeInputsPresent() {
        for name in ["binary-junk.tf", "truncated-heredoc.tf", "unclosed-interpolation.tf",
                     "nested-brackets-10k.tf", "long-line-1mb.tf"] {
            #expect(Self.inputs.contains(name), "missing \(name) in \(Self.directory.path)")
        }
    }

    @Test("parsing and formatting return, and formatting is idempotent", arguments: inputs)
    func replay(name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.directory.appendingPathComponent(name)))
        let file = SourceFile(filename: name, bytes: bytes)

        let parsed = Parser.parse(file)
        #expect(parsed.tokens.last?.kind == .endOfFile)
        let parseFailed = parsed.diagnostics.contains { $0.severity == .error }

        switch Formatter.format(file) {
        case .syntaxErrors(let errors):
            #expect(parseFailed)
            #expect(!errors.isEmpty)
        case .formatted(let once):
            #expect(!parseFailed)
            let again = Formatter.format(SourceFile(filename: name, bytes: once))
            #expect(again == .formatted(once), "formatting \(name) twice changes it")
        }
    }
}
