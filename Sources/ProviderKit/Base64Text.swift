/// Base64 text as Go's `encoding/base64` writes and reads it, with its error messages, which
/// hashicorp's providers pass on to the user.
public enum Base64Text {
    /// An alphabet of 64 characters, and whether the text is padded with `=` to whole quanta.
    public struct Encoding: Sendable, Equatable {
        let alphabet: [UInt8]
        let isPadded: Bool

        /// An encoding with the given 64 ASCII characters, in digit order.
        public init(alphabet: String, isPadded: Bool) {
            self.alphabet = Array(alphabet.utf8)
            self.isPadded = isPadded
        }

        private static let letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

        /// Go's `StdEncoding`: `+` and `/`, padded.
        public static let standard = Encoding(alphabet: letters + "+/", isPadded: true)

        /// Go's `RawURLEncoding`: `-` and `_`, unpadded.
        public static let rawURL = Encoding(alphabet: letters + "-_", isPadded: false)
    }

    /// Input that is not base64: Go's `CorruptInputError`.
    public struct DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
        /// The offset of the first byte that cannot be read.
        public var offset: Int

        public init(offset: Int) {
            self.offset = offset
        }

        public var description: String { "illegal base64 data at input byte \(offset)" }
    }

    /// The base64 text of `bytes`.
    public static func encode(_ bytes: [UInt8], _ encoding: Encoding = .standard) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * UInt32($1.offset)) }
            for position in 0...chunk.count {
                output.append(encoding.alphabet[Int(value >> (18 - 6 * UInt32(position)) & 0x3F)])
            }
            if encoding.isPadded {
                output.append(contentsOf: [UInt8](repeating: UInt8(ascii: "="), count: 3 - chunk.count))
            }
            index += 3
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes `text` encodes. Like Go, carriage returns and newlines are skipped and unused
    /// trailing bits are ignored.
    public static func decode(_ text: String, _ encoding: Encoding = .standard) throws(DecodingError) -> [UInt8] {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in encoding.alphabet.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        var reader = QuantumReader(source: Array(text.utf8), table: table, isPadded: encoding.isPadded)
        var output: [UInt8] = []
        while let quantum = try reader.next() {
            output.append(contentsOf: quantum)
        }
        return output
    }
}

/// Reads base64 four characters at a time, with Go's rules for padding, line breaks and errors.
private struct QuantumReader {
    let source: [UInt8]
    let table: [UInt8]
    let isPadded: Bool
    var position = 0
    var finished = false

    private static let padding = UInt8(ascii: "=")

    private func isLineBreak(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private mutating func skipLineBreaks() {
        while position < source.count && isLineBreak(source[position]) {
            position += 1
        }
    }

    /// The bytes of the next quantum, or nil at the end of the input.
    mutating func next() throws(Base64Text.DecodingError) -> [UInt8]? {
        guard !finished else { return nil }
        var digits: [UInt8] = []
        while digits.count < 4 {
            guard position < source.count else {
                if digits.isEmpty { return nil }
                if digits.count == 1 || isPadded { throw Base64Text.DecodingError(offset: position - digits.count) }
                finished = true
                break
            }
            let byte = source[position]
            position += 1
            let digit = table[Int(byte)]
            if digit != 0xFF {
                digits.append(digit)
                continue
            }
            if isLineBreak(byte) { continue }
            guard isPadded, byte == Self.padding, digits.count >= 2 else {
                throw Base64Text.DecodingError(offset: position - 1)
            }
            try readPadding(after: digits.count)
            break
        }
        return bytes(of: digits)
    }

    /// Checks the padding that ends the input, the first `=` already read.
    private mutating func readPadding(after digitCount: Int) throws(Base64Text.DecodingError) {
        if digitCount == 2 {
            skipLineBreaks()
            guard position < source.count else { throw Base64Text.DecodingError(offset: source.count) }
            guard source[position] == Self.padding else { throw Base64Text.DecodingError(offset: position - 1) }
            position += 1
        }
        skipLineBreaks()
        if position < source.count { throw Base64Text.DecodingError(offset: position) }
        finished = true
    }

    private func bytes(of digits: [UInt8]) -> [UInt8] {
        let value = digits.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (18 - 6 * UInt32($1.offset)) }
        return (0..<(digits.count - 1)).map { UInt8(truncatingIfNeeded: value >> (16 - 8 * UInt32($0))) }
    }
}
