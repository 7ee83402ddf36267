/// Where scanning starts: a configuration file, or a bare template such as `templatefile` reads.
public enum ScanMode: Sendable {
    case normal
    case template
}

/// Splits native-syntax source into tokens. Scanning never fails: bytes that cannot start a
/// token become `.invalid` or `.badUTF8` tokens for the parser to report. The last token is
/// always `.endOfFile`.
public struct Lexer {
    private enum Mode {
        case main
        case quoted
        case heredoc
        case bare
    }

    private struct Heredoc {
        var marker: ArraySlice<UInt8>
        var startOfLine: Bool
    }

    private let bytes: [UInt8]
    private let filename: String
    private var tokens: [Token] = []
    private var position: PositionCounter
    private var modes: [Mode]
    private var braces = 0
    private var returnBraces: [Int] = []
    private var heredocs: [Heredoc] = []

    /// Scans a whole file.
    public static func tokens(of file: SourceFile, mode: ScanMode = .normal) -> [Token] {
        var lexer = Lexer(file: file, mode: mode)
        lexer.run()
        return lexer.tokens
    }

    private init(file: SourceFile, mode: ScanMode) {
        bytes = file.bytes
        filename = file.filename
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        position = PositionCounter(bytes: file.bytes, start: start)
        modes = [mode == .normal ? .main : .bare]
        tokens.reserveCapacity(bytes.count / 4 + 16)
    }

    private mutating func run() {
        var p = position.byte
        while p < bytes.count {
            switch modes[modes.count - 1] {
            case .main: p = scanMain(p)
            case .quoted: p = scanQuoted(p)
            case .heredoc: p = scanHeredoc(p)
            case .bare: p = scanBare(p)
            }
        }
        emit(.endOfFile, bytes.count, bytes.count)
    }

    private mutating func emit(_ kind: TokenKind, _ start: Int, _ end: Int) {
        let startPosition = position.advance(to: start)
        let endPosition = position.advance(to: end)
        tokens.append(Token(kind: kind, range: SourceRange(filename: filename, start: startPosition, end: endPosition)))
    }

    private func byte(_ index: Int) -> UInt8? {
        index < bytes.count ? bytes[index] : nil
    }

    // MARK: - main

