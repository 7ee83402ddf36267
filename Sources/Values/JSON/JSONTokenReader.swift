/// Why JSON text could not be read or written; the message is Terraform's (Go's
/// `encoding/json` and go-cty's) wording.
public struct JSONCodingError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    static let endOfInput = JSONCodingError("EOF")
    static let unexpectedEndOfInput = JSONCodingError("unexpected EOF")
}

/// One token of a JSON text: a delimiter or a primitive value.
enum JSONToken: Equatable {
    case beginArray, endArray, beginObject, endObject
    case string(String)
    /// A number as it was written.
    case number(String)
    case bool(Bool)
    case null
}

/// Reads a JSON text token by token, accepting and rejecting exactly what Go's
/// `json.Decoder.Token` does, with its error messages.
struct JSONTokenReader {
    private enum State {
        case topValue, arrayStart, arrayValue, arrayComma
        case objectStart, objectKey, objectColon, objectValue, objectComma
    }

    private let bytes: [UInt8]
    private var position = 0
    private var state = State.topValue
    private var stack: [State] = []

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Whether another element follows in the current array or object (Go's `Decoder.More`);
    /// at the top level, whether anything but white space is left.
    mutating func hasMore() -> Bool {
        guard let byte = peek() else { return false }
        return byte != UInt8(ascii: "]") && byte != UInt8(ascii: "}")
    }

    /// The next token; `EOF` when nothing is left.
    mutating func next() throws(JSONCodingError) -> JSONToken {
        while true {
            guard let byte = peek() else { throw .endOfInput }
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                guard valueAllowed else { throw tokenError(byte) }
                position += 1
                stack.append(state)
                let isArray = byte == UInt8(ascii: "[")
                state = isArray ? .arrayStart : .objectStart
                return isArray ? .beginArray : .beginObject
            case UInt8(ascii: "]"):
                guard state == .arrayStart || state == .arrayComma else { throw tokenError(byte) }
                closeContainer()
                return .endArray
            case UInt8(ascii: "}"):
                guard state == .objectStart || state == .objectComma else { throw tokenError(byte) }
                closeContainer()
                return .endObject
            case UInt8(ascii: ":"):
                guard state == .objectColon else { throw tokenError(byte) }
                position += 1
                state = .objectValue
            case UInt8(ascii: ","):
                switch state {
                case .arrayComma: state = .arrayValue
                case .objectComma: state = .objectKey
                default: throw tokenError(byte)
                }
                position += 1
            case UInt8(ascii: "\"") where state == .objectStart || state == .objectKey:
                let key = try readLiteral()
                state = .objectColon
                return key
            default:
                guard valueAllowed else { throw tokenError(byte) }
                let value = try readLiteral()
                valueEnded()
                return value
            }
        }
    }

    private var valueAllowed: Bool {
        switch state {
        case .topValue, .arrayStart, .arrayValue, .objectValue: true
        default: false
        }
    }

    private mutating func closeContainer() {
        position += 1
        state = stack.popLast() ?? .topValue
        valueEnded()
    }

    private mutating func valueEnded() {
        switch state {
        case .arrayStart, .arrayValue: state = .arrayComma
        case .objectValue: state = .objectComma
        default: break
        }
    }

    private mutating func peek() -> UInt8? {
        while position < bytes.count {
            let byte = bytes[position]
            if !Self.isSpace(byte) { return byte }
            position += 1
        }
        return nil
    }

    private func tokenError(_ byte: UInt8) -> JSONCodingError {
        let context = switch state {
        case .topValue, .arrayStart, .arrayValue, .objectValue: " looking for beginning of value"
        case .arrayComma: " after array element"
        case .objectKey: " looking for beginning of object key string"
        case .objectColon: " after object key"
        case .objectComma: " after object key:value pair"
        case .objectStart: ""
        }
        return Self.invalidCharacter(byte, context)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }

    /// Go's "invalid character 'x' context" message.
    static func invalidCharacter(_ byte: UInt8, _ context: String) -> JSONCodingError {
        let quoted: String
        switch byte {
        case UInt8(ascii: "'"): quoted = "'\\''"
        case UInt8(ascii: "\""): quoted = "'\"'"
        default: quoted = "'" + goQuoted(String(Unicode.Scalar(byte))).dropFirst().dropLast() + "'"
        }
        return JSONCodingError("invalid character " + quoted + context)
    }

    // MARK: Primitive values

