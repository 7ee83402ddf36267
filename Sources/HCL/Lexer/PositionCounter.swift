/// Tracks line and column while moving forward through a file's bytes, so that every token's
/// position is computed once, in one pass. Columns count characters: a combining mark or joiner
/// continues the character before it, as grapheme clusters do.
struct PositionCounter {
    private let bytes: [UInt8]
    private(set) var byte: Int
    private var line = 1
    private var column = 1

    init(bytes: [UInt8], start: Int) {
        self.bytes = bytes
        self.byte = start
    }

    /// Moves forward to `target` (never back) and returns the position there.
    mutating func advance(to target: Int) -> SourcePosition {
        let end = min(target, bytes.count)
        while byte < end {
            let b = bytes[byte]
            if b == UInt8(ascii: "\n") {
                line += 1
                column = 1
                byte += 1
            } else if b < 0x80 {
                column += 1
                byte += 1
            } else {
                if let (scalar, length) = UTF8Decoding.scalar(bytes, at: byte) {
                    if !continuesCharacter(scalar) { column += 1 }
                    byte += length
                } else {
                    column += 1
                    byte += 1
                }
            }
        }
        return SourcePosition(line: line, column: column, byte: max(byte, target))
    }

    private func continuesCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value == 0x200D || (0xFE00...0xFE0F).contains(scalar.value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }
}