    private mutating func scanMain(_ start: Int) -> Int {
        let b = bytes[start]
        switch b {
        case UInt8(ascii: " "), UInt8(ascii: "\t"):
            var p = start + 1
            while let next = byte(p), next == UInt8(ascii: " ") || next == UInt8(ascii: "\t") { p += 1 }
            return p
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let end = numberEnd(start)
            emit(.numberLiteral, start, end)
            return end
        case UInt8(ascii: "#"):
            return lineComment(start)
        case UInt8(ascii: "/"):
            if byte(start + 1) == UInt8(ascii: "/") { return lineComment(start) }
            if byte(start + 1) == UInt8(ascii: "*"), let end = blockCommentEnd(start) {
                emit(.comment, start, end)
                return end
            }
            emit(.slash, start, start + 1)
            return start + 1
        case UInt8(ascii: "\n"):
            emit(.newline, start, start + 1)
            return start + 1
        case UInt8(ascii: "\r"):
            if byte(start + 1) == UInt8(ascii: "\n") {
                emit(.newline, start, start + 2)
                return start + 2
            }
            emit(.invalid, start, start + 1)
            return start + 1
        case UInt8(ascii: "\""):
            emit(.openQuote, start, start + 1)
            modes.append(.quoted)
            return start + 1
        case UInt8(ascii: "<"):
            if let end = heredocIntroducerEnd(start) { return beginHeredoc(start, end) }
            return pair(start, UInt8(ascii: "="), .lessThanOrEqual, else: .lessThan)
        case UInt8(ascii: "{"):
            emit(.openBrace, start, start + 1)
            braces += 1
            return start + 1
        case UInt8(ascii: "}"):
            closeBrace(start, start + 1, eatsWhitespace: false)
            return start + 1
        case UInt8(ascii: "~"):
            if byte(start + 1) == UInt8(ascii: "}") {
                closeBrace(start, start + 2, eatsWhitespace: true)
                return start + 2
            }
            emit(.bitwiseNot, start, start + 1)
            return start + 1
        case UInt8(ascii: "="):
            if byte(start + 1) == UInt8(ascii: "=") { emit(.equalOp, start, start + 2); return start + 2 }
            return pair(start, UInt8(ascii: ">"), .fatArrow, else: .equal)
        case UInt8(ascii: "!"): return pair(start, UInt8(ascii: "="), .notEqual, else: .bang)
        case UInt8(ascii: ">"): return pair(start, UInt8(ascii: "="), .greaterThanOrEqual, else: .greaterThan)
        case UInt8(ascii: "&"): return pair(start, UInt8(ascii: "&"), .and, else: .bitwiseAnd)
        case UInt8(ascii: "|"): return pair(start, UInt8(ascii: "|"), .or, else: .bitwiseOr)
        case UInt8(ascii: ":"): return pair(start, UInt8(ascii: ":"), .doubleColon, else: .colon)
        case UInt8(ascii: "."):
            if byte(start + 1) == UInt8(ascii: "."), byte(start + 2) == UInt8(ascii: ".") {
                emit(.ellipsis, start, start + 3)
                return start + 3
            }
            emit(.dot, start, start + 1)
            return start + 1
        default:
            if let kind = Lexer.singleCharacterKinds[Int(b)] {
                emit(kind, start, start + 1)
                return start + 1
            }
            if isIdentifierStart(start) {
                let end = identifierEnd(start)
                emit(.identifier, start, end)
                return end
            }
            let length = utf8Length(start)
            emit(length == 0 ? .badUTF8 : .invalid, start, start + max(length, 1))
            return start + max(length, 1)
        }
    }

    private static let singleCharacterKinds: [TokenKind?] = {
        var table = [TokenKind?](repeating: nil, count: 256)
        let pairs: [(Character, TokenKind)] = [
            ("[", .openBracket), ("]", .closeBracket), ("(", .openParen), (")", .closeParen),
            (",", .comma), ("*", .star), ("%", .percent), ("+", .plus), ("-", .minus),
            ("?", .question), ("^", .bitwiseXor), (";", .semicolon), ("`", .backtick), ("'", .apostrophe),
        ]
        for (character, kind) in pairs { table[Int(character.asciiValue!)] = kind }
        return table
    }()

    private mutating func pair(_ start: Int, _ second: UInt8, _ both: TokenKind, else single: TokenKind) -> Int {
        if byte(start + 1) == second {
            emit(both, start, start + 2)
            return start + 2
        }
        emit(single, start, start + 1)
        return start + 1
    }

    private mutating func closeBrace(_ start: Int, _ end: Int, eatsWhitespace: Bool) {
        if let last = returnBraces.last, last == braces {
            emit(.templateSequenceEnd, start, end)
            braces -= 1
            returnBraces.removeLast()
            modes.removeLast()
        } else {
            emit(eatsWhitespace ? .templateSequenceEnd : .closeBrace, start, end)
            braces -= 1
        }
    }

    private mutating func lineComment(_ start: Int) -> Int {
        var p = start
        while p < bytes.count && bytes[p] != UInt8(ascii: "\n") { p += 1 }
        let end = min(p + 1, bytes.count)
        emit(.comment, start, end)
        return end
    }

    private func blockCommentEnd(_ start: Int) -> Int? {
        var p = start + 2
        while p + 1 < bytes.count {
            if bytes[p] == UInt8(ascii: "*") && bytes[p + 1] == UInt8(ascii: "/") { return p + 2 }
            p += 1
        }
        return nil
    }

