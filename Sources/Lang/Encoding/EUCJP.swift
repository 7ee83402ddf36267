/// EUC-JP coding as Go's `golang.org/x/text/encoding/japanese` does it: ASCII, half-width
/// katakana after 0x8E, JIS X 0208 in two bytes and JIS X 0212 in three bytes after 0x8F.
enum EUCJP {
    private static let rowLength = 94

    private static let jis0212: [Unicode.Scalar] = Array(JIS0212Table.rows.unicodeScalars.filter { $0 != "\n" })

    private static let jis0212Pointers: [Unicode.Scalar: Int] = {
        var table: [Unicode.Scalar: Int] = [:]
        for (pointer, character) in jis0212.enumerated() where character != ShiftJIS.undefined && table[character] == nil {
            table[character] = pointer
        }
        return table
    }()

    static func encode(_ text: String) -> [UInt8]? {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                bytes.append(UInt8(scalar.value))
            } else if (0xFF61...0xFF9F).contains(scalar.value) {
                bytes += [0x8E, UInt8(scalar.value - 0xFF61 + 0xA1)]
            } else if let pointer = ShiftJIS.pointers[scalar], pointer < rowLength * rowLength {
                bytes += [UInt8(0xA1 + pointer / rowLength), UInt8(0xA1 + pointer % rowLength)]
            } else if let pointer = jis0212Pointers[scalar] {
                bytes += [0x8F, UInt8(0xA1 + pointer / rowLength), UInt8(0xA1 + pointer % rowLength)]
            } else {
                return nil
            }
        }
        return bytes
    }

    /// The text of `bytes`, or nil when they are not well-formed EUC-JP; undefined codes
    /// become U+FFFD.
    static func decode(_ bytes: [UInt8]) -> String? {
        var scalars = String.UnicodeScalarView()
        var index = 0
        func isCodeByte(_ offset: Int) -> Bool {
            index + offset < bytes.count && (0xA1...0xFE).contains(bytes[index + offset])
        }
        func pointer(_ first: Int) -> Int {
            (Int(bytes[index + first]) - 0xA1) * rowLength + Int(bytes[index + first + 1]) - 0xA1
        }
        while index < bytes.count {
            let lead = bytes[index]
            switch lead {
            case ..<0x80:
                scalars.append(Unicode.Scalar(lead))
                index += 1
            case 0x8E:
                guard index + 1 < bytes.count, (0xA1...0xDF).contains(bytes[index + 1]) else { return nil }
                scalars.append(Unicode.Scalar(0xFF61 + UInt32(bytes[index + 1]) - 0xA1) ?? ShiftJIS.undefined)
                index += 2
            case 0x8F:
                guard isCodeByte(1), isCodeByte(2) else { return nil }
                scalars.append(jis0212[pointer(1)])
                index += 3
            case 0xA1...0xFE:
                guard isCodeByte(1) else { return nil }
                scalars.append(ShiftJIS.characters[pointer(0)])
                index += 2
            default:
                return nil
            }
        }
        return String(scalars)
    }
}
