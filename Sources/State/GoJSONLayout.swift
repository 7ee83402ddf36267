/// Lays out JSON text as Go's `encoding/json` does.
enum GoJSONLayout {
    /// As `json.MarshalIndent(value, "", "  ")` writes it: white space between tokens dropped,
    /// two spaces per level, a space after each colon, empty objects and arrays kept as `{}` and
    /// `[]`, and `<`, `>`, `&`, U+2028 and U+2029 inside strings escaped.
    static func indent(_ json: String) -> String {
        let bytes = Array(json.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 2)
        var strings = StringTracker()
        var depth = 0
        var opened = false
        var index = 0

        func newline(_ level: Int) {
            output.append(UInt8(ascii: "\n"))
            output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
        }

        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if strings.isInside {
                _ = strings.feed(byte)
                if let escaped = htmlEscape(byte, following: bytes[index...]) {
                    output.append(contentsOf: escaped.utf8)
                    index += byte == 0xE2 ? 2 : 0
                } else {
                    output.append(byte)
                }
                continue
            }
            if isSpace(byte) { continue }
            if opened && byte != UInt8(ascii: "]") && byte != UInt8(ascii: "}") {
                opened = false
                depth += 1
                newline(depth)
            }
            _ = strings.feed(byte)
            output.append(byte)
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                opened = true
            case UInt8(ascii: ","):
                newline(depth)
            case UInt8(ascii: ":"):
                output.append(UInt8(ascii: " "))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if opened {
                    opened = false
                } else {
                    depth -= 1
                    output.removeLast()
                    newline(depth)
                    output.append(byte)
                }
            default:
                break
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The text without white space between tokens (Go's `json.Compact`).
    static func compact(_ json: some Collection<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(json.count)
        var strings = StringTracker()
        for byte in json where strings.feed(byte) || !isSpace(byte) {
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// The escape Go writes for an HTML-sensitive character starting at `byte`, if it is one.
    private static func htmlEscape(_ byte: UInt8, following: ArraySlice<UInt8>) -> String? {
        switch byte {
        case UInt8(ascii: "<"): return "\\u003c"
        case UInt8(ascii: ">"): return "\\u003e"
        case UInt8(ascii: "&"): return "\\u0026"
        case 0xE2 where following.starts(with: [0x80, 0xA8]): return "\\u2028"
        case 0xE2 where following.starts(with: [0x80, 0xA9]): return "\\u2029"
        default: return nil
        }
    }
}

/// Follows JSON text byte by byte to tell string contents from the tokens between them.
private struct StringTracker {
    private(set) var isInside = false
    private var escaping = false

    /// Takes the next byte; true when it belongs to a string, its quotes included.
    mutating func feed(_ byte: UInt8) -> Bool {
        if isInside {
            if escaping {
                escaping = false
            } else if byte == UInt8(ascii: "\\") {
                escaping = true
            } else if byte == UInt8(ascii: "\"") {
                isInside = false
            }
            return true
        }
        isInside = byte == UInt8(ascii: "\"")
        return isInside
    }
}
