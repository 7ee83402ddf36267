import HCL
import Testing
import Values
@testable import Lang

@Suite("Expression evaluation")
struct EvaluatorTests {
    func evaluate(_ text: String, variables: [String: Value] = [:]) -> (Value, [Diagnostic]) {
        let (expression, parseDiagnostics) = Parser.parseExpression(SourceFile(filename: "test.tf", bytes: Array(text.utf8)))
        #expect(parseDiagnostics.isEmpty)
        return Evaluator.evaluate(expression, in: EvaluationContext(variables: variables))
    }

    @Test("arithmetic is exact and division by zero is infinite")
    func arithmetic() {
        #expect(evaluate("0.1 + 0.2").0.numberValue?.description == "0.3")
        #expect(evaluate("9223372036854775807 + 1").0.numberValue?.description == "9223372036854775808")
        #expect(evaluate("1 / 0").0.numberValue?.description == "+Inf")
    }

    @Test("a non-number operand is reported with Terraform's words")
    func badOperand() {
        let (_, diagnostics) = evaluate("1 + \"a\"")
        #expect(diagnostics.map(\.summary) == ["Invalid operand"])
        #expect(diagnostics.first?.detail == "Unsuitable value for right operand: a number is required.")
    }

    @Test("|| short-circuits on a known true left operand even when the right is null")
    func shortCircuit() {
        #expect(evaluate("true || null").0 == .true)
        #expect(evaluate("false || null").1.first?.summary == "Operation failed")
    }

    @Test("conditional results are unified: number and string give a string")
    func conditionalUnification() {
        #expect(evaluate("true ? 1 : \"a\"").0 == .string("1"))
        #expect(evaluate("true ? 1 : true").1.first?.summary == "Inconsistent conditional result types")
    }

    @Test("an unknown condition gives an unknown of the unified type")
    func unknownCondition() {
        let (value, diagnostics) = evaluate("c ? 1 : 2", variables: ["c": .unknown(.bool)])
        #expect(diagnostics.isEmpty)
        #expect(value == .unknown(.number))
    }

    @Test("for expressions over objects iterate keys in order and can group")
    func forExpressions() {
        #expect(evaluate("[for k, v in {b = 2, a = 1} : \"${k}=${v}\"]").0 == .tuple([.string("a=1"), .string("b=2")]))
        let grouped = evaluate("{for s in [\"a\", \"b\", \"a\"] : s => s...}").0
        #expect(grouped == .object(["a": .tuple([.string("a"), .string("a")]), "b": .tuple([.string("b")])]))
    }

    @Test("splat over null gives an empty tuple and over a single value a one-element tuple")
    func splat() {
        #expect(evaluate("x[*]", variables: ["x": .null(.string)]).0 == .emptyTuple)
        #expect(evaluate("x[*]", variables: ["x": .string("a")]).0 == .tuple([.string("a")]))
        #expect(evaluate("x[*].n", variables: ["x": .tuple([.object(["n": .number(1)]), .object(["n": .number(2)])])]).0 == .tuple([.number(1), .number(2)]))
    }

    @Test("templates join parts, and a null interpolation is an error")
    func templates() {
        #expect(evaluate("\"a-${1 + 1}-%{ if true }yes%{ endif }\"").0 == .string("a-2-yes"))
        #expect(evaluate("\"x${null}\"").1.first?.summary == "Invalid template interpolation value")
    }

    @Test("sensitive values stay sensitive through operators and templates")
    func marks() {
        let secret = Value.string("s").marked(.sensitive)
        #expect(evaluate("\"pre-${x}\"", variables: ["x": secret]).0.marks == [.sensitive])
        #expect(evaluate("x == \"s\"", variables: ["x": secret]).0.marks == [.sensitive])
    }

    @Test("indexing errors say why the key is wrong")
    func indexing() {
        #expect(evaluate("[1, 2][-1]").1.first?.detail == "The given key does not identify an element in this collection value: a negative number is not a valid index for a sequence.")
        #expect(evaluate("{a = 1}.b").1.first?.detail == "This object does not have an attribute named \"b\".")
    }

    @Test("an unknown variable suggests a close name")
    func unknownVariable() {
        let (_, diagnostics) = evaluate("fooo", variables: ["foo": .number(1)])
        #expect(diagnostics.first?.detail == "There is no variable named \"fooo\". Did you mean \"foo\"?")
    }
}
