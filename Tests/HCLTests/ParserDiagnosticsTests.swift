import HCL
import Testing

@Suite("Parser diagnostics")
struct ParserDiagnosticsTests {
    private func summaries(_ text: String) -> [String] {
        parse(text).diagnostics.map(\.summary)
    }

    @Test("independent errors in one file are all reported")
    func manyErrors() {
        let found = summaries("a = \nb = 1 2\nc = [1 2]\nok = 1\n\"q\" = 1\n")
        #expect(found == [
            "Invalid expression", "Missing newline after argument", "Missing item separator", "Invalid argument name",
        ])
    }

    @Test("an attribute set twice names where it was first set")
    func redefined() {
        let file = parse("a = 1\na = 2\n")
        #expect(file.diagnostics.map(\.summary) == ["Attribute redefined"])
        #expect(file.diagnostics[0].detail.contains("main.tf:1,1-2"))
    }

    @Test("an unclosed block points at its brace")
    func unclosedBlock() {
        let file = parse("a {\n")
        #expect(file.diagnostics.map(\.summary) == ["Unclosed configuration block"])
        #expect(file.diagnostics[0].subject?.start.column == 3)
    }

    @Test("invalid characters get precise messages")
    func invalidCharacters() {
        #expect(summaries("a = 'x'\n").first == "Invalid character")
        #expect(summaries("a = 1 & 2\n").first == "Unsupported operator")
        #expect(summaries("a = \"x\ny\"\n").first == "Invalid multi-line string")
    }

    @Test("a bad escape names the symbol")
    func badEscape() {
        let file = parse("a = \"\\q\"\n")
        #expect(file.diagnostics.map(\.detail) == ["The symbol \"q\" is not a valid escape sequence selector."])
    }

    @Test("unbalanced template directives are reported")
    func unbalancedDirectives() {
        #expect(summaries("a = \"%{ if x }y\"\n") == ["Unexpected end of template"])
        #expect(summaries("a = \"%{ endif }\"\n") == ["Unexpected endif directive"])
    }

    /// Inputs built to break a parser: deep nesting, unclosed sequences, huge lines.
    static let hostileInputs: [String: String] = [
        "10,000 open brackets": String(repeating: "[", count: 10_000),
        "10,000 nested parentheses": "a = " + String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000),
        "5,000 unclosed blocks": String(repeating: "a {\n", count: 5_000),
        "10,000 negations": "a = " + String(repeating: "!", count: 10_000) + "true",
        "5,000 unclosed interpolations": "x = \"" + String(repeating: "${", count: 5_000),
        "an unterminated 1 MB heredoc": "a = <<EOT\n" + String(repeating: "x", count: 1_000_000),
        "a 1 MB line of additions": String(repeating: "a = 1 + ", count: 100_000),
    ]

    @Test("hostile input never crashes", arguments: hostileInputs.keys.sorted())
    func hostile(name: String) {
        let file = parse(Self.hostileInputs[name] ?? "")
        #expect(file.diagnostics.hasErrors)
    }

    @Test("binary junk is diagnosed, not fatal")
    func junk() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let file = Parser.parse(SourceFile(filename: "junk", bytes: bytes))
        #expect(file.diagnostics.hasErrors)
    }
}
