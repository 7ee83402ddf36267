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
                let length = sequenceLength(at: byte)
                if !continuesCharacter(at: byte, length: length) { column += 1 }
                byte += length
            }
        }
        return SourcePosition(line: line, column: column, byte: max(byte, target))
    }

    private func sequenceLength(at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0xC0...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF7: length = 4
        default: return 1
        }
        guard index + length <= bytes.count else { return 1 }
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return 1 }
        return length
    }

    private func continuesCharacter(at index: Int, length: Int) -> Bool {
        guard length > 1 else { return false }
        var value = UInt32(bytes[index]) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return false }
        if scalar.value == 0x200D || (0xFE00...0xFE0F).contains(scalar.value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .spacingMark: return true
        default: return false
        }
    }
}
