import Testing
@testable import Lang
import Values

@Suite("Functions of the built-in terraform provider")
struct TerraformProviderFunctionsTests {
    private func call(_ name: String, _ arguments: Value...) throws(FunctionError) -> Value {
        guard let function = TerraformProviderFunctions.all[name] else { throw .call("no function \(name)") }
        return try function.call(arguments)
    }

    private func number(_ text: String) -> Value {
        Number(parsing: text).map(Value.number) ?? .dynamicUnknown
    }

    private func infinity(negative: Bool) -> Value {
        .number(negative ? -Number.infinity : Number.infinity)
    }

    private func decodeError(_ source: String) -> String? {
        do {
            _ = try call("decode_tfvars", .string(source))
            return nil
        } catch {
            guard case .call(let message) = error else { return "\(error)" }
            return message
        }
    }

    // MARK: encode_tfvars

    @Test("encode_tfvars writes one aligned line per attribute, sorted by name")
    func encodeTfvars() throws {
        #expect(try call("encode_tfvars", .object(["a": .number(1), "b": .string("x")])) == .string("a = 1\nb = \"x\"\n"))
        #expect(try call("encode_tfvars", .object(["z": .number(1), "a": .number(2)])) == .string("a = 2\nz = 1\n"))
        #expect(try call("encode_tfvars", .emptyObject) == .string(""))
        #expect(try call("encode_tfvars", .object(["not-ident": .number(1)])) == .string("not-ident = 1\n"))
        let mixed = Value.object([
            "list": .tuple([.number(1), .number(2)]), "map": .object(["k": .string("v")]),
            "b": .true, "n": .null(.dynamic),
        ])
        #expect(try call("encode_tfvars", mixed) == .string("b    = true\nlist = [1, 2]\nmap = {\n  k = \"v\"\n}\nn = null\n"))
        let shapes = Value.object([
            "a": .string("x"), "b": .emptyObject, "ccc": .emptyTuple, "d": .object(["x": .number(1)]), "e": .number(1),
        ])
        #expect(try call("encode_tfvars", shapes) == .string("a   = \"x\"\nb   = {}\nccc = []\nd = {\n  x = 1\n}\ne = 1\n"))
        let nested = Value.object(["a": .object(["x": .object(["y": .number(1)])]), "bb": .number(2)])
        #expect(try call("encode_tfvars", nested) == .string("a = {\n  x = {\n    y = 1\n  }\n}\nbb = 2\n"))
    }

    @Test("encode_tfvars lays out multi-line values as terraform fmt does")
    func encodeTfvarsLayout() throws {
        let objects = Value.object([
            "a": .tuple([.object(["x": .number(1)]), .object(["y": .number(2)])]), "b": .number(1), "cc": .string("z"),
        ])
        #expect(try call("encode_tfvars", objects) == .string("a = [{\n  x = 1\n  }, {\n  y = 2\n}]\nb  = 1\ncc = \"z\"\n"))
        let placeholderNames = Value.object(["p000": infinity(negative: false), "a": .object(["for": infinity(negative: false)])])
        #expect(try call("encode_tfvars", placeholderNames) == .string("a = {\n  for = +Inf\n}\np000 = +Inf\n"))
    }

    @Test("encode_tfvars escapes strings as quoted literals")
    func encodeTfvarsStrings() throws {
        #expect(try call("encode_tfvars", .object(["s": .string("multi\nline")])) == .string("s = \"multi\\nline\"\n"))
        #expect(try call("encode_tfvars", .object(["s": .string("${x}")])) == .string("s = \"$${x}\"\n"))
    }

    @Test("encode_tfvars writes infinities and keys named for as they are")
    func encodeTfvarsAwkwardTokens() throws {
        let infinities = Value.object(["a": infinity(negative: false), "b": infinity(negative: true)])
        #expect(try call("encode_tfvars", infinities) == .string("a = +Inf\nb = -Inf\n"))
        let keywords = Value.object(["for": .object(["for": .number(1)]), "if": .number(2)])
        #expect(try call("encode_tfvars", keywords) == .string("for = {\n  for = 1\n}\nif = 2\n"))
        let taken = Value.object(["p00": .object(["for": .number(1), "p01": .number(2)])])
        #expect(try call("encode_tfvars", taken) == .string("p00 = {\n  for = 1\n  p01 = 2\n}\n"))
    }

