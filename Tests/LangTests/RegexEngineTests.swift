import Testing

@testable import Lang

@Suite("RE2 regular expression engine")
struct RegexEngineTests {
    func all(_ pattern: String, _ text: String) throws -> [String] {
        try RegexPattern(pattern).allMatches(in: text).map(\.text)
    }

    func groups(_ pattern: String, _ text: String) throws -> [String?]? {
        let regex = try RegexPattern(pattern)
        guard let match = regex.firstMatch(in: text) else { return nil }
        return (0...regex.groupNames.count).map { match.group($0) }
    }

    func syntaxError(_ pattern: String) -> String? {
        do {
            _ = try RegexPattern(pattern)
            return nil
        } catch {
            return error.description
        }
    }

    @Test("alternation is leftmost-first, not leftmost-longest")
    func leftmostFirst() throws {
        #expect(try all("a|ab", "ab") == ["a"])
        #expect(try all("ab|a", "ab") == ["ab"])
        #expect(try groups("(a|ab)(c|bcd)(d*)", "abcd") == ["abcd", "a", "bcd", ""])
    }

    @Test("repetition is greedy unless lazy, and (?U) swaps the two")
    func greed() throws {
        #expect(try all("a+", "aaa") == ["aaa"])
        #expect(try all("a+?", "aaa") == ["a", "a", "a"])
        #expect(try all("(?U)a+", "aaa") == ["a", "a", "a"])
        #expect(try all("(?U)a+?", "aaa") == ["aaa"])
        #expect(try all("a{2,3}", "aaaaaaa") == ["aaa", "aaa"])
        #expect(try all("a{2,3}?", "aaaaa") == ["aa", "aa"])
        #expect(try all("a{2,}", "aaaaa") == ["aaaaa"])
        #expect(try all("a{0}b", "ab") == ["b"])
    }

    @Test("a brace that does not start a valid count is a literal")
    func literalBraces() throws {
        #expect(try all("a{,3}", "a{,3}") == ["a{,3}"])
        #expect(try all("x{01}", "x{01}") == ["x{01}"])
        #expect(try all("a{1,", "a{1,") == ["a{1,"])
        #expect(try all("{", "{") == ["{"])
    }

    @Test("a group repeated keeps its last iteration; one that took no part is absent")
    func captureSemantics() throws {
        #expect(try groups("(a|b)*", "abab") == ["abab", "b"])
        #expect(try groups("(a)|(b)", "b") == ["b", nil, "b"])
        #expect(try groups("(a)?(b)?", "b") == ["b", nil, "b"])
        #expect(try groups("(a){0}b", "b") == ["b", nil])
        #expect(try groups("(?:(a)|(b)){2}", "ab") == ["ab", "a", "b"])
    }

    @Test("a loop whose body can match empty prefers the empty iteration as Go does")
    func emptyLoops() throws {
        #expect(try groups("(a*)*", "b") == ["", ""])
        #expect(try groups("(|a)*", "aa") == ["", ""])
        #expect(try groups("(|a)+", "aa") == ["", ""])
        #expect(try groups("(a|)*", "aa") == ["aa", "a"])
    }

    @Test("^ and $ anchor the text unless (?m); $ does not match before a final newline")
    func anchors() throws {
        #expect(try all("^a$", "a\na") == [])
        #expect(try all("(?m)^a$", "a\na") == ["a", "a"])
        #expect(try all("a$", "a\n") == [])
        #expect(try all("\\Aa", "aa") == ["a"])
        #expect(try all("a\\z", "aa") == ["a"])
        #expect(try all("(?m)^", "a\nb\n").count == 3)
    }

    @Test("word boundaries consider only ASCII letters, digits and underscore")
    func wordBoundaries() throws {
        #expect(try all("\\bword\\b", "a word here") == ["word"])
        #expect(try all("\\b\\w+\\b", "héllo") == ["h", "llo"])
        #expect(try all("\\B.", "ab") == ["b"])
    }

    @Test("the dot skips newlines unless (?s)")
    func dot() throws {
        #expect(try all(".", "a\nb") == ["a", "b"])
        #expect(try all("(?s).", "a\nb") == ["a", "\n", "b"])
        #expect(try all("(?s:.)x.", "\nx\n") == [])
    }

