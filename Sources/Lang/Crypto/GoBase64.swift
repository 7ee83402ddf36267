/// Standard padded base64 decoding as Go's `base64.StdEncoding` does it: padding is required,
/// line breaks (CR, LF) are skipped anywhere, any other character outside the alphabet is an
/// error, and unused bits in the last character are ignored.
enum GoBase64 {
    private static let values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, character) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(character)] = UInt8(index)
        }
        return table
    }()

    /// The decoded bytes, or nil when Go would report corrupt input.
    static func decode(_ input: [UInt8]) -> [UInt8]? {
        var output: [UInt8] = []
        output.reserveCapacity(input.count / 4 * 3)
        var quantum: [UInt8] = []
        var index = 0
        func skipLineBreaks() {
            while index < input.count && (input[index] == 0x0A || input[index] == 0x0D) { index += 1 }
        }
        while index < input.count {
            let character = input[index]
            index += 1
            if character == 0x0A || character == 0x0D { continue }
            if character == UInt8(ascii: "=") {
                switch quantum.count {
                case 2:
                    skipLineBreaks()
                    guard index < input.count, input[index] == UInt8(ascii: "=") else { return nil }
                    index += 1
                case 3:
                    break
                default:
                    return nil
                }
                skipLineBreaks()
                guard index == input.count else { return nil }
                append(quantum, to: &output)
                return output
            }
            let value = values[Int(character)]
            guard value != 0xFF else { return nil }
            quantum.append(value)
            if quantum.count == 4 {
                append(quantum, to: &output)
                quantum.removeAll(keepingCapacity: true)
            }
        }
        return quantum.isEmpty ? output : nil
    }

    /// Appends the bytes of two to four sextets: one, two or three bytes.
    private static func append(_ sextets: [UInt8], to output: inout [UInt8]) {
        let bits = sextets.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (18 - 6 * $1.offset) }
        for index in 0..<(sextets.count - 1) {
            output.append(UInt8(truncatingIfNeeded: bits >> (16 - 8 * index)))
        }
    }
}