    @Test("encode_tfvars accepts maps and rejects other values and names that are not identifiers")
    func encodeTfvarsErrors() throws {
        #expect(try call("encode_tfvars", .map(["a": .number(1)], elementType: .number)) == .string("a = 1\n"))
        let notObject = FunctionError.call("invalid value to encode: must be an object whose attribute names will become the encoded variable names")
        #expect(throws: notObject) { try call("encode_tfvars", .string("x")) }
        #expect(throws: notObject) { try call("encode_tfvars", .tuple([.number(1)])) }
        #expect(throws: FunctionError.argument(index: 0, message: "argument must not be null")) {
            try call("encode_tfvars", .null(.dynamic))
        }
        for name in ["a b", "1a", ""] {
            let expected = FunctionError.call("invalid variable name \(goQuoted(name)): must be a valid identifier, per Terraform's rules for input variable declarations")
            #expect(throws: expected) { try call("encode_tfvars", .object([name: .number(1), "b": .number(2)])) }
        }
        let map = Value.map(["a": .number(1), "b b": .number(2)], elementType: .number)
        #expect(throws: FunctionError.call("invalid variable name \"b b\": must be a valid identifier, per Terraform's rules for input variable declarations")) {
            try call("encode_tfvars", map)
        }
    }

    @Test("encode_tfvars is unknown for partly unknown values and keeps marks")
    func encodeTfvarsUnknownAndSensitive() throws {
        #expect(try call("encode_tfvars", .object(["a": .tuple([.unknown(.string)])])) == .unknown(.string))
        #expect(try call("encode_tfvars", .tuple([.unknown(.string)])) == .unknown(.string))
        #expect(try call("encode_tfvars", .dynamicUnknown) == .unknown(.string))
        let secret = Value.object(["a": Value.number(1).marked(.sensitive)])
        #expect(try call("encode_tfvars", secret) == Value.string("a = 1\n").marked(.sensitive))
    }

    // MARK: encode_expr

    @Test("encode_expr writes scalars as literals")
    func encodeExprScalars() throws {
        #expect(try call("encode_expr", .string("string")) == .string("\"string\""))
        #expect(try call("encode_expr", .string("multi\nline")) == .string("\"multi\\nline\""))
        #expect(try call("encode_expr", .string("${x} %")) == .string("\"$${x} %\""))
        #expect(try call("encode_expr", .string("%{x}${y}%${")) == .string("\"%%{x}$${y}%$${\""))
        #expect(try call("encode_expr", .string("")) == .string("\"\""))
        #expect(try call("encode_expr", number("1.5")) == .string("1.5"))
        #expect(try call("encode_expr", number("-1.25")) == .string("-1.25"))
        #expect(try call("encode_expr", number("0.1")) == .string("0.1"))
        #expect(try call("encode_expr", number("12345678901234567890")) == .string("12345678901234567890"))
        #expect(try call("encode_expr", number("1e30")) == .string("1000000000000000000000000000000"))
        #expect(try call("encode_expr", .number(-Number.zero)) == .string("-0"))
        #expect(try call("encode_expr", .true) == .string("true"))
        #expect(try call("encode_expr", infinity(negative: false)) == .string("+Inf"))
    }

    @Test("encode_expr writes a third at full precision")
    func encodeExprThird() throws {
        let one = try #require(Number(parsing: "1"))
        let three = try #require(Number(parsing: "3"))
        let digits = String(repeating: "3", count: 154)
        #expect(try call("encode_expr", .number(one / three)) == .string("0.\(digits)5"))
    }

    @Test("encode_expr escapes what Go does not count as printable")
    func encodeExprEscapes() throws {
        let text = "tab\there\r\\ \"q\" %{x} %% $ $$ é \u{1} \u{AD} \u{1F600} \u{2028} \u{200B}"
        let expected = "\"tab\\there\\r\\\\ \\\"q\\\" %%{x} %% $ $$ é \\u0001 \\u00ad \u{1F600} \\u2028 \\u200b\""
        #expect(try call("encode_expr", .string(text)) == .string(expected))
    }

    @Test("encode_expr writes sequences inline and maps one element per line")
    func encodeExprCollections() throws {
        #expect(try call("encode_expr", .tuple([.number(1), .object(["a": .string("x")])])) == .string("[1, {\n  a = \"x\"\n}]"))
        #expect(try call("encode_expr", .emptyTuple) == .string("[]"))
        #expect(try call("encode_expr", .emptyObject) == .string("{}"))
        #expect(try call("encode_expr", .list([.string("a")], elementType: .string)) == .string("[\"a\"]"))
        #expect(try call("encode_expr", .set([.string("b"), .string("a")], elementType: .string)) == .string("[\"a\", \"b\"]"))
        #expect(try call("encode_expr", .map(["a": .number(1)], elementType: .number)) == .string("{\n  a = 1\n}"))
        #expect(try call("encode_expr", .object(["not-ident": .number(1), "ok": .number(2)])) == .string("{\n  not-ident = 1\n  ok        = 2\n}"))
        #expect(try call("encode_expr", .tuple([.number(-1), .number(-2)])) == .string("[-1, -2]"))
        #expect(try call("encode_expr", .tuple([infinity(negative: false), infinity(negative: true)])) == .string("[+Inf, -Inf]"))
        let negatives = Value.object(["a": .number(-1), "bb": .tuple([.number(-1)])])
        #expect(try call("encode_expr", negatives) == .string("{\n  a  = -1\n  bb = [-1]\n}"))
        let nulls = Value.object(["a": .null(.dynamic), "b": .null(.string)])
        #expect(try call("encode_expr", nulls) == .string("{\n  a = null\n  b = null\n}"))
    }

    @Test("encode_expr nests brackets and indents object bodies")
    func encodeExprNesting() throws {
        let listOfObjects = Value.object([
            "a": .tuple([.object(["b": .number(1), "cc": .number(2)]), .emptyObject]), "bbb": .emptyObject,
        ])
        #expect(try call("encode_expr", listOfObjects) == .string("{\n  a = [{\n    b  = 1\n    cc = 2\n  }, {}]\n  bbb = {}\n}"))
        let deep = Value.tuple([
            .tuple([.number(1), .tuple([.number(2)])]),
            .object(["x": .tuple([.number(1), .object(["y": .number(2)])])]),
        ])
        #expect(try call("encode_expr", deep) == .string("[[1, [2]], {\n  x = [1, {\n    y = 2\n  }]\n}]"))
        let set = Value.set([.object(["a": .number(1)])], elementType: .object(["a": .number]))
        #expect(try call("encode_expr", set) == .string("[{\n  a = 1\n}]"))
    }

    @Test("encode_expr aligns keys by their characters and indents deep nesting")
    func encodeExprAlignment() throws {
        let wide = Value.object(["日本": .number(1), "abc": .number(2), "e\u{301}": .number(3), "ab": .number(4)])
        #expect(try call("encode_expr", wide) == .string("{\n  ab  = 4\n  abc = 2\n  e\u{301}   = 3\n  日本  = 1\n}"))
        let empties = Value.object(["a": .emptyObject, "b": .emptyTuple, "c": .tuple([.emptyObject])])
        #expect(try call("encode_expr", empties) == .string("{\n  a = {}\n  b = []\n  c = [{}]\n}"))
        let deep = Value.object([
            "a": .object(["b": .object(["c": .tuple([
                .number(1), .object(["d": .string("x"), "eee": .tuple([.object(["f": .number(1)])])]),
            ])])]),
            "zz": .number(1),
        ])
        let expected = "{\n  a = {\n    b = {\n      c = [1, {\n        d = \"x\"\n        eee = [{\n          f = 1\n        }]\n      }]\n    }\n  }\n  zz = 1\n}"
        #expect(try call("encode_expr", deep) == .string(expected))
    }

    @Test("encode_expr quotes keys that are not identifiers and sorts keys by bytes")
    func encodeExprKeys() throws {
        let keys = Value.object(["a b": .number(1), "c": .object(["1": .number(2)])])
        #expect(try call("encode_expr", keys) == .string("{\n  \"a b\" = 1\n  c = {\n    \"1\" = 2\n  }\n}"))
        let odd = Value.object(["a-": .number(1), "a.b": .number(2), "é": .number(3), "_x": .number(4), "-x": .number(5)])
        #expect(try call("encode_expr", odd) == .string("{\n  \"-x\"  = 5\n  _x    = 4\n  a-    = 1\n  \"a.b\" = 2\n  é     = 3\n}"))
        let templates = Value.object(["${x}": .number(1), "": .number(2)])
        #expect(try call("encode_expr", templates) == .string("{\n  \"\"      = 2\n  \"$${x}\" = 1\n}"))
        let forKeys = Value.tuple([.object(["for": .number(1), "for-x": .number(2)])])
        #expect(try call("encode_expr", forKeys) == .string("[{\n  for   = 1\n  for-x = 2\n}]"))
        #expect(try call("encode_expr", .object(["for": .number(1), "zz": .number(2)])) == .string("{\n  for = 1\n  zz  = 2\n}"))
    }

    @Test("encode_expr rejects null, is unknown for partly unknown values and keeps marks")
    func encodeExprUnknownNullSensitive() throws {
        #expect(throws: FunctionError.argument(index: 0, message: "argument must not be null")) {
            try call("encode_expr", .null(.dynamic))
        }
        #expect(try call("encode_expr", .unknown(.string)) == .unknown(.string))
        #expect(try call("encode_expr", .tuple([.unknown(.string)])) == .unknown(.string))
        #expect(try call("encode_expr", Value.number(1).marked(.sensitive)) == Value.string("1").marked(.sensitive))
    }

    // MARK: decode_tfvars

    @Test("decode_tfvars evaluates each attribute as a constant expression")
    func decodeTfvars() throws {
        #expect(try call("decode_tfvars", .string("a = 1\nb = [true]")) == .object(["a": .number(1), "b": .tuple([.true])]))
        #expect(try call("decode_tfvars", .string("")) == .emptyObject)
        #expect(try call("decode_tfvars", .string("a = \"x\"\nb = { c = 1 }")) == .object(["a": .string("x"), "b": .object(["c": .number(1)])]))
        #expect(try call("decode_tfvars", .string("a = 1 + 1")) == .object(["a": .number(2)]))
        #expect(try call("decode_tfvars", .string("a = [for x in [1,2]: x * 2]")) == .object(["a": .tuple([.number(2), .number(4)])]))
        #expect(try call("decode_tfvars", .string("a = [1,2][*]")) == .object(["a": .tuple([.number(1), .number(2)])]))
        #expect(try call("decode_tfvars", .string("a = {x = 1}.x")) == .object(["a": .number(1)]))
        #expect(try call("decode_tfvars", .string("a = 1 # comment\n/* c */ b = 2\n")) == .object(["a": .number(1), "b": .number(2)]))
        #expect(try call("decode_tfvars", .string("a = 1\r\nb = 2")) == .object(["a": .number(1), "b": .number(2)]))
        #expect(try call("decode_tfvars", .string("a = 1 / 0")) == .object(["a": infinity(negative: false)]))
        let nulls = Value.object(["a": .tuple([.number(1), .string("x")]), "b": .object(["k k": .null(.dynamic)])])
        #expect(try call("decode_tfvars", .string("a = [1, \"x\"]\nb = {\"k k\" = null}")) == nulls)
    }

    @Test("decode_tfvars is unknown for an unknown source and keeps marks")
    func decodeTfvarsUnknownAndSensitive() throws {
        #expect(try call("decode_tfvars", .unknown(.string)) == .dynamicUnknown)
        #expect(try call("decode_tfvars", Value.string("a = 1").marked(.sensitive)) == Value.object(["a": .number(1)]).marked(.sensitive))
        #expect(throws: FunctionError.argument(index: 0, message: "argument must not be null")) {
            try call("decode_tfvars", .null(.string))
        }
    }

    @Test("decode_tfvars reports syntax errors and blocks with their ranges")
    func decodeTfvarsSyntaxErrors() {
        #expect(decodeError("a =") == "invalid tfvars syntax: <decode_tfvars argument>:1,4-4: Missing expression; Expected the start of an expression, but found the end of the file.")
        #expect(decodeError("a = =") == "invalid tfvars syntax: <decode_tfvars argument>:1,5-6: Invalid expression; Expected the start of an expression, but found an invalid expression token.")
        #expect(decodeError("1") == "invalid tfvars syntax: <decode_tfvars argument>:1,1-2: Argument or block definition required; An argument or block definition is required here.")
        #expect(decodeError("a = 1\na = 2") == "invalid tfvars syntax: <decode_tfvars argument>:2,1-2: Attribute redefined; The argument \"a\" was already set at <decode_tfvars argument>:1,1-2. Each argument may be set only once.")
        #expect(decodeError("a = 1\n\"b\" = 2") == "invalid tfvars syntax: <decode_tfvars argument>:2,1-2: Invalid argument name; Argument names must not be quoted.")
        #expect(decodeError("block {}") == "invalid tfvars content: <decode_tfvars argument>:1,1-6: Unexpected \"block\" block; Blocks are not allowed here.")
        #expect(decodeError("a {}\nb {}") == "invalid tfvars content: <decode_tfvars argument>:1,1-2: Unexpected \"a\" block; Blocks are not allowed here.")
    }

    @Test("decode_tfvars allows no references and no function calls, except names a for expression binds")
    func decodeTfvarsReferences() {
        let prefix = "invalid expression for variable \"a\": <decode_tfvars argument>:"
        let variables = "Variables not allowed; Variables may not be used here."
        let functions = "Function calls not allowed; Functions may not be called here."
        #expect(decodeError("a = var.x") == "\(prefix)1,5-8: \(variables)")
        #expect(decodeError("a = string") == "\(prefix)1,5-11: \(variables)")
        #expect(decodeError("a = b.c[0]") == "\(prefix)1,5-6: \(variables)")
        #expect(decodeError("a = \"${y}\"") == "\(prefix)1,8-9: \(variables)")
        #expect(decodeError("a = true ? var.x : 1") == "\(prefix)1,12-15: \(variables)")
        #expect(decodeError("a = [for x in z: x]") == "\(prefix)1,15-16: \(variables)")
        #expect(decodeError("a = upper(\"x\")") == "\(prefix)1,5-15: \(functions)")
        #expect(decodeError("a = upper(var.x)") == "\(prefix)1,5-17: \(functions)")
        #expect(decodeError("a = try(1, 2)") == "\(prefix)1,5-14: \(functions)")
        #expect(decodeError("a = [for x in [1]: upper(x)]") == "\(prefix)1,20-28: \(functions)")
        #expect(decodeError("a = \"%{for x in [1]}${upper(x)}%{endfor}\"") == "\(prefix)1,23-31: \(functions)")
        #expect(decodeError("a = [var.x, upper(1)]") == "\(prefix)1,6-9: \(variables), and 1 other diagnostic(s)")
        #expect(decodeError("a = [1 + \"x\", var.y]") == "\(prefix)1,10-13: Invalid operand; Unsuitable value for right operand: a number is required., and 1 other diagnostic(s)")
        #expect(decodeError("a = x\nb = y") == "\(prefix)1,5-6: \(variables)")
        #expect(decodeError("a = 1\nb = var.x\nc = var.y") == "invalid expression for variable \"b\": <decode_tfvars argument>:2,5-8: \(variables)")
    }

    @Test("decode_tfvars reports unknown names inside for expressions as HCL does")
    func decodeTfvarsForScope() {
        let prefix = "invalid expression for variable \"a\": <decode_tfvars argument>:"
        #expect(decodeError("a = [for x in [1]: y]") == "\(prefix)1,20-21: Unknown variable; There is no variable named \"y\". Did you mean \"x\"?")
        #expect(decodeError("a = [for xyz in [1]: xy]") == "\(prefix)1,22-24: Unknown variable; There is no variable named \"xy\". Did you mean \"xyz\"?")
        #expect(decodeError("a = {for k, v in {a=1}: k => v if w}") == "\(prefix)1,35-36: Unknown variable; There is no variable named \"w\". Did you mean \"k\"?")
        #expect(decodeError("a = \"%{for x in [1]}${y}%{endfor}\"") == "\(prefix)1,23-24: Unknown variable; There is no variable named \"y\". Did you mean \"x\"?")
    }
}