    @Test("(?i) matches every member of a case-folding orbit, and nothing else")
    func caseFolding() throws {
        #expect(try all("(?i)k", "kK\u{212A}") == ["k", "K", "\u{212A}"])
        #expect(try all("(?i)s", "sS\u{17F}") == ["s", "S", "\u{17F}"])
        #expect(try all("(?i)i", "iI\u{130}\u{131}") == ["i", "I"])
        #expect(try all("(?i)σ", "σςΣ") == ["σ", "ς", "Σ"])
        #expect(try all("(?i)ß", "ßẞss") == ["ß", "ẞ"])
        #expect(try all("(?i)[^k]", "kK\u{212A}x") == ["x"])
        #expect(try all("(?i)\\w", "K\u{212A}\u{17F}") == ["K", "\u{212A}", "\u{17F}"])
        #expect(try all("a(?i)b", "aB AB") == ["aB"])
        #expect(try all("(?i:a)b", "Ab AB") == ["Ab"])
    }

    @Test("bracketed classes: ranges, negation, POSIX and Perl names, a leading ]")
    func classes() throws {
        #expect(try all("[[:alpha:]]+", "ab12cd") == ["ab", "cd"])
        #expect(try all("[[:^digit:]]+", "ab12") == ["ab"])
        #expect(try all("[^\\d\\s]+", "a1 b") == ["a", "b"])
        #expect(try all("[]a]+", "]a]b") == ["]a]"])
        #expect(try all("[\\d-z]+", "1-z") == ["1-z"])
        #expect(try all("[^a]", "\n") == ["\n"])
    }

    @Test("Unicode classes: categories, scripts, negation, aliases")
    func unicodeClasses() throws {
        #expect(try all("\\p{Greek}+", "abc αβγ def") == ["αβγ"])
        #expect(try all("\\pL+", "ab1cd") == ["ab", "cd"])
        #expect(try all("\\PL+", "ab1cd") == ["1"])
        #expect(try all("\\p{^Greek}+", "aα") == ["a"])
        #expect(try all("\\p{Lu}", "aBc") == ["B"])
        #expect(try all("\\p{Nd}+", "a١٢3Ⅳ") == ["١٢3"])
        #expect(try all("\\p{N}+", "a١٢3Ⅳ") == ["١٢3Ⅳ"])
        #expect(try all("\\p{Letter}", "a1") == ["a"])
        #expect(try all("\\p{greek}", "aα") == ["α"])
        #expect(try all("\\p{Han}+", "a漢字b") == ["漢字"])
        #expect(try all("\\p{Cn}", "a\u{378}") == ["\u{378}"])
        #expect(try all("\\p{C}", "a\u{378}\u{0}") == ["\u{378}", "\u{0}"])
        #expect(try all("(?i)\\p{Lu}", "aA1") == ["a", "A"])
        #expect(try all("(?i)\\p{Greek}", "µa") == ["µ"])
    }

    @Test("escapes: hexadecimal, octal, C-style, punctuation, quoted text")
    func escapes() throws {
        #expect(try all("\\x41\\x{263a}", "A☺") == ["A☺"])
        #expect(try all("\\141\\0\\08", "a\u{0}\u{0}8") == ["a\u{0}\u{0}8"])
        #expect(try all("\\Qa.b\\E+", "a.bb a.b") == ["a.bb", "a.b"])
        #expect(try all("\\Qa.b", "a.b") == ["a.b"])
        #expect(try all("\\n\\t\\_\\.", "\n\t_.") == ["\n\t_."])
    }

    @Test("successive matches skip an empty match right after a match")
    func successiveMatches() throws {
        #expect(try all("", "ab") == ["", "", ""])
        #expect(try all("x*", "axxb") == ["", "xx", ""])
        #expect(try all("a*", "baaac") == ["", "aaa", ""])
        #expect(try all("é", "éé") == ["é", "é"])
    }

