import Testing
@testable import Values

@Suite("JSON coding of values")
struct JSONCodingTests {
    private func number(_ text: String) -> Value {
        Value.number(Number(parsing: text) ?? .zero)
    }

    // MARK: Encoding

    @Test("objects and maps are written with sorted keys and no white space")
    func sortedKeys() throws {
        let object = Value.object(["b": .number(1), "a": .number(2), "10": .number(3), "9": .number(4)])
        #expect(try object.jsonEncoded() == #"{"10":3,"9":4,"a":2,"b":1}"#)
        let map = Value.map(["z": .string("1"), "a": .string("2")], elementType: .string)
        #expect(try map.jsonEncoded() == #"{"a":"2","z":"1"}"#)
    }

    @Test("strings escape HTML characters, line separators and control characters as Go does")
    func stringEscapes() throws {
        #expect(try Value.string("<>&").jsonEncoded() == #""\u003c\u003e\u0026""#)
        #expect(try Value.string("\u{2028}\u{2029}").jsonEncoded() == #""\u2028\u2029""#)
        #expect(try Value.string("quote\" back\\ nl\n tab\t cr\r").jsonEncoded() == #""quote\" back\\ nl\n tab\t cr\r""#)
        #expect(try Value.string("\u{0}\u{1f}\u{7f}").jsonEncoded() == "\"\\u0000\\u001f\u{7f}\"")
        #expect(try Value.string("\u{8}\u{c}\u{1}").jsonEncoded() == #""\b\f\u0001""#)
        #expect(try Value.string("é 日本語 😀").jsonEncoded() == "\"é 日本語 😀\"")
    }

    @Test("numbers are written as their shortest exact decimal, without exponent")
    func numbers() throws {
        #expect(try number("1.5").jsonEncoded() == "1.5")
        #expect(try number("-0").jsonEncoded() == "-0")
        #expect(try number("1e21").jsonEncoded() == "1000000000000000000000")
        #expect(try number("1e-7").jsonEncoded() == "0.0000001")
        #expect(try number("123456789012345678901234567890").jsonEncoded() == "123456789012345678901234567890")
        let third = try Number(parsing: "1")! / Number(parsing: "3")!
        #expect(try Value.number(third).jsonEncoded() == "0." + String(repeating: "3", count: 154) + "5")
    }

    @Test("collections, tuples and nulls")
    func collections() throws {
        let tuple = Value.tuple([.number(1), .string("a"), .null(.dynamic), .true])
        #expect(try tuple.jsonEncoded() == #"[1,"a",null,true]"#)
        #expect(try Value.set([.string("b"), .string("a")], elementType: .string).jsonEncoded() == #"["a","b"]"#)
        #expect(try Value.null(.list(.string)).jsonEncoded() == "null")
        #expect(try Value.object(["a": .null(.dynamic)]).jsonEncoded() == #"{"a":null}"#)
        #expect(try Value.emptyTuple.jsonEncoded() == "[]")
        #expect(try Value.emptyObject.jsonEncoded() == "{}")
    }