    /// Reads a string, number or literal at the current position, as Go's scanner does for one
    /// top-level value: it ends at the first byte that cannot continue it.
    private mutating func readLiteral() throws(JSONCodingError) -> JSONToken {
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "\""):
            return .string(try readString())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return .number(try readNumber())
        case UInt8(ascii: "t"):
            try readWord("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try readWord("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try readWord("null")
            return .null
        default:
            throw Self.invalidCharacter(byte, " looking for beginning of value")
        }
    }

    private mutating func readWord(_ word: String) throws(JSONCodingError) {
        position += 1
        for letter in word.utf8.dropFirst() {
            guard position < bytes.count else { throw .unexpectedEndOfInput }
            let byte = bytes[position]
            guard byte == letter else {
                let expecting = String(Unicode.Scalar(letter))
                throw Self.invalidCharacter(byte, " in literal \(word) (expecting '\(expecting)')")
            }
            position += 1
        }
    }

    private mutating func readNumber() throws(JSONCodingError) -> String {
        let start = position
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        func current() throws(JSONCodingError) -> UInt8 {
            guard position < bytes.count else { throw .unexpectedEndOfInput }
            return bytes[position]
        }
        func atEnd() -> Bool { position >= bytes.count }

        if bytes[position] == UInt8(ascii: "-") {
            position += 1
            let byte = try current()
            guard isDigit(byte) else { throw Self.invalidCharacter(byte, " in numeric literal") }
        }
        if bytes[position] == UInt8(ascii: "0") {
            position += 1
        } else {
            while !atEnd() && isDigit(bytes[position]) { position += 1 }
        }
        if !atEnd() && bytes[position] == UInt8(ascii: ".") {
            position += 1
            let byte = try current()
            guard isDigit(byte) else { throw Self.invalidCharacter(byte, " after decimal point in numeric literal") }
            while !atEnd() && isDigit(bytes[position]) { position += 1 }
        }
        if !atEnd() && (bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")) {
            position += 1
            var byte = try current()
            if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
                position += 1
                byte = try current()
            }
            guard isDigit(byte) else { throw Self.invalidCharacter(byte, " in exponent of numeric literal") }
            while !atEnd() && isDigit(bytes[position]) { position += 1 }
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    /// Reads a quoted string and decodes its escapes as Go does: a `\u` escape of an unpaired
    /// surrogate becomes U+FFFD.
    private mutating func readString() throws(JSONCodingError) -> String {
        position += 1
        var decoded: [UInt8] = []
        while true {
            guard position < bytes.count else { throw .unexpectedEndOfInput }
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: decoded, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try readEscape(into: &decoded)
            case ..<0x20:
                throw Self.invalidCharacter(byte, " in string literal")
            default:
                decoded.append(byte)
            }
        }
    }

    private mutating func readEscape(into decoded: inout [UInt8]) throws(JSONCodingError) {
        guard position < bytes.count else { throw .unexpectedEndOfInput }
        let byte = bytes[position]
        position += 1
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        case UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "\""): byte
        default: nil
        }
        if let simple {
            decoded.append(simple)
            return
        }
        guard byte == UInt8(ascii: "u") else { throw Self.invalidCharacter(byte, " in string escape code") }
        var scalar = try readHexQuad()
        if (0xD800..<0xE000).contains(scalar) {
            scalar = pairedSurrogate(high: scalar) ?? 0xFFFD
        }
        decoded.append(contentsOf: Array(String(Unicode.Scalar(scalar) ?? "\u{FFFD}").utf8))
    }

    /// The code point of a surrogate pair when a `\u` escape of a low surrogate follows a high
    /// one (consuming it); nil otherwise.
    private mutating func pairedSurrogate(high: UInt32) -> UInt32? {
        guard high < 0xDC00, position + 6 <= bytes.count,
              bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
        else { return nil }
        var low: UInt32 = 0
        for byte in bytes[(position + 2)..<(position + 6)] {
            guard let digit = Self.hexValue(byte) else { return nil }
            low = low << 4 | digit
        }
        guard (0xDC00..<0xE000).contains(low) else { return nil }
        position += 6
        return 0x10000 + (high - 0xD800) << 10 + (low - 0xDC00)
    }

    private mutating func readHexQuad() throws(JSONCodingError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard position < bytes.count else { throw .unexpectedEndOfInput }
            let byte = bytes[position]
            guard let digit = Self.hexValue(byte) else {
                throw Self.invalidCharacter(byte, " in \\u hexadecimal character escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }
}
