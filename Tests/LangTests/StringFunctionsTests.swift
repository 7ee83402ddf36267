import Testing
@testable import Lang
import Values

/// Expected results come from Terraform 1.15.5's console.
@Suite("string functions")
struct StringFunctionsTests {
    private func call(_ name: String, _ arguments: Value...) throws(FunctionError) -> Value {
        try call(name, arguments)
    }

    private func text(_ name: String, _ arguments: String...) throws(FunctionError) -> String? {
        try call(name, arguments.map(Value.string)).stringValue
    }

    private func call(_ name: String, _ arguments: [Value]) throws(FunctionError) -> Value {
        guard let function = StringFunctions.all[name] else { throw .call("no function \(name)") }
        return try function.call(arguments)
    }

    private func number(_ text: String) -> Value {
        .number(Number(parsing: text) ?? .zero)
    }

    private func strings(_ texts: String...) -> Value {
        .list(texts.map(Value.string), elementType: .string)
    }

    @Test("the table has every string function")
    func table() {
        #expect(StringFunctions.all.keys.sorted() == [
            "chomp", "endswith", "format", "formatlist", "indent", "join", "lower", "replace", "split",
            "startswith", "strcontains", "strrev", "substr", "title", "trim", "trimprefix", "trimspace",
            "trimsuffix", "upper",
        ])
    }

    @Test("chomp removes every trailing CR and LF")
    func chomp() throws {
        let cases: [(String, String)] = [
            ("hello\n", "hello"), ("hello\r\n", "hello"), ("hello\n\n", "hello"), ("hello\r\n\r\n", "hello"),
            ("hello\n\r", "hello"), ("hello", "hello"), ("", ""), ("\n", ""), ("a\nb\n", "a\nb"),
            ("a\r", "a"), ("a\r\r\n\n", "a"), ("\r\n\n", ""), ("a\n b", "a\n b"),
        ]
        for (input, expected) in cases {
            #expect(try text("chomp", input) == expected, "\(input.debugDescription)")
        }
    }

    @Test("startswith, endswith and strcontains compare bytes")
    func predicates() throws {
        #expect(try call("endswith", .string("hello world"), .string("world")) == .true)
        #expect(try call("endswith", .string("hello world"), .string("hello")) == .false)
        #expect(try call("endswith", .string("hello"), .string("")) == .true)
        #expect(try call("endswith", .string(""), .string("")) == .true)
        #expect(try call("endswith", .string("héllo"), .string("llo")) == .true)
        #expect(try call("startswith", .string("hello world"), .string("hello")) == .true)
        #expect(try call("startswith", .string("hello world"), .string("world")) == .false)
        #expect(try call("startswith", .string("hello"), .string("")) == .true)
        #expect(try call("startswith", .string(""), .string("a")) == .false)
        #expect(try call("startswith", .string("Hello"), .string("hello")) == .false)
        #expect(try call("startswith", .string("日本語"), .string("日")) == .true)
        #expect(try call("strcontains", .string("hello world"), .string("wor")) == .true)
        #expect(try call("strcontains", .string("hello world"), .string("wod")) == .false)
        #expect(try call("strcontains", .string("hello"), .string("")) == .true)
        #expect(try call("strcontains", .string(""), .string("")) == .true)
        #expect(try call("strcontains", .string("Hello"), .string("hello")) == .false)
        #expect(try call("strcontains", .string("a"), .string("1")) == .false)
    }

    @Test("startswith knows an unknown string starts with the empty prefix")
    func startswithUnknown() throws {
        #expect(try call("startswith", .unknown(.string), .string("")) == .true)
        #expect(try call("startswith", .unknown(.string), .string("a")) == .unknown(.bool))
        #expect(try call("startswith", .string("a"), .unknown(.string)) == .unknown(.bool))
        #expect(try call("endswith", .unknown(.string), .string("")) == .unknown(.bool))
        #expect(try call("strcontains", .unknown(.string), .string("")) == .unknown(.bool))
    }

    @Test("lower and upper map each scalar simply, as Go does")
    func caseMapping() throws {
        #expect(try text("lower", "HELLO") == "hello")
        #expect(try text("lower", "ÀÉÎ") == "àéî")
        #expect(try text("lower", "Straße") == "straße")
        #expect(try text("lower", "") == "")
        #expect(try text("lower", "İ ǅ Σ ΑΣ") == "i ǆ σ ασ")
        #expect(try text("lower", "ẞ") == "ß")
        #expect(try text("lower", "ΑΣ ΟΔΟΣ") == "ασ οδοσ")
        #expect(try text("upper", "hello") == "HELLO")
        #expect(try text("upper", "straße") == "STRAßE")
        #expect(try text("upper", "àéî ñ") == "ÀÉÎ Ñ")
        #expect(try text("upper", "ǆ") == "Ǆ")
        #expect(try text("upper", "ǅ") == "Ǆ")
        #expect(try text("upper", "ᾳ ǰ ŉ ﬀ") == "ᾼ ǰ ŉ ﬀ")
        #expect(try text("upper", "ı ſ") == "I S")
    }

    @Test("case pairs added after Unicode 15.0 do not exist in Terraform's Go")
    func laterUnicodeCasePairs() throws {
        #expect(try text("upper", "\u{19B}\u{264}\u{A7D3}\u{A7D5}") == "\u{19B}\u{264}\u{A7D3}\u{A7D5}")
        #expect(try text("lower", "\u{A7DC}\u{A7CB}\u{1C89}") == "\u{A7DC}\u{A7CB}\u{1C89}")
        #expect(try text("title", "\u{19B}") == "\u{19B}")
    }

    @Test("title capitalizes after Go's word separators")
    func title() throws {
        let cases: [(String, String)] = [
            ("hello world", "Hello World"), ("hello-world foo_bar", "Hello-World Foo_bar"), ("HELLO", "HELLO"),
            ("élan vital", "Élan Vital"), ("", ""), ("o'neil mc", "O'Neil Mc"), ("a\nb\tc", "A\nB\tC"),
            ("ǆemal", "ǅemal"), ("ßtraße", "ßtraße"), ("hello.world", "Hello.World"), ("x©y", "X©y"),
            ("a\u{a0}b", "A\u{a0}B"), ("1st 2nd", "1st 2nd"), ("ﬀ ﬁ", "ﬀ ﬁ"), ("ᾳ", "ᾼ"),
        ]
        for (input, expected) in cases {
            #expect(try text("title", input) == expected, "\(input.debugDescription)")
        }
    }

    @Test("trim, trimprefix, trimsuffix and trimspace")
    func trimming() throws {
        #expect(try text("trim", "?!hello?!", "!?") == "hello")
        #expect(try text("trim", "foobar", "far") == "oob")
        #expect(try text("trim", "   hello! world.!  ", "! ") == "hello! world.")
        #expect(try text("trim", "aaa", "a") == "")
        #expect(try text("trim", "hello", "") == "hello")
        #expect(try text("trim", "", "abc") == "")
        #expect(try text("trim", "ééxéé", "é") == "x")
        #expect(try text("trim", "abcba", "ab") == "c")
        #expect(try text("trimprefix", "helloworld", "hello") == "world")
        #expect(try text("trimprefix", "helloworld", "cat") == "helloworld")
        #expect(try text("trimprefix", "hellohello", "hello") == "hello")
        #expect(try text("trimprefix", "hello", "") == "hello")
        #expect(try text("trimprefix", "hello", "hello") == "")
        #expect(try text("trimsuffix", "helloworld", "world") == "hello")
        #expect(try text("trimsuffix", "helloworld", "cat") == "helloworld")
        #expect(try text("trimsuffix", "worldworld", "world") == "world")
        #expect(try text("trimsuffix", "", "x") == "")
        #expect(try text("trimspace", "  hello\n\n") == "hello")
        #expect(try text("trimspace", "\t\r\n x \t") == "x")
        #expect(try text("trimspace", "   ") == "")
        #expect(try text("trimspace", "\u{a0}nbsp\u{a0}") == "nbsp")
        #expect(try text("trimspace", "\u{2003}em\u{2003}") == "em")
        #expect(try text("trimspace", "\u{85}x\u{85}") == "x")
        #expect(try text("trimspace", "\u{200b}x\u{200b}") == "\u{200b}x\u{200b}")
        #expect(try text("trimspace", "\u{180e}x\u{180e}") == "\u{180e}x\u{180e}")
        #expect(try text("trimspace", "\u{feff}x") == "\u{feff}x")
        #expect(try text("trimspace", "a b") == "a b")
    }

    @Test("split keeps empty pieces; an empty separator splits into characters")
    func split() throws {
        #expect(try call("split", .string(","), .string("foo,bar,baz")) == strings("foo", "bar", "baz"))
        #expect(try call("split", .string(","), .string("foo")) == strings("foo"))
        #expect(try call("split", .string(","), .string("")) == strings(""))
        #expect(try call("split", .string(""), .string("abc")) == strings("a", "b", "c"))
        #expect(try call("split", .string(","), .string(",a,,b,")) == strings("", "a", "", "b", ""))
        #expect(try call("split", .string(", "), .string("a, b, c")) == strings("a", "b", "c"))
        #expect(try call("split", .string("é"), .string("aébéc")) == strings("a", "b", "c"))
        #expect(try call("split", .string(""), .string("")) == .list([], elementType: .string))
        #expect(try call("split", .string("x"), .string("")) == strings(""))
        #expect(try call("split", .string(","), .string("a,,")) == strings("a", "", ""))
    }

    @Test("join concatenates every list with the separator")
    func join() throws {
        let foo = strings("foo", "bar", "baz")
        #expect(try call("join", .string(", "), foo) == .string("foo, bar, baz"))
        #expect(try call("join", .string(", "), strings("foo")) == .string("foo"))
        #expect(try call("join", .string(", "), strings()) == .string(""))
        #expect(try call("join", .string(""), strings("a", "b")) == .string("ab"))
        #expect(try call("join", .string(","), strings("a"), strings("b", "c")) == .string("a,b,c"))
        #expect(try call("join", .string(","), strings(), strings()) == .string(""))
        #expect(try call("join", .string("\n"), strings("line1", "line2")) == .string("line1\nline2"))
        #expect(try call("join", .string(","), .list([.string("a").marked(.sensitive), .string("b")], elementType: .string))
            == .string("a,b").marked(.sensitive))
        #expect(try call("join", .string(","), .list([.unknown(.string)], elementType: .string)) == .unknown(.string))
        #expect(try call("join", .string(","), .unknown(.list(.string))) == .unknown(.string))
    }

    @Test("join errors")
    func joinErrors() {
        #expect(throws: FunctionError.call("at least one list is required")) {
            try call("join", .string(","))
        }
        #expect(throws: FunctionError.argument(index: 1, message: "element 0 is null; cannot concatenate null values")) {
            try call("join", .string(","), .list([.null(.string)], elementType: .string))
        }
        #expect(throws: FunctionError.argument(index: 1, message: "element 1 is null; cannot concatenate null values")) {
            try call("join", .string(","), .list([.string("a"), .null(.string)], elementType: .string))
        }
        #expect(throws: FunctionError.argument(index: 2, message: "element 0 of list 2 is null; cannot concatenate null values")) {
            try call("join", .string(","), strings("a"), .list([.null(.string)], elementType: .string))
        }
        #expect(throws: FunctionError.argument(index: 0, message: "argument must not be null")) {
            try call("join", .null(.string), strings("a"))
        }
    }

    @Test("indent pads every line after the first")
    func indent() throws {
        #expect(try call("indent", number("2"), .string("a\nb\nc")) == .string("a\n  b\n  c"))
        #expect(try call("indent", number("4"), .string("single")) == .string("single"))
        #expect(try call("indent", number("0"), .string("a\nb")) == .string("a\nb"))
        #expect(try call("indent", number("2"), .string("")) == .string(""))
        #expect(try call("indent", number("2"), .string("a\n")) == .string("a\n  "))
        #expect(try call("indent", number("2"), .string("a\n\nb")) == .string("a\n  \n  b"))
        #expect(try call("indent", number("2"), .string("a\r\nb")) == .string("a\r\n  b"))
        #expect(throws: FunctionError.call("value must be a whole number, between -9223372036854775808 and 9223372036854775807")) {
            try call("indent", number("2.5"), .string("a\nb"))
        }
        #expect(throws: FunctionError.call("value must be a whole number, between -9223372036854775808 and 9223372036854775807")) {
            try call("indent", number("1e20"), .string("a"))
        }
        #expect(throws: FunctionError.call("panic in function implementation: strings: negative Repeat count")) {
            try call("indent", number("-1"), .string("a\nb"))
        }
    }

    @Test("replace substitutes every occurrence of a plain substring")
    func replace() throws {
        #expect(try text("replace", "1 + 2 + 3", "+", "-") == "1 - 2 - 3")
        #expect(try text("replace", "hello", "l", "") == "heo")
        #expect(try text("replace", "hello", "", "-") == "-h-e-l-l-o-")
        #expect(try text("replace", "", "", "x") == "x")
        #expect(try text("replace", "abc", "", "") == "abc")
        #expect(try text("replace", "aaa", "a", "aa") == "aaaaaa")
        #expect(try text("replace", "aaaa", "aa", "b") == "bb")
        #expect(try text("replace", "日本語", "本", "x") == "日x語")
        #expect(try text("replace", "hello", "/", "x") == "hello")
        #expect(try text("replace", "/path/to", "/", "\\") == "\\path\\to")
        #expect(try text("replace", "a.b.c", ".", "-") == "a-b-c")
        #expect(try text("replace", "abc", "B", "x") == "abc")
        #expect(try text("replace", "hello", "hello", "") == "")
        #expect(try text("replace", "ab", "/a", "x") == "ab")
        #expect(try call("replace", .string("secret").marked(.sensitive), .string("s"), .string("S"))
            == .string("Secret").marked(.sensitive))
    }

    @Test("strrev reverses grapheme clusters")
    func strrev() throws {
        let cases: [(String, String)] = [
            ("hello", "olleh"), ("", ""), ("a", "a"), ("héllo", "olléh"), ("😀a", "a😀"), ("e\u{301}a", "ae\u{301}"),
            ("日本語", "語本日"), ("\r\n", "\r\n"), ("🇺🇸🇩🇪", "🇩🇪🇺🇸"), ("👨‍👩‍👧a", "a👨‍👩‍👧"),
        ]
        for (input, expected) in cases {
            #expect(try call("strrev", .string(input)) == .string(expected), "\(input.debugDescription)")
        }
    }

    @Test("substr counts grapheme clusters, with Terraform's treatment of negative offsets")
    func substr() throws {
        let cases: [(String, String, String, String)] = [
            ("hello world", "1", "4", "ello"), ("hello world", "0", "5", "hello"), ("hello world", "-5", "-1", "world"),
            ("hello world", "-5", "3", "wor"), ("hello", "2", "-1", "llo"), ("hello", "10", "1", ""),
            ("hello", "0", "100", "hello"), ("hello", "-10", "2", "he"), ("hello", "5", "1", ""),
            ("hello", "0", "0", ""), ("hello", "1", "-2", "ello"), ("🤔🤷", "0", "1", "🤔"), ("héllo", "1", "1", "é"),
            ("e\u{301}a", "0", "1", "e\u{301}"), ("", "0", "1", ""), ("hello", "-3", "0", "llo"),
            ("hello", "-3", "-1", "llo"), ("hello", "0", "-1", "hello"), ("hello", "-5", "0", "hello"),
            ("", "-1", "0", ""), ("hello", "4", "0", ""), ("\r\nab", "0", "1", "\r\n"),
        ]
        for (input, offset, length, expected) in cases {
            #expect(try call("substr", .string(input), number(offset), number(length)) == .string(expected),
                    "substr(\(input.debugDescription), \(offset), \(length))")
        }
        #expect(throws: FunctionError.call("value must be a whole number, between -9223372036854775808 and 9223372036854775807")) {
            try call("substr", .string("hello"), number("1.5"), number("2"))
        }
        #expect(throws: FunctionError.call("value must be a whole number, between -9223372036854775808 and 9223372036854775807")) {
            try call("substr", .string("hello"), number("1"), number("1e20"))
        }
    }

    @Test("null arguments are rejected by parameter")
    func nulls() {
        let cases: [(String, [Value], Int)] = [
            ("chomp", [.null(.string)], 0), ("endswith", [.null(.string), .string("x")], 0),
            ("startswith", [.string("x"), .null(.string)], 1), ("indent", [number("2"), .null(.string)], 1),
            ("lower", [.null(.string)], 0), ("replace", [.null(.string), .string("a"), .string("b")], 0),
            ("split", [.string(","), .null(.string)], 1), ("split", [.null(.string), .string("a")], 0),
            ("strrev", [.null(.string)], 0), ("substr", [.null(.string), number("0"), number("1")], 0),
            ("trim", [.null(.string), .string("x")], 0), ("trimsuffix", [.null(.string), .string("x")], 0),
            ("trimspace", [.null(.string)], 0),
        ]
        for (name, arguments, index) in cases {
            #expect(throws: FunctionError.argument(index: index, message: "argument must not be null"), "\(name)") {
                try call(name, arguments)
            }
        }
    }

    @Test("unknown arguments give unknown results of the function's type; marks carry over")
    func unknownsAndMarks() throws {
        #expect(try call("upper", .unknown(.string)) == .unknown(.string))
        #expect(try call("upper", .dynamicUnknown) == .unknown(.string))
        #expect(try call("split", .string(","), .unknown(.string)) == .unknown(.list(.string)))
        #expect(try call("substr", .dynamicUnknown, number("0"), number("1")) == .unknown(.string))
        #expect(try call("chomp", .string("x\n").marked(.sensitive)) == .string("x").marked(.sensitive))
        #expect(try call("split", .string(","), .string("a,b").marked(.sensitive)) == strings("a", "b").marked(.sensitive))
        #expect(try call("trimspace", .string("  s  ").marked(.sensitive)) == .string("s").marked(.sensitive))
    }

    @Test("replace leaves /regex/ patterns to the regular expression engine")
    func regexPatterns() {
        #expect(StringFunctions.isRegularExpression("/w.*d/"))
        #expect(StringFunctions.isRegularExpression("//"))
        #expect(!StringFunctions.isRegularExpression("/"))
        #expect(!StringFunctions.isRegularExpression("/a"))
    }
}
