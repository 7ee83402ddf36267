/// A span of a named source file, from `start` (inclusive) to `end` (exclusive).
public struct SourceRange: Sendable, Hashable {
    public var filename: String
    public var start: SourcePosition
    public var end: SourcePosition

    public init(filename: String, start: SourcePosition, end: SourcePosition) {
        self.filename = filename
        self.start = start
        self.end = end
    }

    /// An empty range at a single position.
    public init(filename: String, at position: SourcePosition) {
        self.init(filename: filename, start: position, end: position)
    }

    /// The smallest range that covers both `self` and `other`.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(filename: filename, start: min(start, other.start), end: max(end, other.end))
    }

    /// A range of the same file from the start of `self` to the end of `other`.
    public func through(_ other: SourceRange) -> SourceRange {
        SourceRange(filename: filename, start: start, end: other.end)
    }

    /// Whether the range covers no bytes.
    public var isEmpty: Bool { start.byte >= end.byte }

    /// The byte offsets covered by the range.
    public var byteRange: Range<Int> { start.byte..<max(start.byte, end.byte) }

    /// The empty range at this range's start.
    public var startOnly: SourceRange { SourceRange(filename: filename, at: start) }

    /// The empty range at this range's end.
    public var endOnly: SourceRange { SourceRange(filename: filename, at: end) }
}