    @Test("unknown, marked and infinite values cannot be written")
    func unwritable() {
        #expect(throws: JSONCodingError("value is not known")) {
            try Value.tuple([.unknown(.string)]).jsonEncoded()
        }
        #expect(throws: JSONCodingError("value has marks, so it cannot be serialized as JSON")) {
            try Value.object(["a": Value.string("s").marked(.sensitive)]).jsonEncoded()
        }
        #expect(throws: JSONCodingError("cannot serialize infinity as JSON")) {
            try Value.number(.infinity).jsonEncoded()
        }
    }

    // MARK: Decoding with implied types

    @Test("objects imply object types, arrays tuples and nulls dynamic")
    func impliedTypes() throws {
        let value = try Value.decodingJSON(#"{"b": 1, "a": [1, "x"], "c": {"d": null}}"#)
        #expect(value == .object([
            "a": .tuple([.number(1), .string("x")]),
            "b": .number(1),
            "c": .object(["d": .null(.dynamic)]),
        ]))
        #expect(try Value.decodingJSON("[]") == .emptyTuple)
        #expect(try Value.decodingJSON("{}") == .emptyObject)
        #expect(try Value.decodingJSON("null") == .null(.dynamic))
        #expect(try Value.decodingJSON("  true ") == .true)
    }

    @Test("numbers are parsed exactly")
    func exactNumbers() throws {
        #expect(try Value.decodingJSON("12345678901234567890123") == number("12345678901234567890123"))
        #expect(try Value.decodingJSON("0.1") == number("0.1"))
        #expect(try Value.decodingJSON("1E-2").numberValue?.description == "0.01")
        #expect(try Value.decodingJSON("-0").numberValue?.description == "-0")
    }

    @Test("escapes decode as Go does, unpaired surrogates as U+FFFD")
    func stringEscapesDecode() throws {
        #expect(try Value.decodingJSON(#""\u00e9\n""#) == .string("é\n"))
        #expect(try Value.decodingJSON(#""\ud83d\ude00""#) == .string("😀"))
        #expect(try Value.decodingJSON(#""\ud83d""#) == .string("\u{FFFD}"))
        #expect(try Value.decodingJSON(#""a\/b""#) == .string("a/b"))
    }

    @Test("a repeated key keeps the last value when the types agree, otherwise fails")
    func duplicateKeys() throws {
        #expect(try Value.decodingJSON(#"{"a": 1, "a": 2}"#) == .object(["a": .number(2)]))
        #expect(throws: JSONCodingError(#"duplicate "a" property in JSON object"#)) {
            try Value.decodingJSON(#"{"a": "x", "a": 1}"#)
        }
        #expect(throws: JSONCodingError(#"duplicate "a" property in JSON object"#)) {
            try Value.decodingJSON(#"{"a":[1], "a":[1,2]}"#)
        }
    }

    @Test("text after a closing bracket is ignored, other trailing text is extraneous")
    func trailingData() throws {
        #expect(try Value.decodingJSON(#"{"a":1}}"#) == .object(["a": .number(1)]))
        #expect(try Value.decodingJSON("1]") == .number(1))
        for text in [#"{"a": 1} extra"#, "01", #"{"a":1}{"b":2}"#] {
            #expect(throws: JSONCodingError("extraneous data after JSON object")) { try Value.decodingJSON(text) }
        }
    }

    @Test("syntax errors read as Go's encoding/json reports them", arguments: [
        ("", "EOF"),
        (" ", "EOF"),
        ("{", "EOF"),
        ("[", "EOF"),
        ("{'a': 1}", "invalid character '\\''"),
        ("[1,]", "invalid character ']' looking for beginning of value"),
        ("NaN", "invalid character 'N' looking for beginning of value"),
        ("[1 2]", "invalid character '2' after array element"),
        ("\"abc", "unexpected EOF"),
        ("1.", "unexpected EOF"),
        ("-", "unexpected EOF"),
        ("trux", "invalid character 'x' in literal true (expecting 'e')"),
        ("{\"a\" 1}", "invalid character '1' after object key"),
        ("\"a\tb\"", "invalid character '\\t' in string literal"),
        ("{\"a\":}", "invalid character '}' looking for beginning of value"),
        ("1.x", "invalid character 'x' after decimal point in numeric literal"),
        ("1e+", "unexpected EOF"),
        ("\"\\x\"", "invalid character 'x' in string escape code"),
        ("\"\\u12g4\"", "invalid character 'g' in \\u hexadecimal character escape"),
        ("{\"a\":1,}", "invalid character '}' looking for beginning of object key string"),
        ("{\"a\":1 \"b\"}", "invalid character '\"' after object key:value pair"),
    ])
    func syntaxErrors(text: String, message: String) {
        #expect(throws: JSONCodingError(message)) { try Value.decodingJSON(text) }
    }

    @Test("nesting deeper than Go's scanner reads fails, without exhausting the stack")
    func deepNesting() throws {
        let deepest = String(repeating: "[", count: 10001) + String(repeating: "]", count: 10001)
        #expect(try Value.decodingJSON(deepest).type.isTuple)
        for depth in [10002, 50000] {
            let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            #expect(throws: JSONCodingError("failed to read tuple value: invalid character '[' exceeded max depth")) {
                try Value.decodingJSON(text)
            }
        }
    }

    // MARK: Coding with a type

    @Test("a typed decode converts primitives and fills missing attributes with null")
    func typedDecode() throws {
        let type = ValueType.object(["n": .number, "s": .string, "b": .bool, "missing": .list(.string)])
        let value = try Value.decodingJSON(#"{"n": "12", "s": 1.50, "b": "true"}"#, as: type)
        #expect(value == .object([
            "n": .number(12), "s": .string("1.50"), "b": .true, "missing": .null(.list(.string)),
        ]))
        let set = try Value.decodingJSON(#"["b", "a", "b"]"#, as: .set(.string))
        #expect(set == .set([.string("a"), .string("b")], elementType: .string))
        #expect(throws: JSONCodingError(#"unsupported attribute "x""#)) {
            try Value.decodingJSON(#"{"x": 1}"#, as: .object(["n": .number]))
        }
        #expect(throws: JSONCodingError("not enough tuple elements (need 2)")) {
            try Value.decodingJSON("[1]", as: .tuple([.number, .number]))
        }
        #expect(throws: JSONCodingError("number is required")) {
            try Value.decodingJSON("true", as: .number)
        }
    }

    @Test("dynamic parts are wrapped with their type and decode back to the same value")
    func dynamicRoundTrip() throws {
        let value = Value.object([
            "list": .list([.string("a")], elementType: .string),
            "map": .map(["k": .number(1)], elementType: .number),
        ])
        let text = try value.jsonEncoded(as: .dynamic)
        #expect(text == #"{"value":{"list":["a"],"map":{"k":1}},"type":["object",{"list":["list","string"],"map":["map","number"]}]}"#)
        #expect(try Value.decodingJSON(text, as: .dynamic) == value)
    }

    @Test("a typed encode converts the value to the type first")
    func typedEncode() throws {
        let tuple = Value.tuple([.number(1), .number(2)])
        #expect(try tuple.jsonEncoded(as: .list(.string)) == #"["1","2"]"#)
        #expect(ValueType.object(["a": .bool], optional: ["a"]).jsonEncoded == #"["object",{"a":"bool"},["a"]]"#)
    }
}
