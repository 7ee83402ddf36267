import HCL
import Testing

@Suite("Parser")
struct ParserTests {
    @Test("blocks take quoted and bare labels, and nest")
    func blocks() {
        let file = parse("resource \"a\" b {\n  inner {\n    x = 1\n  }\n}\none { y = 2 }\n")
        #expect(file.diagnostics.isEmpty)
        let block = file.body.blocks[0]
        #expect(block.type == "resource")
        #expect(block.labels.map(\.value) == ["a", "b"])
        #expect(block.labels.map(\.isQuoted) == [true, false])
        #expect(block.body.blocks[0].body.attributes[0].name == "x")
        #expect(file.body.blocks[1].body.attributes[0].name == "y")
    }

    @Test("operators bind with the specification's precedence")
    func precedence() {
        let (expression, diagnostics) = parseExpression("a || b && c == d + e * -f")
        #expect(diagnostics.isEmpty)
        guard case .binary(.or, _, let right) = expression.kind,
            case .binary(.and, _, let equality) = right.kind,
            case .binary(.equal, _, let sum) = equality.kind,
            case .binary(.add, _, let product) = sum.kind,
            case .binary(.multiply, _, let negation) = product.kind,
            case .unary(.negate, _) = negation.kind
        else {
            Issue.record("unexpected tree \(expression.kind)")
            return
        }
    }

    @Test("binary operators of one level associate to the left")
    func leftAssociative() {
        let (expression, _) = parseExpression("1 - 2 - 3")
        guard case .binary(.subtract, let left, _) = expression.kind, case .binary(.subtract, _, _) = left.kind else {
            Issue.record("not left-associative")
            return
        }
    }

    @Test("traversals, legacy index and both splats")
    func traversals() {
        let (expression, diagnostics) = parseExpression("aws_instance.web[0].tags.*.name[*].id")
        #expect(diagnostics.isEmpty)
        guard case .splat(let source, let each, isFull: true) = expression.kind,
            case .getAttribute(let item, let name, _) = each.kind, name == "id", case .splatItem = item.kind,
            case .splat(_, _, isFull: false) = source.kind
        else {
            Issue.record("unexpected tree \(expression.kind)")
            return
        }
        let (legacy, legacyDiagnostics) = parseExpression("a.0.b")
        #expect(legacyDiagnostics.isEmpty)
        guard case .getAttribute(let indexed, let name, _) = legacy.kind, name == "b",
            case .index(_, let key, isLegacyDot: true) = indexed.kind, key.kind == ExpressionKind.literal(Literal.number("0"))
        else {
            Issue.record("legacy index not parsed")
            return
        }
    }

    @Test("function calls with namespaces and final-argument expansion")
    func functionCalls() {
        let (expression, diagnostics) = parseExpression("provider::p::f(1, [2]...)")
        #expect(diagnostics.isEmpty)
        guard case .functionCall(let call) = expression.kind else {
            Issue.record("not a call")
            return
        }
        #expect(call.name == "provider::p::f")
        #expect(call.arguments.count == 2)
        #expect(call.expandsFinalArgument)
    }

    @Test("for expressions over tuples and objects, with grouping and conditions")
    func forExpressions() {
        let (tuple, d1) = parseExpression("[for i, v in xs : v if i > 0]")
        #expect(d1.isEmpty)
        guard case .forExpression(let loop) = tuple.kind else { Issue.record("not a for"); return }
        #expect(loop.keyVariable == "i" && loop.valueVariable == "v" && loop.condition != nil && !loop.producesObject)
        let (object, d2) = parseExpression("{for k, v in m : v => k...}")
        #expect(d2.isEmpty)
        guard case .forExpression(let grouped) = object.kind else { Issue.record("not a for"); return }
        #expect(grouped.producesObject && grouped.isGrouped)
    }

    @Test("object constructors: bare and parenthesised keys, commas or newlines")
    func objects() {
        let (expression, diagnostics) = parseExpression("{\n a = 1,\n (b) = 2\n \"c\": 3, }")
        #expect(diagnostics.isEmpty)
        guard case .object(let items) = expression.kind else { Issue.record("not an object"); return }
        #expect(items.count == 3)
        #expect(items[0].key == ObjectKey.name("a", range: items[0].key.range))
        guard case .expression(let key) = items[1].key, case .parenthesized = key.kind else {
            Issue.record("parenthesised key should be an expression")
            return
        }
    }

    @Test("escapes in quoted strings are decoded")
    func escapes() {
        let (expression, diagnostics) = parseExpression(#""a\n\t\"\\\u00e9\U0001F600 $${x} %%{y}""#)
        #expect(diagnostics.isEmpty)
        guard case .template(let template) = expression.kind, case .literal(let text, _) = template.parts[0] else {
            Issue.record("not a literal template")
            return
        }
        #expect(text == "a\n\t\"\\é😀 ${x} %{y}")
    }

    @Test("strip markers trim the whitespace beside a sequence")
    func stripMarkers() {
        let (expression, _) = parseExpression("\"a  ${~ x ~}  b\"")
        guard case .template(let template) = expression.kind else { Issue.record("not a template"); return }
        guard case .literal(let first, _) = template.parts[0], case .literal(let last, _) = template.parts[2],
            first == "a", last == "b"
        else {
            Issue.record("not trimmed: \(template.parts)")
            return
        }
    }

    @Test("if and for directives nest")
    func directives() {
        let (expression, diagnostics) = parseExpression("\"%{ for x in xs }%{ if x }y%{ else }n%{ endif }%{ endfor }\"")
        #expect(diagnostics.isEmpty)
        guard case .template(let template) = expression.kind, case .loop(_, let name, _, let body, _) = template.parts[0],
            name == "x",
            case .conditional(_, let then, let otherwise?, _) = body.parts[0]
        else {
            Issue.record("directives not nested")
            return
        }
        #expect(then.parts.count == 1 && otherwise.parts.count == 1)
    }

    @Test("a <<- heredoc strips the common indent")
    func flushHeredoc() {
        let file = parse("x = <<-EOT\n    a\n      b\n    EOT\n")
        guard case .template(let template) = attribute("x", in: file)?.expression.kind,
            case .literal(let text, _) = template.parts[0]
        else {
            Issue.record("no heredoc")
            return
        }
        #expect(text == "a\n  b\n")
    }

    @Test("a template that is one interpolation keeps the value")
    func soleInterpolation() {
        let (expression, _) = parseExpression("\"${var.x}\"")
        guard case .template(let template) = expression.kind else { Issue.record("not a template"); return }
        #expect(template.soleInterpolation != nil)
    }

    @Test("comments are kept with their ranges")
    func comments() {
        let file = parse("# one\na = 1 // two\n/* three */\n")
        #expect(file.comments.count == 3)
        #expect(file.comments[1].range.start == SourcePosition(line: 2, column: 7, byte: 12))
    }

    @Test("every node keeps its exact source range")
    func ranges() {
        let file = parse("a = foo(1, \"x\")\n")
        let call = attribute("a", in: file)!.expression
        #expect(call.range.start.column == 5 && call.range.end.column == 16)
        #expect(file.source.text(call.range) == "foo(1, \"x\")")
    }
}