    @Test("replacement expands $1, ${name} and $$, and skips an empty match after a match")
    func replacement() throws {
        #expect(try RegexPattern("(h)(e)").replacingMatches(in: "hello", with: "$2$1") == "ehllo")
        #expect(try RegexPattern("(?P<first>h)").replacingMatches(in: "hello", with: "${first}H") == "hHello")
        #expect(try RegexPattern("(b)").replacingMatches(in: "abc", with: "$1x|${1}x|$$|$|$2") == "a|bx|$|$|c")
        #expect(try RegexPattern("(b)").replacingMatches(in: "abc", with: "${1") == "a${1c")
        #expect(try RegexPattern("(b)").replacingMatches(in: "abc", with: "$01$0") == "abc")
        #expect(try RegexPattern("a*").replacingMatches(in: "baaac", with: "-") == "-b-c-")
        #expect(try RegexPattern("").replacingMatches(in: "日本", with: "|") == "|日|本|")
        #expect(try RegexPattern("(?P<n>l)(?P<n>l)").replacingMatches(in: "hello", with: "<$n>") == "he<l>o")
    }

    @Test("syntax errors carry Go's code and the offending text")
    func syntaxErrors() {
        let cases: [(String, String)] = [
            ("(a", "missing closing ): `(a`"),
            ("a)", "unexpected ): `a)`"),
            ("[a", "missing closing ]: `[a`"),
            ("[]a", "missing closing ]: `[]a`"),
            ("*", "missing argument to repetition operator: `*`"),
            ("(*)", "missing argument to repetition operator: `*`"),
            ("a**", "invalid nested repetition operator: `**`"),
            ("a+?*", "invalid nested repetition operator: `+?*`"),
            ("a{2}{3}", "invalid nested repetition operator: `{2}{3}`"),
            ("a{2,1}", "invalid repeat count: `{2,1}`"),
            ("a{1001}", "invalid repeat count: `{1001}`"),
            ("(a{500}){3}", "invalid repeat count: `{3}`"),
            ("\\", "trailing backslash at end of expression: ``"),
            ("\\1", "invalid escape sequence: `\\1`"),
            ("\\8", "invalid escape sequence: `\\8`"),
            ("\\C", "invalid escape sequence: `\\C`"),
            ("\\xZ", "invalid escape sequence: `\\xZ`"),
            ("\\x{110000}", "invalid escape sequence: `\\x{110000`"),
            ("[z-a]", "invalid character class range: `z-a`"),
            ("[[:foo:]]", "invalid character class range: `[:foo:]`"),
            ("\\p{Foo}", "invalid character class range: `\\p{Foo}`"),
            ("\\p{Greek", "invalid character class range: `\\p{Greek`"),
            ("\\p", "invalid character class range: `\\p`"),
            ("\\p{Old_Italic}", "invalid character class range: `\\p{Old_Italic}`"),
            ("(?=a)", "invalid or unsupported Perl syntax: `(?=`"),
            ("(?i", "invalid or unsupported Perl syntax: `(?i`"),
            ("(?-)", "invalid or unsupported Perl syntax: `(?-)`"),
            ("(?P<>a)", "invalid named capture: `(?P<>`"),
            ("(?P<a-b>a)", "invalid named capture: `(?P<a-b>`"),
            ("(?<=a)b", "invalid named capture: `(?<=a)b`"),
        ]
        for (pattern, message) in cases {
            #expect(syntaxError(pattern) == "error parsing regexp: " + message, "pattern \(pattern)")
        }
    }

    @Test("nesting beyond 1000 levels is refused; 1000 levels still work")
    func nestingDepth() throws {
        let tooDeep = String(repeating: "(", count: 1001) + "a" + String(repeating: ")", count: 1001)
        #expect(syntaxError(tooDeep) == "error parsing regexp: expression nests too deeply: `\(tooDeep)`")
        let deep = String(repeating: "(?:", count: 999) + "a" + String(repeating: ")", count: 999)
        #expect(try all(deep, "aa") == ["a", "a"])
    }

    @Test("matching stays linear where backtracking would explode")
    func linearTime() throws {
        let text = String(repeating: "a", count: 5000)
        #expect(try all("(a*)*b", text) == [])
        #expect(try all("(x+x+)+y", String(repeating: "x", count: 5000)) == [])
        #expect(try all("a{0,1000}", text) == Array(repeating: String(repeating: "a", count: 1000), count: 5))
    }
}
