/// The kinds of token HCL's JSON scanner produces.
enum JSONTokenKind: Sendable, Hashable {
    case openBrace, closeBrace, openBracket, closeBracket, comma, colon
    /// `=`, scanned only so that a native-syntax habit gets a precise message.
    case equals
    /// A run of letters and underscores: `true`, `false`, `null`, or a mistake such as `True`.
    case keyword
    /// A quoted string, escapes not yet checked; it may lack its closing quote.
    case string
    /// A run of number-ish characters (`-+.eE0-9`), not yet checked against JSON's grammar.
    case number
    /// A byte that cannot start any token; scanning stops after it.
    case invalid
    case endOfFile
}

/// One token of a JSON file with its exact range.
struct JSONToken: Sendable {
    var kind: JSONTokenKind
    var range: SourceRange
}

/// Splits JSON into tokens the way HCL's JSON scanner does, positions included: a tab counts
/// as two columns and a carriage return as none, a character inside a string is a grapheme
/// cluster, and every other byte is a column. Scanning is lax (numbers and keywords take any
/// run of their characters) so that the parser can say precisely what is wrong, and it stops
/// at the first byte that cannot start a token. The last token is always `.endOfFile`.
struct JSONTokenizer {
    private let bytes: [UInt8]
    private let end: Int
    private let filename: String
    private var byte: Int
    private var line: Int
    private var column: Int
    private var tokens: [JSONToken] = []

    /// Scans `source` from `start` (the whole file unless given) up to the byte offset `end`.
    static func tokens(of source: SourceFile, from start: SourcePosition = .start, to end: Int? = nil) -> [JSONToken] {
        let upper = min(end ?? source.bytes.count, source.bytes.count)
        var tokenizer = JSONTokenizer(
            bytes: source.bytes, end: upper, filename: source.filename,
            byte: max(0, min(start.byte, upper)), line: start.line, column: start.column)
        tokenizer.run()
        return tokenizer.tokens
    }

    private init(bytes: [UInt8], end: Int, filename: String, byte: Int, line: Int, column: Int) {
        self.bytes = bytes
        self.end = end
        self.filename = filename
        self.byte = byte
        self.line = line
        self.column = column
    }

    private var position: SourcePosition { SourcePosition(line: line, column: column, byte: byte) }

    private mutating func run() {
        while true {
            skipWhitespace()
            guard byte < end else { break }
            let start = position
            let first = bytes[byte]
            let kind: JSONTokenKind
            switch first {
            case UInt8(ascii: "{"): kind = .openBrace
            case UInt8(ascii: "}"): kind = .closeBrace
            case UInt8(ascii: "["): kind = .openBracket
            case UInt8(ascii: "]"): kind = .closeBracket
            case UInt8(ascii: ","): kind = .comma
            case UInt8(ascii: ":"): kind = .colon
            case UInt8(ascii: "="): kind = .equals
            case UInt8(ascii: "\""):
                scanString()
                emit(.string, from: start)
                continue
            case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
                advance(while: Self.isNumberByte)
                emit(.number, from: start)
                continue
            case _ where Self.isLetter(first):
                advance(while: { Self.isLetter($0) || $0 == UInt8(ascii: "_") })
                emit(.keyword, from: start)
                continue
            default:
                byte += 1
                column += 1
                emit(.invalid, from: start)
                // HCL stops here: the parser cannot get past an invalid byte anyway.
                emit(.endOfFile, from: position)
                return
            }
            byte += 1
            column += 1
            emit(kind, from: start)
        }
        emit(.endOfFile, from: position)
    }

    private mutating func emit(_ kind: JSONTokenKind, from start: SourcePosition) {
        tokens.append(JSONToken(kind: kind, range: SourceRange(filename: filename, start: start, end: position)))
    }

    private mutating func skipWhitespace() {
        while byte < end {
            switch bytes[byte] {
            case UInt8(ascii: " "): column += 1
            case UInt8(ascii: "\t"): column += 2
            case UInt8(ascii: "\r"): break
            case UInt8(ascii: "\n"):
                line += 1
                column = 1
            default: return
            }
            byte += 1
        }
    }

    private mutating func advance(while accepts: (UInt8) -> Bool) {
        while byte < end && accepts(bytes[byte]) {
            byte += 1
            column += 1
        }
    }

    /// Moves past a string: to just after its closing quote, or to the control character or
    /// end of input that cuts it short. Escapes matter only for finding the closing quote.
    private mutating func scanString() {
        byte += 1
        column += 1
        var escaping = false
        while byte < end {
            let b = bytes[byte]
            if b == UInt8(ascii: "\\") {
                escaping.toggle()
                byte += 1
            } else if b == UInt8(ascii: "\"") {
                byte += 1
                column += 1
                if !escaping { return }
                escaping = false
                continue
            } else if b < 0x20 {
                return
            } else {
                byte += Self.clusterLength(bytes, at: byte, end: end)
                escaping = false
            }
            column += 1
        }
    }

    /// The column offset, from the opening quote, of every byte offset of the string token at
    /// `range`; a byte inside a grapheme cluster gets the cluster's column.
    static func stringColumns(_ bytes: [UInt8], token range: Range<Int>) -> [Int] {
        var columns = [Int](repeating: 0, count: range.count + 1)
        guard !range.isEmpty else { return columns }
        var index = range.lowerBound + 1
        var column = 1
        columns[1] = 1
        while index < range.upperBound {
            let b = bytes[index]
            let length = b == UInt8(ascii: "\\") || b == UInt8(ascii: "\"") || b < 0x20
                ? 1 : clusterLength(bytes, at: index, end: range.upperBound)
            for offset in 1..<length where index + offset - range.lowerBound < columns.count {
                columns[index + offset - range.lowerBound] = column
            }
            index += length
            column += 1
            if index - range.lowerBound < columns.count { columns[index - range.lowerBound] = column }
        }
        return columns
    }

    /// The byte length of the grapheme cluster at `index`; a broken UTF-8 byte is a cluster of
    /// its own, and no cluster reaches a control character.
    static func clusterLength(_ bytes: [UInt8], at index: Int, end: Int) -> Int {
        if bytes[index] < 0x80 && (index + 1 >= end || bytes[index + 1] < 0x80) { return 1 }
        guard JSONStringDecoding.wellFormedLength(bytes, at: index, end: end) != nil else { return 1 }
        var window = 64
        while true {
            var limit = index
            while limit < end && limit - index < window, bytes[limit] >= 0x20,
                let length = JSONStringDecoding.wellFormedLength(bytes, at: limit, end: end) {
                limit += length
            }
            let text = String(decoding: bytes[index..<limit], as: UTF8.self)
            let first = text.first.map { $0.utf8.count } ?? 1
            // A cluster that fills the window may go on beyond it.
            if first < limit - index || limit - index < window { return max(1, first) }
            window *= 4
        }
    }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: false
        }
    }

    private static func isLetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }
}
