import Testing
import Values

@testable import Lang

@Suite("regex, regexall and replace's regular expressions")
struct RegexFunctionsTests {
    let regex = RegexFunctions.all["regex"]
    let regexAll = RegexFunctions.all["regexall"]

    func call(_ function: Function?, _ pattern: String, _ text: String) throws(FunctionError) -> Value? {
        try function?.call([.string(pattern), .string(text)])
    }

    func failure(_ function: Function?, _ arguments: [Value]) -> FunctionError? {
        do {
            _ = try function?.call(arguments)
            return nil
        } catch {
            return error
        }
    }

    @Test("regex without groups gives the matched text")
    func wholeMatch() throws {
        #expect(try call(regex, "[a-z]+", "53453453.345345aaabbbccc23454") == .string("aaabbbccc"))
        #expect(try call(regex, "", "abc") == .string(""))
        #expect(try call(regex, "x*", "") == .string(""))
    }

    @Test("unnamed groups give a tuple, with null for a group that took no part")
    func unnamedGroups() throws {
        #expect(
            try call(regex, "(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)", "2019-02-01")
                == .tuple([.string("2019"), .string("02"), .string("01")]))
        #expect(try call(regex, "(a)|(b)", "b") == .tuple([.null(.string), .string("b")]))
    }

    @Test("named groups give an object; a repeated name keeps the last group")
    func namedGroups() throws {
        let url = try call(
            regex, "^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?", "https://terraform.io/docs/")
        #expect(url == .object(["scheme": .string("https"), "authority": .string("terraform.io")]))
        #expect(try call(regex, "(?P<x>a)(?P<x>b)", "ab") == .object(["x": .string("b")]))
        #expect(try call(regex, "(?<name>x)|(?<other>y)", "y") == .object(["name": .null(.string), "other": .string("y")]))
    }

    @Test("mixing named and unnamed groups is an argument error")
    func mixedGroups() {
        #expect(
            failure(regex, [.string("(a)(?P<named>b)"), .string("ab")])
                == .argument(index: 0, message: "invalid regexp pattern: cannot mix both named and unnamed capture groups"))
    }

    @Test("no match is a call error for regex and an empty list for regexall")
    func noMatch() throws {
        #expect(
            failure(regex, [.string("[a-z]+"), .string("12345")])
                == .call("pattern did not match any part of the given string"))
        #expect(try call(regexAll, "[a-z]+", "123") == .list([], elementType: .string))
        #expect(try call(regexAll, "(a)", "123") == .list([], elementType: .tuple([.string])))
    }

    @Test("an invalid pattern is reported as Terraform reports it, naming the code and text")
    func invalidPatterns() {
        let cases: [(String, String)] = [
            ("(a", "missing closing ) in (a"),
            ("a{1001}", "invalid repeat count in {1001}"),
            ("\\1", "invalid escape sequence in \\1"),
            ("(?=a)", "invalid or unsupported Perl syntax in (?="),
            ("[", "missing closing ] in ["),
            ("\\", "trailing backslash at end of expression in "),
        ]
        for (pattern, message) in cases {
            let expected = FunctionError.argument(index: 0, message: "invalid regexp pattern: " + message)
            #expect(failure(regex, [.string(pattern), .string("a")]) == expected)
            #expect(failure(regexAll, [.string(pattern), .unknown(.string)]) == expected)
        }
    }

    @Test("regexall lists every match in the shape regex gives one")
    func allMatches() throws {
        #expect(
            try call(regexAll, "[a-z]+", "1234abcd5678efgh9")
                == .list([.string("abcd"), .string("efgh")], elementType: .string))
        #expect(
            try call(regexAll, "(\\w)(\\d)", "a1 b2")
                == .list(
                    [.tuple([.string("a"), .string("1")]), .tuple([.string("b"), .string("2")])],
                    elementType: .tuple([.string, .string])))
        let pairType = ValueType.object(["k": .string, "v": .string])
        #expect(
            try call(regexAll, "(?P<k>\\w)=(?P<v>\\d)", "a=1 b=2")
                == .list(
                    [.object(["k": .string("a"), "v": .string("1")]), .object(["k": .string("b"), "v": .string("2")])],
                    elementType: pairType))
        #expect(try call(regexAll, "", "ab") == .list([.string(""), .string(""), .string("")], elementType: .string))
    }

    @Test("an unknown string gives an unknown of the type the pattern decides")
    func unknownString() throws {
        #expect(try regex?.call([.string("(?P<a>x)"), .unknown(.string)]) == .unknown(.object(["a": .string])))
        #expect(try regex?.call([.string("(x)(y)"), .unknown(.string)]) == .unknown(.tuple([.string, .string])))
        #expect(try regexAll?.call([.string("x"), .unknown(.string)]) == .unknown(.list(.string)))
    }

    @Test("an unknown pattern leaves even the result type unknown")
    func unknownPattern() throws {
        #expect(try regex?.call([.unknown(.string), .string("x")]) == .dynamicUnknown)
        #expect(try regexAll?.call([.unknown(.string), .string("x")]) == .unknown(.list(.dynamic)))
    }

    @Test("null arguments are refused and sensitive ones mark the result")
    func nullAndSensitive() throws {
        #expect(failure(regex, [.null(.string), .string("x")]) == .argument(index: 0, message: "argument must not be null"))
        #expect(failure(regexAll, [.string("x"), .null(.string)]) == .argument(index: 1, message: "argument must not be null"))
        let secret = try regex?.call([.string("s.c"), .string("a secret").marked(.sensitive)])
        #expect(secret == .string("sec").marked(.sensitive))
    }

    @Test("replace's regular expression branch expands groups like Go's ReplaceAllString")
    func replaceBranch() throws {
        #expect(try regexReplace("hello world", pattern: "w.*d", replacement: "everybody") == "hello everybody")
        #expect(try regexReplace("hello world", pattern: "(h)(e)", replacement: "$2$1") == "ehllo world")
        #expect(try regexReplace("hello world", pattern: "(?P<first>h)", replacement: "${first}H") == "hHello world")
        #expect(try regexReplace("abc", pattern: "b", replacement: "$$") == "a$c")
        #expect(try regexReplace("abc", pattern: "(b)", replacement: "$2") == "ac")
        #expect(try regexReplace("abc", pattern: "(?i)B", replacement: "x") == "axc")
        #expect(try regexReplace("aaa", pattern: "a*", replacement: "X") == "X")
    }

    @Test("an invalid pattern in replace is a call error with Go's own wording")
    func replaceInvalidPattern() {
        #expect(throws: FunctionError.call("error parsing regexp: missing closing ]: `[`")) {
            try regexReplace("hello", pattern: "[", replacement: "x")
        }
    }
}
