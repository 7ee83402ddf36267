import Testing
@testable import HCL

/// The individual rules of the canonical layout, each with an input and the exact output
/// `terraform fmt` gives for it.
@Suite("fmt rules")
struct FormatRulesTests {
    private func formatted(_ text: String) -> String {
        let result = Formatter.format(SourceFile(filename: "test.tf", text: text))
        guard case .formatted(let bytes) = result else {
            Issue.record("expected the input to parse: \(result)")
            return ""
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test("bodies are indented two spaces per level and `=` signs align within a group of lines")
    func indentAndAlign() {
        #expect(formatted("resource \"a\" \"b\" {\nx=1\nlonger_name=\"two\"\n\nz = 3\n}\n") == """
            resource "a" "b" {
              x           = 1
              longer_name = "two"

              z = 3
            }

            """)
    }

    @Test("trailing comments align within consecutive commented lines")
    func commentAlignment() {
        #expect(formatted("a = 1 # one\nbbb = 2 # two\n# alone\ncc = 3 # three\n") == """
            a   = 1 # one
            bbb = 2 # two
            # alone
            cc = 3 # three

            """)
    }

    @Test("alignment counts characters, not bytes")
    func unicodeWidth() {
        #expect(formatted("name = \"résumé\" # é\nn = 1 # n\n") == """
            name = "résumé" # é
            n    = 1        # n

            """)
    }

    @Test("block labels are written quoted")
    func quotedLabels() {
        #expect(formatted("resource web \"x\" {}\n") == "resource \"web\" \"x\" {}\n")
    }

    @Test("a quoted label split at a lone % or $ is dropped, as terraform fmt drops it")
    func droppedLabel() {
        #expect(formatted("resource \"x\" \"%s\" {}\n") == "resource \"x\" {}\n")
    }

    @Test("a value that is one interpolation is unwrapped; any other template is kept")
    func interpolationOnly() {
        #expect(formatted("a = \"${var.x}\"\nb = \"${var.x}-suffix\"\nc = \"${a}${b}\"\n") == """
            a = var.x
            b = "${var.x}-suffix"
            c = "${a}${b}"

            """)
    }

    @Test("an unwrapped interpolation that spans lines is parenthesised")
    func multilineInterpolation() {
        #expect(formatted("a = \"${\n  var.enabled\n  ? 1\n  : 2\n}\"\n") == "a = (var.enabled\n  ? 1\n: 2)\n")
    }

    @Test("an interpolation of an object keeps a space inside the braces")
    func interpolatedObject() {
        #expect(formatted("x = \"${ {a = 1} }\"\n") == "x = { a = 1 }\n")
    }

    @Test("legacy variable types become type expressions")
    func legacyTypes() {
        let input = "variable \"a\" {\n  type = \"string\"\n}\nvariable \"b\" {\n  type = \"list\"\n}\nvariable \"c\" {\n  type = map\n}\n"
        #expect(formatted(input) == """
            variable "a" {
              type = string
            }
            variable "b" {
              type = list(string)
            }
            variable "c" {
              type = map(any)
            }

            """)
    }

    @Test("a minus after an operator or opening bracket is a negation and takes no space")
    func negation() {
        #expect(formatted("a = -1\nb = x - 1\nc = [for v in [1]: -v]\nd = !x\n") == """
            a = -1
            b = x - 1
            c = [for v in [1] : -v]
            d = !x

            """)
    }

    @Test("heredoc text is kept as written, but its interpolations are tidied")
    func heredoc() {
        #expect(formatted("a = <<EOT\n  keep   ${ x }   spacing\nEOT\nbb = 1\n") == """
            a  = <<EOT
              keep   ${x}   spacing
            EOT
            bb = 1

            """)
    }

    @Test("elements of a multi-line collection are indented one level")
    func collections() {
        #expect(formatted("x = {\n  a = 1\n  b = [\n    1,\n  2,\n  ]\n}\n") == """
            x = {
              a = 1
              b = [
                1,
                2,
              ]
            }

            """)
    }

    @Test("one-line blocks keep spaces inside their braces; empty braces have none")
    func oneLineBlocks() {
        #expect(formatted("a { b = 1 }\nc {}\nd = { }\n") == "a { b = 1 }\nc {}\nd = {}\n")
    }

    @Test("no spaces around namespaces, ellipses, splats and legacy indexes")
    func tightTokens() {
        let input = "f = provider::aws::arn_parse(x)\ng = foo(a...)\nh = a[*].b\ni = a.0\n"
        #expect(formatted(input) == input)
    }

    @Test("CRLF line endings are kept")
    func crlf() {
        #expect(formatted("a  = 1 # c\r\nbb = 2\r\n") == "a  = 1 # c\r\nbb = 2\r\n")
    }

    @Test("a file with a syntax error is not formatted")
    func syntaxError() {
        let result = Formatter.format(SourceFile(filename: "bad.tf", text: "resource \"a\" \"b\" {\n  x = \n}\n"))
        guard case .syntaxErrors(let errors) = result else {
            Issue.record("expected syntax errors, got \(result)")
            return
        }
        #expect(errors.first?.summary == "Invalid expression")
    }
}
