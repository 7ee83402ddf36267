import HCL
import Render
import Testing

@Suite("Diagnostic rendering")
struct DiagnosticRendererTests {
    private let file = Parser.parse(SourceFile(filename: "main.tf", text: "resource \"a\" \"b\" {\n  x = [1 2]\n}\n"))

    @Test("an error shows summary, place with block context, the marked line and the detail")
    func plain() {
        let renderer = DiagnosticRenderer(files: ["main.tf": file])
        #expect(renderer.render(file.diagnostics) == """

            Error: Missing item separator

              on main.tf line 2, in resource "a" "b":
               2:   x = [1 2]
                           ^

            Expected a comma to mark the beginning of the next item.

            """)
    }

    @Test("the snippet covers the context and points into it")
    func snippet() throws {
        let snippet = try #require(DiagnosticSnippet(for: file.diagnostics[0], in: file))
        #expect(snippet.code == "  x = [1 2]")
        #expect(snippet.startLine == 2)
        #expect((snippet.highlightStart, snippet.highlightEnd) == (9, 10))
        #expect(snippet.context == "resource \"a\" \"b\"")
    }

    @Test("long details wrap at the width, lines starting with a space do not")
    func wrapping() {
        let diagnostic = Diagnostic.error("S", String(repeating: "word ", count: 30) + "\n  indented " + String(repeating: "x", count: 90))
        let text = DiagnosticRenderer(files: [:], width: 40).render(diagnostic)
        let lines = text.split(separator: "\n")
        #expect(lines.filter { $0.hasPrefix("word") }.allSatisfy { $0.count <= 39 })
        #expect(lines.contains { $0.hasPrefix("  indented") && $0.count > 90 })
    }

    @Test("errors come before warnings, then by file and position")
    func order() {
        let range = { (byte: Int) in SourceRange(filename: "f", at: SourcePosition(line: 1, column: byte + 1, byte: byte)) }
        let sorted = DiagnosticOrder.sorted([
            .warning("w", at: range(0)), .error("late", at: range(9)), .error("early", at: range(1)),
        ])
        #expect(sorted.map(\.summary) == ["early", "late", "w"])
        let nested = SourceRange(filename: "a/bad.tf", at: .start)
        let top = SourceRange(filename: "z.tf", at: .start)
        #expect(DiagnosticOrder.sorted([.error("nested", at: nested), .error("top", at: top)]).map(\.summary) == ["top", "nested"])
    }
}
