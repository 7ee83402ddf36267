import Testing
@testable import Lang
import Values

@Suite("Encoding functions")
struct EncodingFunctionsTests {
    private func call(_ name: String, _ arguments: Value...) throws(FunctionError) -> Value {
        guard let function = EncodingFunctions.all[name] else { throw .call("no function \(name)") }
        return try function.call(arguments)
    }

    // MARK: Base64

    @Test("base64encode encodes the UTF-8 bytes with padding")
    func base64encode() throws {
        #expect(try call("base64encode", .string("Hello World")) == .string("SGVsbG8gV29ybGQ="))
        #expect(try call("base64encode", .string("日本語")) == .string("5pel5pys6Kqe"))
        #expect(try call("base64encode", .string("")) == .string(""))
        #expect(try call("base64encode", .string("s").marked(.sensitive)) == Value.string("cw==").marked(.sensitive))
    }

    @Test("base64decode follows Go: padding required, newlines skipped, loose trailing bits")
    func base64decode() throws {
        #expect(try call("base64decode", .string("SGVsbG8gV29ybGQ=")) == .string("Hello World"))
        #expect(try call("base64decode", .string("YQ==\n")) == .string("a"))
        #expect(try call("base64decode", .string("YR==")) == .string("a"))
        #expect(try call("base64decode", .string("5pel5pys6Kqe")) == .string("日本語"))
        #expect(try call("base64decode", .unknown(.string)) == .unknown(.string))
        #expect(try call("base64decode", Value.string("YQ==").marked(.sensitive)) == Value.string("a").marked(.sensitive))
    }

