/// Reading UTF-8 straight from a file's bytes, as the scanner and position counting need it.
enum UTF8Decoding {
    /// The length of the well-formed sequence at `index`, or 0 when the bytes there are broken.
    static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC0...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF7: length = 4
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    /// The scalar at `index` and its length, or nil when the bytes there are broken.
    static func scalar(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let length = sequenceLength(bytes, at: index)
        guard length > 0 else { return nil }
        if length == 1 { return (Unicode.Scalar(bytes[index]), 1) }
        var value = UInt32(bytes[index]) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
