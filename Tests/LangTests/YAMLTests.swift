import Testing
@testable import Lang
import Values

@Suite("yamldecode and yamlencode")
struct YAMLTests {
    private func decode(_ text: String) throws(FunctionError) -> Value {
        try YAMLFunctions.yamldecode.call([.string(text)])
    }

    private func encode(_ value: Value) throws(FunctionError) -> String {
        try YAMLFunctions.yamlencode.call([value]).stringValue ?? ""
    }

    private func number(_ text: String) -> Value {
        .number(Number(parsing: text) ?? .zero)
    }

    // MARK: Decoding

    @Test("mappings become objects, sequences tuples, flow and block alike")
    func collections() throws {
        #expect(try decode("a: 1\nb: [1, 2]\nc: {d: e}") == .object([
            "a": .number(1), "b": .tuple([.number(1), .number(2)]), "c": .object(["d": .string("e")]),
        ]))
        #expect(try decode("- a\n- b") == .tuple([.string("a"), .string("b")]))
        #expect(try decode("- - 1\n  - 2\n- - 3") == .tuple([.tuple([.number(1), .number(2)]), .tuple([.number(3)])]))
        #expect(try decode("? a\n? b") == .object(["a": .null(.dynamic), "b": .null(.dynamic)]))
        #expect(try decode("{1: a, 2: b}") == .object(["1": .string("a"), "2": .string("b")]))
        #expect(try decode("a: 1\na: 2") == .object(["a": .number(2)]))
    }

    @Test("plain scalars resolve to bools, nulls and YAML 1.2 core numbers; quoted ones stay strings")
    func scalars() throws {
        for (text, expected) in [
            ("true", Value.true), ("yes", .true), ("on", .true), ("N", .false), ("~", .null(.dynamic)), ("null", .null(.dynamic)),
            ("1", .number(1)), ("1.5", number("1.5")), ("0x10", .number(16)), ("0o17", .number(15)), ("010", .number(10)),
            ("1e3", .number(1000)), ("+12", .number(12)), (".5", number("0.5")), ("1.", .number(1)), (".inf", .number(.infinity)),
            ("0b101", .string("0b101")), ("-0x10", .string("-0x10")), ("1_000", .string("1_000")), ("12abc", .string("12abc")),
            ("\"0x10\"", .string("0x10")), ("'true'", .string("true")), ("!!str 1", .string("1")), ("!!int 0x10", .number(16)),
            ("!!bool yes", .true), ("!!binary aGVsbG8=", .string("aGVsbG8=")),
        ] {
            #expect(try decode(text) == expected, "\(text)")
        }
    }

    @Test("timestamps become RFC 3339 strings")
    func timestamps() throws {
        #expect(try decode("2001-12-14") == .string("2001-12-14T00:00:00Z"))
        #expect(try decode("2001-12-14t21:59:43.10-05:00") == .string("2001-12-14T21:59:43-05:00"))
        #expect(try decode("2001-12-14 21:59:43.10") == .string("2001-12-14T21:59:43Z"))
        #expect(try decode("2001-02-30") == .string("2001-02-30"))
    }

    @Test("block and quoted scalars fold and escape as YAML says")
    func scalarStyles() throws {
        #expect(try decode("key: |\n  line1\n  line2\n") == .object(["key": .string("line1\nline2\n")]))
        #expect(try decode("key: >\n  folded\n  text\n") == .object(["key": .string("folded text\n")]))
        #expect(try decode("a: |+\n  x\n\n") == .object(["a": .string("x\n\n")]))
        #expect(try decode("a: 'it''s'") == .object(["a": .string("it's")]))
        #expect(try decode("a: \"\\x41\\u00e9\\t\"") == .object(["a": .string("Aé\t")]))
        #expect(try decode("plain text\n  continued\n\n  para") == .string("plain text continued\npara"))
    }

    @Test("anchors and aliases repeat values")
    func anchors() throws {
        #expect(try decode("a: &x 1\nb: *x") == .object(["a": .number(1), "b": .number(1)]))
        #expect(try decode("- &a [1]\n- *a") == .tuple([.tuple([.number(1)]), .tuple([.number(1)])]))
    }

    @Test("errors read as Terraform prints them, with a position only past the first line", arguments: [
        ("", "on line 1, column 1: missing start of document"),
        ("--- 1\n--- 2", "on line 1, column 1: unexpected extra content after value"),
        ("a: [", "on line 1, column 1: did not find expected node content"),
        ("\t- bad", "found character that cannot start any token"),
        ("? [a]\n: 1", "only strings are allowed as mapping keys"),
        ("{null: a}", "mapping key cannot be null"),
        (".nan", "floating point NaN is not supported"),
        ("a: 1\n\t- x", "on line 2, column 1: found a tab character that violates indentation"),
        ("a: 1\nb: *x", "on line 1, column 4: reference to undefined anchor \"x\""),
        ("a: 1\n  b: 2", "on line 2, column 1: mapping values are not allowed in this context"),
        ("- 1\n- !!foo x", "on line 1, column 3: unsupported tag \"tag:yaml.org,2002:foo\""),
        ("a: \"abc", "found unexpected end of stream"),
        ("{a: 1", "on line 1, column 1: did not find expected ',' or '}'"),
        ("a: 1\n- b", "on line 1, column 1: did not find expected key"),
        ("x: &a\n  y: *a", "on line 1, column 6: cannot refer to anchor \"a\" from inside its own definition"),
        ("- a\nb: 1", "on line 1, column 1: did not find expected '-' indicator"),
        ("a: b: c", "mapping values are not allowed in this context"),
        ("!!float abc", "cannot parse \"abc\" as tag:yaml.org,2002:float"),
        ("a: !!binary \"!!\"", "cannot parse \"!!\" as tag:yaml.org,2002:binary: not valid base64"),
        ("%YAML 1.2\n---\na: 1", "found incompatible YAML document"),
    ])
    func decodeErrors(text: String, message: String) {
        #expect(throws: FunctionError.call(message)) { try decode(text) }
    }

    @Test("deep nesting decodes without exhausting the stack, up to 10000 levels")
    func deepNesting() throws {
        let deep = String(repeating: "[", count: 10000) + String(repeating: "]", count: 10000)
        #expect(try decode(deep).type.isTuple)
        let deeper = String(repeating: "[", count: 50000) + String(repeating: "]", count: 50000)
        #expect(throws: FunctionError.call("exceeded max depth of 10000")) { try decode(deeper) }
    }

    @Test("yamldecode of an unknown string is unknown of unknown type")
    func decodeUnknown() throws {
        #expect(try YAMLFunctions.yamldecode.call([.unknown(.string)]) == .dynamicUnknown)
    }

    // MARK: Encoding

    @Test("collections are block style with sorted, double-quoted keys")
    func encodeCollections() throws {
        #expect(try encode(.object(["a": .string("b"), "c": .string("d")])) == "\"a\": \"b\"\n\"c\": \"d\"\n")
        let nested = Value.object([
            "b": .number(1),
            "a": .object(["c": .tuple([.number(1), .object(["d": .string("e")])])]),
        ])
        #expect(try encode(nested) == "\"a\":\n  \"c\":\n  - 1\n  - \"d\": \"e\"\n\"b\": 1\n")
        let lists = Value.tuple([
            .tuple([.number(1), .number(2)]), .tuple([.number(3)]), .emptyTuple, .emptyObject, .object(["a": .emptyTuple]),
        ])
        #expect(try encode(lists) == "- - 1\n  - 2\n- - 3\n- []\n- {}\n- \"a\": []\n")
        #expect(try encode(.set([.string("b"), .string("a")], elementType: .string)) == "- \"a\"\n- \"b\"\n")
    }

    @Test("a bare top-level plain scalar ends the document with ...")
    func encodeScalars() throws {
        #expect(try encode(.number(1)) == "1\n...\n")
        #expect(try encode(number("-1.5")) == "-1.5\n...\n")
        #expect(try encode(.true) == "true\n...\n")
        #expect(try encode(.null(.dynamic)) == "null\n...\n")
        #expect(try encode(.string("hello")) == "\"hello\"\n")
        #expect(try encode(.string("")) == "\"\"\n")
        #expect(try encode(.emptyTuple) == "[]\n")
    }

    @Test("multi-line strings become literal blocks with chomping and indentation hints")
    func encodeLiterals() throws {
        #expect(try encode(.string("multi\nline\n")) == "|\n  multi\n  line\n")
        let strings = Value.tuple(["a\nb", "a\n\n", "a\nb\n", " lead\nx", "tab\tx", "x \ny"].map(Value.string))
        #expect(try encode(strings) == "- |-\n  a\n  b\n- |+\n  a\n\n- |\n  a\n  b\n- |2-\n   lead\n  x\n- \"tab\\tx\"\n- \"x \\ny\"\n")
    }

    @Test("non-printable characters are escaped, long quoted lines folded after 80 columns")
    func encodeEscapesAndFolding() throws {
        #expect(try encode(.string("é 😀")) == "\"é \\U0001F600\"\n")
        #expect(try encode(.string("\u{85}\u{2028}\u{a0}\u{7f}\u{feff}")) == "\"\\N\\L\u{a0}\\x7F\\uFEFF\"\n")
        let words = (0..<30).map { "word\($0)" }.joined(separator: " ")
        #expect(try encode(.string(words)) == "\"word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n"
            + "  word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23 word24\n"
            + "  word25 word26 word27 word28 word29\"\n")
    }

    @Test("long or multi-line keys are written as complex keys")
    func encodeComplexKeys() throws {
        let long = String(repeating: "k", count: 140)
        let value = Value.object(["multi\nkey": .number(1), long: .number(2)])
        #expect(try encode(value) == "? \"\(long)\"\n: 2\n? |-\n  multi\n  key\n: 1\n")
    }

    @Test("yamlencode is unknown while anything inside is unknown, and keeps marks")
    func encodeUnknownAndMarks() throws {
        #expect(try YAMLFunctions.yamlencode.call([.tuple([.unknown(.string)])]) == .unknown(.string))
        let marked = try YAMLFunctions.yamlencode.call([Value.object(["a": .number(1)]).marked(.sensitive)])
        #expect(marked == Value.string("\"a\": 1\n").marked(.sensitive))
    }
}
