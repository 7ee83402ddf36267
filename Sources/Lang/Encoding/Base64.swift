import Foundation

/// Base64 with the standard alphabet and padding, decoding exactly as Go's
/// `base64.StdEncoding.DecodeString`: carriage returns and line feeds are skipped, and the
/// first bad byte is reported by its offset.
enum Base64 {
    static func encoded(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// The decoded bytes, or the offset of the first byte that makes the text invalid.
    static func decoded(_ text: String) -> Result<[UInt8], CorruptInput> {
        let source = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(source.count / 4 * 3)
        var index = 0
        while true {
            switch decodeQuantum(source, from: &index, into: &output) {
            case .finished: return .success(output)
            case .more: continue
            case .corrupt(let offset): return .failure(CorruptInput(offset: offset))
            }
        }
    }

    /// The offset of the first byte Go's decoder rejects.
    struct CorruptInput: Error {
        let offset: Int
    }

    private enum Step {
        case more
        case finished
        case corrupt(Int)
    }

    private static func decodeQuantum(_ source: [UInt8], from index: inout Int, into output: inout [UInt8]) -> Step {
        var sextets = [UInt8](repeating: 0, count: 4)
        var count = 4
        var trailingError: Int?
        var position = 0
        quantum: while position < 4 {
            if index == source.count {
                if position == 0 { return .finished }
                return .corrupt(index - position)
            }
            let byte = source[index]
            index += 1
            if let value = sextet(byte) {
                sextets[position] = value
                position += 1
                continue
            }
            if byte == 0x0A || byte == 0x0D { continue }
            guard byte == UInt8(ascii: "=") else { return .corrupt(index - 1) }
            switch position {
            case 0, 1:
                return .corrupt(index - 1)
            case 2:
                skipNewlines(source, &index)
                if index == source.count { return .corrupt(source.count) }
                if source[index] != UInt8(ascii: "=") { return .corrupt(index - 1) }
                index += 1
            default:
                break
            }
            skipNewlines(source, &index)
            if index < source.count { trailingError = index }
            count = position
            break quantum
        }
        let value = UInt32(sextets[0]) << 18 | UInt32(sextets[1]) << 12 | UInt32(sextets[2]) << 6 | UInt32(sextets[3])
        let bytes = [UInt8(truncatingIfNeeded: value >> 16), UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)]
        output.append(contentsOf: bytes.prefix(count - 1))
        if let trailingError { return .corrupt(trailingError) }
        return count == 4 ? .more : .finished
    }

    private static func skipNewlines(_ source: [UInt8], _ index: inout Int) {
        while index < source.count && (source[index] == 0x0A || source[index] == 0x0D) { index += 1 }
    }

    private static func sextet(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): byte - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }
}
