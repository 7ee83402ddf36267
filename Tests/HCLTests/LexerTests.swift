import HCL
import Testing

@Suite("Lexer")
struct LexerTests {
    private func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokens(of: SourceFile(filename: "t", text: text)).map(\.kind)
    }

    @Test("symbols, numbers and identifiers")
    func basics() {
        #expect(kinds("a = 1.5e3 == b-c") == [.identifier, .equal, .numberLiteral, .equalOp, .identifier, .endOfFile])
        #expect(kinds("x... => :: ") == [.identifier, .ellipsis, .fatArrow, .doubleColon, .endOfFile])
    }

    @Test("a line comment swallows its newline; a block comment does not")
    func comments() {
        #expect(kinds("# c\n// d\n/* e */\n") == [.comment, .comment, .comment, .newline, .endOfFile])
    }

    @Test("quoted strings with interpolation and escapes")
    func quoted() {
        #expect(kinds(#""a${b}c $${d} %{~if x~}""#) == [
            .openQuote, .quotedLiteral, .templateInterp, .identifier, .templateSequenceEnd, .quotedLiteral,
            .quotedLiteral, .quotedLiteral, .templateControl, .identifier, .identifier, .templateSequenceEnd,
            .closeQuote, .endOfFile,
        ])
    }

    @Test("a heredoc ends at a line holding only its marker")
    func heredoc() {
        let tokens = kinds("x = <<EOT\n  EOTX\n  EOT\ny = 1\n")
        #expect(tokens == [
            .identifier, .equal, .openHeredoc, .stringLiteral, .closeHeredoc, .newline, .identifier, .equal,
            .numberLiteral, .newline, .endOfFile,
        ])
    }

    @Test("positions count lines, characters and bytes")
    func positions() {
        let tokens = Lexer.tokens(of: SourceFile(filename: "t", text: "é = 1\n  b"))
        #expect(tokens[1].range.start == SourcePosition(line: 1, column: 3, byte: 3))
        #expect(tokens[4].range.start == SourcePosition(line: 2, column: 3, byte: 9))
    }

    @Test("broken UTF-8 and stray characters become error tokens")
    func invalid() {
        let tokens = Lexer.tokens(of: SourceFile(filename: "t", bytes: [0xFF, UInt8(ascii: "$"), UInt8(ascii: ";")]))
        #expect(tokens.map(\.kind) == [.badUTF8, .invalid, .semicolon, .endOfFile])
    }
}