    private func numberEnd(_ start: Int) -> Int {
        var p = start + 1
        var lastGood = p
        while p < bytes.count {
            let b = bytes[p]
            if isDigit(b) {
                p += 1
                lastGood = p
            } else if b == UInt8(ascii: ".") {
                p += 1
            } else if b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
                var q = p + 1
                if let sign = byte(q), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { q += 1 }
                guard let digit = byte(q), isDigit(digit) else { break }
                p = q + 1
                lastGood = p
            } else {
                break
            }
        }
        return lastGood
    }

    private func isDigit(_ b: UInt8) -> Bool {
        b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")
    }

    // MARK: - identifiers and UTF-8

    private func utf8Length(_ index: Int) -> Int {
        UTF8Decoding.sequenceLength(bytes, at: index)
    }

    private func scalar(at index: Int) -> (Unicode.Scalar, Int)? {
        UTF8Decoding.scalar(bytes, at: index)
    }

    private func isIdentifierStart(_ index: Int) -> Bool {
        let b = bytes[index]
        if b < 0x80 { return isASCIILetter(b) || b == UInt8(ascii: "_") }
        guard let (scalar, _) = scalar(at: index) else { return false }
        return scalar.properties.isIDStart
    }

    private func identifierEnd(_ start: Int) -> Int {
        var p = start
        while p < bytes.count {
            let b = bytes[p]
            if b < 0x80 {
                guard isASCIILetter(b) || isDigit(b) || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") else { break }
                p += 1
                continue
            }
            guard let (scalar, length) = scalar(at: p), p == start || scalar.properties.isIDContinue else { break }
            p += length
        }
        return max(p, start + 1)
    }

    private func isASCIILetter(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }

    // MARK: - heredocs

    /// The end of `<<EOT\n` or `<<-EOT\n` at `start` (after the newline), if that is what is there.
    private func heredocIntroducerEnd(_ start: Int) -> Int? {
        guard byte(start + 1) == UInt8(ascii: "<") else { return nil }
        var p = start + 2
        if byte(p) == UInt8(ascii: "-") { p += 1 }
        guard p < bytes.count, isIdentifierStart(p) else { return nil }
        p = identifierEnd(p)
        if byte(p) == UInt8(ascii: "\r") { p += 1 }
        guard byte(p) == UInt8(ascii: "\n") else { return nil }
        return p + 1
    }

    private mutating func beginHeredoc(_ start: Int, _ end: Int) -> Int {
        emit(.openHeredoc, start, end)
        var markerStart = start + 2
        if bytes[markerStart] == UInt8(ascii: "-") { markerStart += 1 }
        var markerEnd = end - 1
        if bytes[markerEnd - 1] == UInt8(ascii: "\r") { markerEnd -= 1 }
        heredocs.append(Heredoc(marker: bytes[markerStart..<markerEnd], startOfLine: true))
        modes.append(.heredoc)
        return end
    }

    private mutating func scanHeredoc(_ start: Int) -> Int {
        if let end = beginSequence(start) { return end }
        let literalEnd = templateLiteralEnd(start)
        if let newlineEnd = newlineEnd(literalEnd) {
            let top = heredocs.count - 1
            if heredocs[top].startOfLine && trimmed(start..<literalEnd).elementsEqual(heredocs[top].marker) {
                emit(.closeHeredoc, start, literalEnd)
                emit(.newline, literalEnd, newlineEnd)
                heredocs.removeLast()
                modes.removeLast()
                return newlineEnd
            }
            heredocs[top].startOfLine = true
            emit(.stringLiteral, start, newlineEnd)
            return newlineEnd
        }
        if literalEnd > start {
            heredocs[heredocs.count - 1].startOfLine = false
            emit(.stringLiteral, start, literalEnd)
            return literalEnd
        }
        // A broken byte or a lone carriage return.
        emit(utf8Length(start) == 0 ? .badUTF8 : .invalid, start, start + 1)
        return start + 1
    }

    private func trimmed(_ range: Range<Int>) -> ArraySlice<UInt8> {
        var lower = range.lowerBound
        var upper = range.upperBound
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }
        while lower < upper && isSpace(bytes[lower]) { lower += 1 }
        while upper > lower && isSpace(bytes[upper - 1]) { upper -= 1 }
        return bytes[lower..<upper]
    }

    private func newlineEnd(_ index: Int) -> Int? {
        if byte(index) == UInt8(ascii: "\n") { return index + 1 }
        if byte(index) == UInt8(ascii: "\r") && byte(index + 1) == UInt8(ascii: "\n") { return index + 2 }
        return nil
    }

    // MARK: - templates

    /// Starts an interpolation or directive at `start` if one begins there.
    private mutating func beginSequence(_ start: Int) -> Int? {
        let b = bytes[start]
        guard b == UInt8(ascii: "$") || b == UInt8(ascii: "%"), byte(start + 1) == UInt8(ascii: "{") else { return nil }
        var end = start + 2
        if byte(end) == UInt8(ascii: "~") { end += 1 }
        emit(b == UInt8(ascii: "$") ? .templateInterp : .templateControl, start, end)
        braces += 1
        returnBraces.append(braces)
        if !heredocs.isEmpty { heredocs[heredocs.count - 1].startOfLine = false }
        modes.append(.main)
        return end
    }

    /// The end of a literal run at `start` in a heredoc or bare template: either a lone `$`/`%`
    /// (or an escaped `$${`/`%%{`), or text up to the next `$`, `%`, newline or broken byte.
    private func templateLiteralEnd(_ start: Int) -> Int {
        if let end = escapedSequenceEnd(start) { return end }
        var p = start
        while p < bytes.count {
            let b = bytes[p]
            if b == UInt8(ascii: "$") || b == UInt8(ascii: "%") || b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") { break }
            let length = utf8Length(p)
            if length == 0 { break }
            p += length
        }
        return p
    }

    /// At a `$` or `%` that does not start a sequence: the end of `$${`/`%%{` (with an optional `~`), or of the lone sign.
    private func escapedSequenceEnd(_ start: Int) -> Int? {
        let b = bytes[start]
        guard b == UInt8(ascii: "$") || b == UInt8(ascii: "%") else { return nil }
        if byte(start + 1) == b && byte(start + 2) == UInt8(ascii: "{") {
            return byte(start + 3) == UInt8(ascii: "~") ? start + 4 : start + 3
        }
        return start + 1
    }

    private mutating func scanBare(_ start: Int) -> Int {
        if let end = beginSequence(start) { return end }
        var end = templateLiteralEnd(start)
        if let newline = newlineEnd(end) { end = newline }
        if end > start {
            emit(.stringLiteral, start, end)
            return end
        }
        emit(utf8Length(start) == 0 ? .badUTF8 : .stringLiteral, start, start + 1)
        return start + 1
    }

    private mutating func scanQuoted(_ start: Int) -> Int {
        if let end = beginSequence(start) { return end }
        let b = bytes[start]
        switch b {
        case UInt8(ascii: "\""):
            emit(.closeQuote, start, start + 1)
            modes.removeLast()
            return start + 1
        case UInt8(ascii: "$"), UInt8(ascii: "%"):
            let end = escapedSequenceEnd(start) ?? start + 1
            emit(.quotedLiteral, start, end)
            return end
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
            var p = start
            while let next = byte(p), next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") { p += 1 }
            emit(.quotedNewline, start, p)
            return p
        default:
            break
        }
        var p = start
        while p < bytes.count {
            let c = bytes[p]
            if c == UInt8(ascii: "$") || c == UInt8(ascii: "%") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "\n") || c == UInt8(ascii: "\r") { break }
            if c == UInt8(ascii: "\\") {
                guard let escaped = byte(p + 1), escaped != UInt8(ascii: "\n"), escaped != UInt8(ascii: "\r") else { break }
                let length = utf8Length(p + 1)
                if length == 0 { break }
                p += 1 + length
                continue
            }
            let length = utf8Length(p)
            if length == 0 { break }
            p += length
        }
        if p > start {
            emit(.quotedLiteral, start, p)
            return p
        }
        if b == UInt8(ascii: "\\") {
            emit(.invalid, start, start + 1)
        } else {
            emit(.badUTF8, start, start + 1)
        }
        return start + 1
    }
}
