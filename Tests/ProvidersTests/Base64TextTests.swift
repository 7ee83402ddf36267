import ProviderKit
import Testing

@Suite("Base64 as Go reads and writes it")
struct Base64TextTests {
    @Test("standard encoding pads; the raw URL encoding does not")
    func encode() {
        #expect(Base64Text.encode(Array("hi?>".utf8)) == "aGk/Pg==")
        #expect(Base64Text.encode(Array("hi?>".utf8), .rawURL) == "aGk_Pg")
        #expect(Base64Text.encode([]) == "")
    }

    @Test("decoding round-trips and skips line breaks")
    func decode() throws {
        #expect(try Base64Text.decode("aGk/Pg==") == Array("hi?>".utf8))
        #expect(try Base64Text.decode("aGk_Pg", .rawURL) == Array("hi?>".utf8))
        #expect(try Base64Text.decode("aGk/\nPg==") == Array("hi?>".utf8))
    }

    @Test("bad input reports the offset Go reports")
    func errors() {
        #expect(throws: Base64Text.DecodingError(offset: 5)) { try Base64Text.decode("aGk/P!==") }
        #expect(throws: Base64Text.DecodingError(offset: 2)) { try Base64Text.decode("ab=c") }
        #expect(throws: Base64Text.DecodingError(offset: 7)) { try Base64Text.decode("aGk/Pg=") }
        #expect(throws: Base64Text.DecodingError(offset: 5)) { try Base64Text.decode("aGk/P=") }
        #expect(throws: Base64Text.DecodingError(offset: 4)) { try Base64Text.decode("abcde", .rawURL) }
        #expect(throws: Base64Text.DecodingError(offset: 4)) { try Base64Text.decode("aGk/P") }
        #expect(throws: Base64Text.DecodingError(offset: 4)) { try Base64Text.decode("aGk/Pg") }
        #expect(throws: Base64Text.DecodingError(offset: 8)) { try Base64Text.decode("aGk/Pg==aGk/") }
        #expect(throws: Base64Text.DecodingError(offset: 6)) { try Base64Text.decode("aGk_Pg==", .rawURL) }
        #expect(Base64Text.DecodingError(offset: 3).description == "illegal base64 data at input byte 3")
    }
}
