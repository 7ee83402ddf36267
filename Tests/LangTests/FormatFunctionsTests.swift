import Testing
@testable import Lang
import Values

/// Expected results come from Terraform 1.15.5's console.
@Suite("format and formatlist")
struct FormatFunctionsTests {
    private func format(_ spec: String, _ arguments: Value...) throws(FunctionError) -> Value {
        try StringFunctions.format.call([.string(spec)] + arguments)
    }

    private func formatlist(_ spec: String, _ arguments: Value...) throws(FunctionError) -> Value {
        try StringFunctions.formatlist.call([.string(spec)] + arguments)
    }

    private func number(_ text: String) -> Value {
        .number(Number(parsing: text) ?? .zero)
    }

    private func strings(_ texts: String...) -> Value {
        .list(texts.map(Value.string), elementType: .string)
    }

    private static let infinity = Value.number(.infinity)
    private static let negativeInfinity = Value.number(-Number.infinity)

    @Test("strings, integers and padding by width")
    func basics() throws {
        #expect(try format("Hello, %s!", .string("Ander")) == .string("Hello, Ander!"))
        #expect(try format("There are %d lights", number("4")) == .string("There are 4 lights"))
        #expect(try format("%d", .string("12")) == .string("12"))
        #expect(try format("%5d|%-5d|%05d", number("42"), number("42"), number("42")) == .string("   42|42   |00042"))
        #expect(try format("%-10s|", .string("left")) == .string("left      |"))
        #expect(try format("%10s|", .string("right")) == .string("     right|"))
        #expect(try format("%.3s", .string("abcdef")) == .string("abc"))
        #expect(try format("no verbs") == .string("no verbs"))
        #expect(try format("") == .string(""))
        #expect(try format("%5s|", .string("日本")) == .string("   日本|"))
        #expect(try format("%%") == .string("%"))
        #expect(try format("%%s %s", .string("x")) == .string("%s x"))
        #expect(try format("%5.1f%%", number("99.44")) == .string(" 99.4%"))
    }

    @Test("string verbs pad and truncate in grapheme clusters, with go-cty's zero and minus flags")
    func stringPadding() throws {
        #expect(try format("%05s|", .string("ab")) == .string("000ab|"))
        #expect(try format("%-05s|", .string("ab")) == .string("ab000|"))
        #expect(try format("%05v|", .string("ab")) == .string("000ab|"))
        #expect(try format("%.0s|", .string("abc")) == .string("abc|"))
        #expect(try format("%.s|", .string("abc")) == .string("abc|"))
        #expect(try format("%.2s|", .string("e\u{301}ab")) == .string("éa|"))
        #expect(try format("%3s|", .string("e\u{301}")) == .string("  é|"))
        #expect(try format("%.1v|", .string("abc")) == .string("abc|"))
        #expect(try format("%5t|%-6t|", .true, .false) == .string("true|false|"))
    }

