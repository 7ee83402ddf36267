/// A point in a source file: 1-based line and column (counted in characters), and the 0-based byte offset.
public struct SourcePosition: Sendable, Hashable, Comparable {
    public var line: Int
    public var column: Int
    public var byte: Int

    public init(line: Int, column: Int, byte: Int) {
        self.line = line
        self.column = column
        self.byte = byte
    }

    /// The start of a file.
    public static let start = SourcePosition(line: 1, column: 1, byte: 0)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        lhs.byte < rhs.byte
    }
}
