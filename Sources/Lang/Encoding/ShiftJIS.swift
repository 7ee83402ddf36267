/// Shift_JIS coding as Go's `golang.org/x/text/encoding/japanese` does it: ASCII (and 0x80),
/// half-width katakana in single bytes, and two-byte codes looked up by their WHATWG pointer.
enum ShiftJIS {
    static let undefined: Unicode.Scalar = "\u{FFFD}"
    private static let trailCount = 188

    /// The character of each JIS X 0208 pointer (with the NEC and IBM extensions); the
    /// user-defined area (pointers 8836 to 10715) has none.
    static let characters: [Unicode.Scalar] = {
        var characters = Array(ShiftJISTable.rows.unicodeScalars.filter { $0 != "\n" })
        for pointer in 8836...10715 where pointer < characters.count { characters[pointer] = undefined }
        return characters
    }()

    /// The pointer that encodes each character: the first one that decodes to it.
    static let pointers: [Unicode.Scalar: Int] = {
        var table: [Unicode.Scalar: Int] = [:]
        for (pointer, character) in characters.enumerated() where character != undefined && table[character] == nil {
            table[character] = pointer
        }
        return table
    }()

    static func encode(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value <= 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if (0xFF61...0xFF9F).contains(scalar.value) {
                bytes.append(UInt8(scalar.value - 0xFF61 + 0xA1))
            } else if let pointer = pointers[scalar] {
                let (lead, trail) = (pointer / trailCount, pointer % trailCount)
                bytes.append(UInt8(lead < 0x1F ? lead + 0x81 : lead + 0xC1))
                bytes.append(UInt8(trail < 0x3F ? trail + 0x40 : trail + 0x41))
            } else {
                return nil
            }
        }
        return bytes
    }

    /// The text of `bytes`, U+FFFD for each malformed or undefined code.
    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            index += 1
            switch lead {
            case ...0x80:
                scalars.append(Unicode.Scalar(lead))
            case 0xA1...0xDF:
                scalars.append(Unicode.Scalar(0xFF61 + UInt32(lead) - 0xA1) ?? undefined)
            case 0x81...0x9F, 0xE0...0xFC:
                guard index < bytes.count else {
                    scalars.append(undefined)
                    break
                }
                let trail = bytes[index]
                guard (0x40...0x7E).contains(trail) || (0x80...0xFC).contains(trail) else {
                    scalars.append(undefined)
                    if trail >= 0x80 { index += 1 }
                    break
                }
                index += 1
                let row = Int(lead) - (lead < 0xA0 ? 0x81 : 0xC1)
                let column = Int(trail) - (trail < 0x7F ? 0x40 : 0x41)
                scalars.append(characters[row * trailCount + column])
            default:
                scalars.append(undefined)
            }
        }
        return String(scalars)
    }
}