    @Test("integer verbs: signs, bases, # prefixes, precision as minimum digits")
    func integers() throws {
        #expect(try format("%x %X %o %b", number("255"), number("255"), number("8"), number("5")) == .string("ff FF 10 101"))
        #expect(try format("%+d % d", number("5"), number("5")) == .string("+5  5"))
        #expect(try format("%#x %#X %#o %#b", number("255"), number("255"), number("8"), number("5"))
            == .string("0xff 0XFF 010 0b101"))
        #expect(try format("%.3d|%.0d|%8.3d|%-8.3d|%08.3d", number("5"), number("0"), number("5"), number("5"), number("5"))
            == .string("005||     005|005     |     005"))
        #expect(try format("%-05d|%0-5d|", number("42"), number("42")) == .string("42   |42   |"))
        #expect(try format("%x|%#x", number("-255"), number("-255")) == .string("-ff|-0xff"))
        #expect(try format("%x|%#x|%#o|%.0x|", number("0"), number("0"), number("0"), number("0")) == .string("0|0x0|00||"))
        #expect(try format("%.3x|%#.3x", number("5"), number("5")) == .string("005|0x005"))
        #expect(try format("%d", .number(-Number.zero)) == .string("0"))
        #expect(try format("%d", number("12345678901234567890")) == .string("12345678901234567890"))
        #expect(try format("%x", number("12345678901234567890")) == .string("ab54a98ceb1f0ad2"))
        #expect(try format("%d", number("1e30")) == .string("1" + String(repeating: "0", count: 30)))
        #expect(try format("%b", number("1e30")) == .string(
            "1100100111110010110010011100110100000100011001110100111011011110101001000000000000000000000000000000"
        ))
    }

    @Test("an integer beyond 512 bits prints the digits of its rounded binary value")
    func hugeInteger() throws {
        let expected = "1" + String(repeating: "0", count: 155)
            + "99619093927145103698488885902559626546388220467448158901290339712241777162832451007140734114254934770906394233606070503901917153436635415036944339291818644996386419940467994013482382498698992627077917092011309750377767778231244955945636905091072"
        #expect(try format("%d", number("1e400")) == .string(expected))
    }

    @Test("float verbs round half to even on the exact binary value")
    func floats() throws {
        #expect(try format("%f", number("3.14159")) == .string("3.141590"))
        #expect(try format("%.2f", number("3.14159")) == .string("3.14"))
        #expect(try format("%8.3f|", number("3.14159")) == .string("   3.142|"))
        #expect(try format("%e", number("123456.789")) == .string("1.234568e+05"))
        #expect(try format("%g", number("0.00001234")) == .string("1.234e-05"))
        #expect(try format("%e|%E|%.0e|%.2E", number("0"), number("1"), number("15"), number("123456"))
            == .string("0.000000e+00|1.000000E+00|2e+01|1.23E+05"))
        #expect(try format("%.0f|%.0f|%.0f|%.0f", number("0.5"), number("1.5"), number("2.5"), number("3.5"))
            == .string("0|2|2|4"))
        #expect(try format("%.2f", number("2.675")) == .string("2.67"))
        #expect(try format("%.2f", number("0.125")) == .string("0.12"))
        #expect(try format("%.1f", number("0.25")) == .string("0.2"))
        #expect(try format("%.1f", number("12345678901234567890.55")) == .string("12345678901234567890.6"))
        #expect(try format("%f", number("1e21")) == .string("1000000000000000000000.000000"))
        #expect(try format("%.30f", number("0.1")) == .string("0.100000000000000000000000000000"))
        #expect(try format("%.50e", number("1")) == .string("1." + String(repeating: "0", count: 50) + "e+00"))
        #expect(try format("%e", number("1e400")) == .string("1.000000e+400"))
        #expect(try format("%f", .string("1.5")) == .string("1.500000"))
    }

    @Test("%g chooses exponent form by precision; %v uses the shortest digits")
    func general() throws {
        #expect(try format("%g|%g|%g|%g|%g", number("100000"), number("1000000"), number("1e21"), number("1e-5"), number("0.0001"))
            == .string("100000|1e+06|1e+21|1e-05|0.0001"))
        #expect(try format("%G", number("1e-7")) == .string("1E-07"))
        #expect(try format("%.3g|%.10g|%.0g|%#g", number("3.14159"), number("3.14159"), number("3.14159"), number("3.14159"))
            == .string("3.14|3.14159|3|3.14159"))
        #expect(try format("%.20g", number("0.1")) == .string("0.1"))
        #expect(try format("%g", number("123456789")) == .string("1.23456789e+08"))
        #expect(try format("%.3G", number("1e-10")) == .string("1E-10"))
        #expect(try format("%v|%v|%v|%v", number("1234567"), number("123456"), number("0.000012"), number("1e100"))
            == .string("1.234567e+06|123456|1.2e-05|1e+100"))
        #expect(try format("%v", number("12345678901234567890123")) == .string("1.2345678901234567890123e+22"))
        #expect(try format("%5.1v|", number("3.14159")) == .string("3.14159|"))
        #expect(try format("%+v|% v|%010v", number("5"), number("5"), number("-5")) == .string("5|5|00000000-5"))
    }

    @Test("float flags: sign, space, zero padding even with minus")
    func floatFlags() throws {
        #expect(try format("%+.2f|% .2f", number("1.5"), number("1.5")) == .string("+1.50| 1.50"))
        #expect(try format("%-08.2f|%0-8.2f|", number("3.14159"), number("3.14159")) == .string("00003.14|00003.14|"))
        #expect(try format("%010.3f|%+010.3f|% 010.3f|", number("-3.14159"), number("3.14159"), number("3.14159"))
            == .string("-00003.142|+00003.142| 00003.142|"))
        #expect(try format("%08.3e|%-12e|", number("3.14159"), number("3.14159")) == .string("3.142e+00|3.141590e+00|"))
        #expect(try format("%f|%v", .number(-Number.zero), .number(-Number.zero)) == .string("-0.000000|-0"))
    }

    @Test("infinities print as +Inf and -Inf and are never zero padded")
    func infinities() throws {
        #expect(try format("%f", Self.infinity) == .string("+Inf"))
        #expect(try format("%v|%e|%g|%10f|%-10f|", Self.infinity, Self.infinity, Self.negativeInfinity, Self.infinity, Self.negativeInfinity)
            == .string("+Inf|+Inf|-Inf|      +Inf|-Inf      |"))
        #expect(try format("%+f|% f|%010f", Self.infinity, Self.infinity, Self.negativeInfinity) == .string("+Inf| Inf|      -Inf"))
        #expect(throws: FunctionError.call(#"unsupported value for "%d" at 0: an integer is required"#)) {
            try format("%d", Self.infinity)
        }
    }

    @Test("%v and %#v write JSON for everything but strings and numbers")
    func json() throws {
        #expect(try format("%v", .tuple([number("1"), number("2")])) == .string("[1,2]"))
        #expect(try format("%#v", .tuple([number("1"), .string("a")])) == .string(#"[1,"a"]"#))
        #expect(try format("%v", .object(["a": number("1")])) == .string(#"{"a":1}"#))
        #expect(try format("%#v", .object(["a": number("1")])) == .string(#"{"a":1}"#))
        #expect(try format("%v|%t|%s", .true, .true, .true) == .string("true|true|true"))
        #expect(try format("%t", .string("true")) == .string("true"))
        #expect(try format("%s|%s|%s", number("1.5"), number("1e21"), number("0.1")) == .string("1.5|1000000000000000000000|0.1"))
        #expect(try format("%v|%#v|%10v|", .null(.dynamic), .null(.dynamic), .null(.dynamic)) == .string("null|null|      null|"))
        #expect(try format("%v", .object(["a": .null(.dynamic)])) == .string(#"{"a":null}"#))
        #expect(try format("%v", .tuple([.null(.dynamic), number("1")])) == .string("[null,1]"))
        #expect(try format("%v", .set([.string("b"), .string("a")], elementType: .string)) == .string(#"["a","b"]"#))
        #expect(try format("%v", .map(["b": number("1"), "a": number("2")], elementType: .number)) == .string(#"{"a":2,"b":1}"#))
        let nested = Value.object([
            "b": .tuple([number("1"), .object(["c": .string("x")])]), "a": .true,
        ])
        #expect(try format("%v", nested) == .string(#"{"a":true,"b":[1,{"c":"x"}]}"#))
        #expect(try format("%#v|%#v|%#v", .string("str"), number("1.5"), .true) == .string(#""str"|1.5|true"#))
        #expect(try format("%v", .tuple([.string("<&>")])) == .string(#"["\u003c\u0026\u003e"]"#))
        #expect(try format("%v", .list([number("1"), number("2")], elementType: .number)) == .string("[1,2]"))
        #expect(try format("%q|%q|%s", number("1"), .true, Self.infinity) == .string(#""1"|"true"|+Inf"#))
    }

    @Test("JSON has no infinity")
    func jsonInfinity() {
        #expect(throws: FunctionError.call(#"unsupported value for "%#v" at 0: cannot serialize infinity as JSON"#)) {
            try format("%#v", Self.infinity)
        }
        #expect(throws: FunctionError.call(#"unsupported value for "%v" at 0: cannot serialize infinity as JSON"#)) {
            try format("%v", .object(["a": Self.negativeInfinity]))
        }
        #expect(throws: FunctionError.call(
            #"error on format iteration 0: unsupported value for "%v" at 0: cannot serialize infinity as JSON"#
        )) {
            try formatlist("%v", .tuple([.tuple([Self.infinity])]))
        }
    }

    @Test("%q quotes as JSON after truncating by precision")
    func quoted() throws {
        #expect(try format("%q", .string("quoted\n")) == .string(#""quoted\n""#))
        #expect(try format("%q", .string("<a&b>")) == .string(#""\u003ca\u0026b\u003e""#))
        #expect(try format("%q", .string("\u{2028}\u{2029}")) == .string(#""\u2028\u2029""#))
        #expect(try format("%q", .string("tab\there\u{8}\u{c}\u{1}\u{7f}")) == .string("\"tab\\there\\b\\f\\u0001\u{7f}\""))
        #expect(try format("%q", .string("é日本")) == .string("\"é日本\""))
        #expect(try format("%.2q|%8q|", .string("abcdef"), .string("ab")) == .string(#""ab"|    "ab"|"#))
    }

    @Test("explicit argument indexes and where the next verb continues")
    func argumentIndexes() throws {
        #expect(try format("%[2]s %[1]s", .string("a"), .string("b")) == .string("b a"))
        #expect(try format("%[2]s %[1]s %s", .string("a"), .string("b")) == .string("b a b"))
        #expect(try format("%[1]s %[1]s", .string("a")) == .string("a a"))
        #expect(try format("%[2]s", .string("a"), .string("b")) == .string("b"))
        #expect(try format("%5[1]s|%5.2[1]s|", .string("abc")) == .string("  abc|   ab|"))
        #expect(throws: FunctionError.call(#"not enough arguments for "%s" at 6: need index 3 but have 2 total"#)) {
            try format("%[2]s %s", .string("a"), .string("b"))
        }
    }

    @Test("argument count errors")
    func argumentCounts() {
        #expect(throws: FunctionError.call(#"not enough arguments for "%[3]s" at 0: need index 3 but have 2 total"#)) {
            try format("%[3]s", .string("a"), .string("b"))
        }
        #expect(throws: FunctionError.call(#"not enough arguments for "%s" at 3: need index 2 but have 1 total"#)) {
            try format("%s %s", .string("a"))
        }
        #expect(throws: FunctionError.call(#"not enough arguments for "%s" at 0: need index 1 but have 0 total"#)) {
            try format("%s")
        }
        #expect(throws: FunctionError.argument(index: 2, message: "too many arguments; only 1 used by format string")) {
            try format("%s", .string("a"), .string("b"))
        }
        #expect(throws: FunctionError.argument(index: 2, message: "too many arguments; only 1 used by format string")) {
            try format("%[1]s", .string("a"), .string("b"))
        }
        #expect(throws: FunctionError.argument(index: 4, message: "too many arguments; only 3 used by format string")) {
            try format("%s %s %s", .string("a"), .string("b"), .string("c"), .string("d"))
        }
        #expect(throws: FunctionError.argument(index: 1, message: "too many arguments; no verbs in format string")) {
            try format("no verbs", number("1"))
        }
        #expect(throws: FunctionError.argument(index: 1, message: "too many arguments; no verbs in format string")) {
            try format("%%", number("1"))
        }
    }

    @Test("malformed format strings")
    func malformed() {
        let cases: [(String, String)] = [
            ("%", "invalid format string starting at offset 1"),
            ("abc%", "invalid format string starting at offset 4"),
            ("%5", "invalid format string starting at offset 2"),
            ("%5.", "invalid format string starting at offset 3"),
            ("%[", "invalid format string starting at offset 2"),
            ("%[1", "invalid format string starting at offset 3"),
            ("%[1]", "invalid format string starting at offset 4"),
            ("%!", "unrecognized format character '!' at offset 1"),
            ("%-%", "unrecognized format character '%' at offset 2"),
            ("%5-d", "unrecognized format character '-' at offset 2"),
            ("%é", "unrecognized format character 'é' at offset 1"),
            ("%5é", "unrecognized format character 'é' at offset 2"),
            ("%[0]s", "unrecognized format character '0' at offset 2"),
            ("%[1s", "unrecognized format character 's' at offset 3"),
            ("%[1]5s", "unrecognized format character '5' at offset 4"),
            ("%z", #"unsupported format verb 'z' in "%z" at offset 0"#),
            ("%c", #"unsupported format verb 'c' in "%c" at offset 0"#),
            ("%U", #"unsupported format verb 'U' in "%U" at offset 0"#),
            ("%O", #"unsupported format verb 'O' in "%O" at offset 0"#),
            ("%F", #"unsupported format verb 'F' in "%F" at offset 0"#),
        ]
        for (spec, message) in cases {
            #expect(throws: FunctionError.call(message), "\(spec)") {
                try format(spec, number("1"))
            }
        }
    }

    @Test("a width or precision beyond ten million is refused rather than exhausting memory")
    func hugeFields() {
        #expect(throws: FunctionError.call(#"width or precision too large in "%20000000s" at offset 0"#)) {
            try format("%20000000s", .string("x"))
        }
        #expect(throws: FunctionError.call(#"width or precision too large in "%.99999999999999999999f" at offset 0"#)) {
            try format("%.99999999999999999999f", number("1"))
        }
    }

    @Test("values a verb cannot take")
    func unsupportedValues() {
        let cases: [(String, Value, String)] = [
            ("%d", number("4.5"), #"unsupported value for "%d" at 0: an integer is required"#),
            ("%d", .string("x"), #"unsupported value for "%d" at 0: a number is required"#),
            ("%d", .string("0x10"), #"unsupported value for "%d" at 0: a number is required"#),
            ("%d", .true, #"unsupported value for "%d" at 0: number required, but have bool"#),
            ("%s", .tuple([number("1")]), #"unsupported value for "%s" at 0: string required, but have tuple"#),
            ("%s", .object(["a": number("1")]), #"unsupported value for "%s" at 0: string required, but have object"#),
            ("%s", .null(.dynamic), #"unsupported value for "%s" at 0: null value cannot be formatted"#),
            ("%z", .null(.dynamic), #"unsupported value for "%z" at 0: null value cannot be formatted"#),
            ("%t", .null(.dynamic), #"unsupported value for "%t" at 0: null value cannot be formatted"#),
            ("%t", number("1"), #"unsupported value for "%t" at 0: bool required, but have number"#),
            ("%t", .string("yes"), #"unsupported value for "%t" at 0: a bool is required"#),
        ]
        for (spec, value, message) in cases {
            #expect(throws: FunctionError.call(message), "\(spec)") {
                try format(spec, value)
            }
        }
    }

    @Test("format: null spec, unknown arguments and sensitive values")
    func unknownsAndMarks() throws {
        #expect(throws: FunctionError.argument(index: 0, message: "argument must not be null")) {
            try StringFunctions.format.call([.null(.string), .string("x")])
        }
        #expect(try format("%s", .unknown(.string)) == .unknown(.string))
        #expect(try format("%v", .tuple([.unknown(.number)])) == .unknown(.string))
        #expect(try format("%v", .dynamicUnknown) == .unknown(.string))
        #expect(try StringFunctions.format.call([.unknown(.string), .string("x")]) == .unknown(.string))
        #expect(try format("%s", .string("x").marked(.sensitive)) == .string("x").marked(.sensitive))
        #expect(try StringFunctions.format.call([.string("%s").marked(.sensitive), .string("x")])
            == .string("x").marked(.sensitive))
    }

    @Test("formatlist iterates sequences in lockstep and repeats other arguments")
    func formatlistLockstep() throws {
        let names = Value.tuple(["Valentina", "Ander", "Olivia", "Sam"].map(Value.string))
        #expect(try formatlist("Hello, %s!", names)
            == strings("Hello, Valentina!", "Hello, Ander!", "Hello, Olivia!", "Hello, Sam!"))
        #expect(try formatlist("%s, %s!", .string("Salutations"), .tuple([.string("Valentina"), .string("Ander")]))
            == strings("Salutations, Valentina!", "Salutations, Ander!"))
        #expect(try formatlist("%s=%d", .tuple([.string("a"), .string("b")]), .tuple([number("1"), number("2")]))
            == strings("a=1", "b=2"))
        #expect(try formatlist("%s", .emptyTuple) == .list([], elementType: .string))
        #expect(try formatlist("%s", .list([], elementType: .string)) == .list([], elementType: .string))
        #expect(try formatlist("%s", .string("x")) == strings("x"))
        #expect(try formatlist("x") == strings("x"))
        #expect(try formatlist("%s-%s", .tuple([.string("a"), .string("b")]), .string("c")) == strings("a-c", "b-c"))
        #expect(try formatlist("%s", .set([.string("b"), .string("a")], elementType: .string)) == strings("a", "b"))
        #expect(try formatlist("%s %s", .tuple([number("1")]), .set([.string("a")], elementType: .string)) == strings("1 a"))
        #expect(try formatlist("%v", .null(.dynamic)) == strings("null"))
        #expect(try formatlist("%v", .tuple([.null(.dynamic), number("1")])) == strings("null", "1"))
        #expect(try formatlist("%s %[1]s", .tuple([.string("a"), .string("b")])) == strings("a a", "b b"))
        #expect(try formatlist("%v", .object(["a": number("1")])) == strings(#"{"a":1}"#))
    }

    @Test("formatlist errors name the argument or the iteration")
    func formatlistErrors() {
        #expect(throws: FunctionError.argument(index: 2, message: "argument 2 has length 3, which is inconsistent with argument 1 of length 2")) {
            try formatlist("%s=%d", .tuple([.string("a"), .string("b")]), .tuple([number("1"), number("2"), number("3")]))
        }
        #expect(throws: FunctionError.argument(index: 2, message: "argument 2 has length 1, which is inconsistent with argument 1 of length 0")) {
            try formatlist("%s", .emptyTuple, .tuple([number("1")]))
        }
        #expect(throws: FunctionError.call("error on format iteration 0: too many arguments; only 1 used by format string")) {
            try formatlist("%s", .string("a"), .string("b"))
        }
        #expect(throws: FunctionError.call(#"error on format iteration 1: unsupported value for "%d" at 0: a number is required"#)) {
            try formatlist("%d", .tuple([number("1"), .string("x")]))
        }
        #expect(throws: FunctionError.call(#"error on format iteration 0: unsupported value for "%s" at 0: null value cannot be formatted"#)) {
            try formatlist("%s", .tuple([.null(.dynamic)]))
        }
        #expect(throws: FunctionError.call(#"not enough arguments for "%s" at 0: need index 1 but have 0 total"#)) {
            try formatlist("%s")
        }
    }

    @Test("formatlist: unknown sequences make the whole list unknown, unknown elements one result")
    func formatlistUnknowns() throws {
        #expect(try formatlist("%s", .unknown(.list(.string))) == .unknown(.list(.string)))
        #expect(try formatlist("%s", .dynamicUnknown) == .unknown(.list(.string)))
        #expect(try formatlist("%s", .unknown(.tuple([.string]))) == .unknown(.list(.string)))
        #expect(throws: FunctionError.argument(index: 2, message: "argument 2 has length 2, which is inconsistent with argument 1 of length 1")) {
            try formatlist("%s%s", .tuple([.string("a")]), .unknown(.tuple([.string, .string])))
        }
        #expect(try formatlist("%s", .tuple([.string("a"), .unknown(.string)]))
            == .list([.string("a"), .unknown(.string)], elementType: .string))
        #expect(try formatlist("%s", .tuple([.string("a"), .string("b").marked(.sensitive)]))
            == strings("a", "b").marked(.sensitive))
    }
}
