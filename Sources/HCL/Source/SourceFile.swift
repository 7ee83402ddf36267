/// The bytes of one configuration file and the name it is reported under.
public struct SourceFile: Sendable {
    public let filename: String
    public let bytes: [UInt8]

    public init(filename: String, bytes: [UInt8]) {
        self.filename = filename
        self.bytes = bytes
    }

    public init(filename: String, text: String) {
        self.init(filename: filename, bytes: Array(text.utf8))
    }

    /// The text of a byte range, with invalid UTF-8 repaired.
    public func text(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, bytes.count))
        let upper = max(lower, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The text a source range covers.
    public func text(_ range: SourceRange) -> String {
        text(range.byteRange)
    }

    /// The byte range of the whole line that holds `byte`, without its line ending.
    public func lineBytes(containing byte: Int) -> Range<Int> {
        let clamped = max(0, min(byte, bytes.count))
        var lower = clamped
        while lower > 0 && bytes[lower - 1] != UInt8(ascii: "\n") { lower -= 1 }
        var upper = clamped
        while upper < bytes.count && bytes[upper] != UInt8(ascii: "\n") { upper += 1 }
        if upper > lower && bytes[upper - 1] == UInt8(ascii: "\r") { upper -= 1 }
        return lower..<upper
    }
}