    @Test("base64decode reports bad input quoted, or redacted when sensitive", arguments: [
        "YQ", "not base64!", "SGVs bG8=", "-_-_", "SGVsbG8gV29ybGQ",
    ])
    func base64decodeErrors(text: String) {
        #expect(throws: FunctionError.call("failed to decode base64 data \(goQuoted(text))")) {
            try call("base64decode", .string(text))
        }
        #expect(throws: FunctionError.call("failed to decode base64 data (sensitive value)")) {
            try call("base64decode", Value.string(text).marked(.sensitive))
        }
    }

    @Test("base64decode rejects bytes that are not UTF-8")
    func base64decodeNotUTF8() {
        for text in ["/w==", "gICA"] {
            #expect(throws: FunctionError.call("the result of decoding the provided string is not valid UTF-8")) {
                try call("base64decode", .string(text))
            }
        }
    }

    @Test("null arguments are rejected")
    func nulls() {
        for name in ["base64encode", "base64decode", "base64gzip", "csvdecode", "jsondecode", "urlencode"] {
            #expect(throws: FunctionError.argument(index: 0, message: "argument must not be null")) {
                try call(name, .null(.string))
            }
        }
    }

    // MARK: base64gzip

    @Test("base64gzip produces Go's gzip bytes exactly", arguments: [
        ("test", "H4sIAAAAAAAA/ypJLS4BAAAA//8BAAD//wx+f9gEAAAA"),
        ("", "H4sIAAAAAAAA/wAAAP//AQAA//8AAAAAAAAAAA=="),
        ("hello world hello world hello world", "H4sIAAAAAAAA/8pIzcnJVyjPL8pJUcDBBgAAAP//AQAA//+7/kIPIwAAAA=="),
        ("1", "H4sIAAAAAAAA/zIEAAAA//8BAAD//7fv3IMBAAAA"),
    ])
    func base64gzip(text: String, expected: String) throws {
        #expect(try call("base64gzip", .string(text)) == .string(expected))
    }

    @Test("base64gzip of a long run uses Go's lazy matching and block layout")
    func base64gzipLongRun() throws {
        let expected = "H4sIAAAAAAAA/+zAwQAAAAACMdb8JdK4xzYAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
            + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAg6wAAAP//AQAA//+H+uIboIYBAA=="
        #expect(try call("base64gzip", .string(String(repeating: "a", count: 100_000))) == .string(expected))
    }

    @Test("a gzip stream's CRC-32 is the IEEE checksum")
    func crc() {
        #expect(Gzip.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    // MARK: textencodebase64 / textdecodebase64

    @Test("textencodebase64 encodes in the named encoding, names matched without case")
    func textencode() throws {
        for (text, name, expected) in [
            ("Hello World", "UTF-16LE", "SABlAGwAbABvACAAVwBvAHIAbABkAA=="), ("Hello World", "UTF-8", "SGVsbG8gV29ybGQ="),
            ("é", "ISO-8859-1", "6Q=="), ("é", "windows-1252", "6Q=="), ("x", "utf-16be", "AHg="), ("x", "UTF-16", "/v8AeA=="),
            ("€", "ISO-8859-15", "pA=="), ("x", "latin1", "eA=="), ("", "UTF-16LE", ""), ("Привет", "KOI8-R", "8NLJ18XU"),
            ("日本", "Shift_JIS", "k/qWew=="), ("ｱｲｳ漢字①ⅰ￢", "shift_jis", "sbKzir+OmodA7u+Byg=="),
            ("é", "IBM00858", "gg=="), ("é", "macintosh", "jg=="), ("x€", "IBM01140", "p58="),
            ("日本ｱ", "EUC-JP", "xvzL3I6x"), ("ⅰ", "EUC-JP", "/PE="), ("亯", "euc-jp", "j7DB"), ("～", "EUC-JP", "ocE="),
        ] {
            #expect(try call("textencodebase64", .string(text), .string(name)) == .string(expected), "\(name)")
        }
    }

    @Test("textencodebase64 rejects unknown names and unrepresentable characters")
    func textencodeErrors() {
        #expect(throws: FunctionError.argument(index: 1, message: "\"UTF-32\" is not a supported IANA encoding name or alias in this Terraform version")) {
            try call("textencodebase64", .string("x"), .string("UTF-32"))
        }
        #expect(throws: FunctionError.argument(index: 0, message: "the given string contains characters that cannot be represented in ISO_8859-1:1987")) {
            try call("textencodebase64", .string("日本"), .string("ISO-8859-1"))
        }
        #expect(throws: FunctionError.argument(index: 0, message: "the given string contains characters that cannot be represented in US-ASCII")) {
            try call("textencodebase64", .string("é"), .string("US-ASCII"))
        }
        let eucJP = "Extended_UNIX_Code_Packed_Format_for_Japanese"
        #expect(throws: FunctionError.argument(index: 0, message: "the given string contains characters that cannot be represented in \(eucJP)")) {
            try call("textencodebase64", .string("¥"), .string("EUC-JP"))
        }
    }

    @Test("textdecodebase64 decodes in the named encoding, honouring a UTF-16 byte order mark")
    func textdecode() throws {
        #expect(try call("textdecodebase64", .string("SABlAGwAbABvACAAVwBvAHIAbABkAA=="), .string("UTF-16LE")) == .string("Hello World"))
        #expect(try call("textdecodebase64", .string("6Q=="), .string("ISO-8859-1")) == .string("é"))
        #expect(try call("textdecodebase64", .string("//54AA=="), .string("UTF-16")) == .string("x"))
        #expect(try call("textdecodebase64", .string(""), .string("UTF-8")) == .string(""))
        #expect(try call("textdecodebase64", .string("k/qWew=="), .string("Shift_JIS")) == .string("日本"))
        #expect(try call("textdecodebase64", .string("gICA"), .string("Shift_JIS")) == .string("\u{80}\u{80}\u{80}"))
        #expect(try call("textdecodebase64", .string("j7DB"), .string("EUC-JP")) == .string("亯"))
        #expect(try call("textdecodebase64", .string("pw=="), .string("ibm037")) == .string("x"))
        #expect(try call("textdecodebase64", .string("ofE="), .string("euc-jp")) == .string("￠"))
    }

    @Test("textdecodebase64 reports bad Base64 by offset and undefined bytes by encoding", arguments: [
        ("not base64", "UTF-8", "the given value is has an invalid base64 symbol at offset 3"),
        ("YQ=", "UTF-8", "the given value is has an invalid base64 symbol at offset 3"),
        ("Y", "UTF-8", "the given value is has an invalid base64 symbol at offset 0"),
        ("YQ==YQ==", "UTF-8", "the given value is has an invalid base64 symbol at offset 4"),
        ("YQ=x", "UTF-8", "the given value is has an invalid base64 symbol at offset 2"),
        ("/w==", "UTF-8", "the given string contains symbols that are not defined for UTF-8"),
        ("gA==", "US-ASCII", "the given string contains symbols that are not defined for US-ASCII"),
        ("gQ==", "windows-1252", "the given string contains symbols that are not defined for windows-1252"),
        ("eA==", "UTF-16LE", "the given string contains symbols that are not defined for UTF-16LE"),
        ("8EA=", "Shift_JIS", "the given string contains symbols that are not defined for Shift_JIS"),
    ])
    func textdecodeErrors(source: String, name: String, message: String) {
        #expect(throws: FunctionError.argument(index: 0, message: message)) {
            try call("textdecodebase64", .string(source), .string(name))
        }
    }

    // MARK: urlencode

    @Test("urlencode escapes like Go's url.QueryEscape")
    func urlencode() throws {
        #expect(try call("urlencode", .string("Hello World!")) == .string("Hello+World%21"))
        #expect(try call("urlencode", .string("☃")) == .string("%E2%98%83"))
        #expect(try call("urlencode", .string("foo:bar@localhost?foo=bar&bar=baz"))
            == .string("foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz"))
        #expect(try call("urlencode", .string("a-b_c.d~e")) == .string("a-b_c.d~e"))
        #expect(try call("urlencode", .string("a+b/c\n%")) == .string("a%2Bb%2Fc%0A%25"))
    }

    // MARK: csvdecode

    @Test("csvdecode gives a list of objects named by the header")
    func csvdecode() throws {
        let result = try call("csvdecode", .string("a,b,c\n1,2,3\n4,5,6"))
        let rowType = ValueType.object(["a": .string, "b": .string, "c": .string])
        #expect(result == .list([
            .object(["a": .string("1"), "b": .string("2"), "c": .string("3")]),
            .object(["a": .string("4"), "b": .string("5"), "c": .string("6")]),
        ], elementType: rowType))
        let headerOnly = try call("csvdecode", .string("a,b\n"))
        #expect(headerOnly == .list([], elementType: .object(["a": .string, "b": .string])))
    }

    @Test("csvdecode handles quotes, CRLF, blank lines and keeps spaces")
    func csvQuoting() throws {
        let quoted = try call("csvdecode", .string("a,b\n\"quoted, comma\",\"with \"\"escape\"\"\""))
        #expect(quoted.elements == [.object(["a": .string("quoted, comma"), "b": .string("with \"escape\"")])])
        let crlf = try call("csvdecode", .string("a,b\r\n1,2\r\n"))
        #expect(crlf.elements == [.object(["a": .string("1"), "b": .string("2")])])
        let blank = try call("csvdecode", .string("a\n\n1"))
        #expect(blank.elements == [.object(["a": .string("1")])])
        let spaces = try call("csvdecode", .string(" a , b \n 1 , 2 "))
        #expect(spaces.elements == [.object([" a ": .string(" 1 "), " b ": .string(" 2 ")])])
        let multiline = try call("csvdecode", .string("a\n\"x\ny\""))
        #expect(multiline.elements == [.object(["a": .string("x\ny")])])
    }

    @Test("csvdecode errors name the line as Go's reader counts it", arguments: [
        ("", "missing header line"),
        ("a,a\n1,2", "duplicate column name \"a\""),
        ("a,b\n1,2,3", "CSV parse error on line 2: wrong number of fields"),
        ("a,b\n1", "CSV parse error on line 2: wrong number of fields"),
        ("a,b\n\n\n1,2,3", "CSV parse error on line 4: wrong number of fields"),
        ("a,\"b\n1,2", "CSV parse error on line 2: extraneous or missing \" in quoted-field"),
        ("a,b\n1,\"x\"y", "CSV parse error on line 2: extraneous or missing \" in quoted-field"),
        ("a,b\n1,x\"y", "CSV parse error on line 2: bare \" in non-quoted-field"),
        ("a,b\n\"1\n2\n3,4", "CSV parse error on line 4: extraneous or missing \" in quoted-field"),
    ])
    func csvErrors(text: String, message: String) {
        #expect(throws: FunctionError.call(message)) { try call("csvdecode", .string(text)) }
    }

    @Test("csvdecode of an unknown string has an unknown type")
    func csvUnknown() throws {
        #expect(try call("csvdecode", .unknown(.string)) == .dynamicUnknown)
    }

    // MARK: JSON

    @Test("jsonencode writes compact JSON; null is \"null\"")
    func jsonencode() throws {
        #expect(try call("jsonencode", .object(["hello": .string("world")])) == .string(#"{"hello":"world"}"#))
        #expect(try call("jsonencode", .null(.dynamic)) == .string("null"))
        #expect(try call("jsonencode", .null(.list(.string))) == .string("null"))
        #expect(try call("jsonencode", .string("<>&")) == .string(#""\u003c\u003e\u0026""#))
    }

    @Test("jsonencode is unknown while anything inside is unknown, and keeps marks")
    func jsonencodeUnknownAndMarks() throws {
        #expect(try call("jsonencode", .tuple([.unknown(.string)])) == .unknown(.string))
        #expect(try call("jsonencode", .dynamicUnknown) == .unknown(.string))
        let marked = try call("jsonencode", .object(["a": Value.string("s").marked(.sensitive)]))
        #expect(marked == Value.string(#"{"a":"s"}"#).marked(.sensitive))
    }

    @Test("jsonencode of infinity fails")
    func jsonencodeInfinity() {
        #expect(throws: FunctionError.call("cannot serialize infinity as JSON")) {
            try call("jsonencode", .number(.infinity))
        }
    }

    @Test("jsondecode implies types and reports Go's syntax errors")
    func jsondecode() throws {
        #expect(try call("jsondecode", .string(#"{"hello": "world"}"#)) == .object(["hello": .string("world")]))
        #expect(try call("jsondecode", .string("null")) == .null(.dynamic))
        #expect(try call("jsondecode", .unknown(.string)) == .dynamicUnknown)
        #expect(try call("jsondecode", Value.string("1").marked(.sensitive)) == Value.number(1).marked(.sensitive))
        #expect(throws: FunctionError.call("EOF")) { try call("jsondecode", .string("{")) }
        #expect(throws: FunctionError.call("extraneous data after JSON object")) {
            try call("jsondecode", .string(#"{"a": 1} extra"#))
        }
    }
}
