/// A character encoding that Terraform's `textencodebase64` and `textdecodebase64` accept,
/// found by IANA name or alias as Go's `ianaindex` finds it (ignoring case).
struct TextEncoding {
    enum Kind {
        case utf8
        case ascii
        case latin1
        case utf16(bigEndian: Bool, byteOrderMark: Bool)
        case shiftJIS
        case eucJP
        /// Characters of bytes 0x80 to 0xFF (below is ASCII), or of all 256 bytes; U+FFFD where
        /// undefined.
        case singleByte([Unicode.Scalar])
    }

    /// The IANA name Terraform uses in messages.
    let name: String
    let kind: Kind

    private static let table: [String: TextEncoding] = {
        var entries: [(String, [String], Kind)] = [
            ("UTF-8", ["csUTF8"], .utf8),
            ("US-ASCII", ["iso-ir-6", "ANSI_X3.4-1968", "ANSI_X3.4-1986", "ISO_646.irv:1991", "ISO646-US", "us", "IBM367", "cp367", "csASCII"], .ascii),
            ("ISO_8859-1:1987", ["iso-ir-100", "ISO_8859-1", "ISO-8859-1", "latin1", "l1", "IBM819", "CP819", "csISOLatin1"], .latin1),
            ("UTF-16BE", ["csUTF16BE"], .utf16(bigEndian: true, byteOrderMark: false)),
            ("UTF-16LE", ["csUTF16LE"], .utf16(bigEndian: false, byteOrderMark: false)),
            ("UTF-16", ["csUTF16"], .utf16(bigEndian: true, byteOrderMark: true)),
            ("Shift_JIS", ["MS_Kanji", "csShiftJIS"], .shiftJIS),
            ("Extended_UNIX_Code_Packed_Format_for_Japanese", ["csEUCPkdFmtJapanese", "EUC-JP"], .eucJP),
        ]
        for charset in SingleByteCharsets.all {
            entries.append((charset.name, charset.aliases, .singleByte(Array(charset.characters.unicodeScalars))))
        }
        var table: [String: TextEncoding] = [:]
        for (name, aliases, kind) in entries {
            for alias in [name] + aliases {
                table[alias.lowercased()] = TextEncoding(name: name, kind: kind)
            }
        }
        return table
    }()

    /// The encoding with this IANA name or alias, if Terraform supports it.
    static func named(_ name: String) -> TextEncoding? {
        table[name.lowercased()]
    }

    /// The bytes of `text` in this encoding; nil when a character cannot be represented.
    func encode(_ text: String) -> [UInt8]? {
        switch kind {
        case .utf8:
            return Array(text.utf8)
        case .ascii, .latin1:
            let limit: UInt32 = if case .ascii = kind { 0x80 } else { 0x100 }
            var bytes: [UInt8] = []
            for scalar in text.unicodeScalars {
                guard scalar.value < limit else { return nil }
                bytes.append(UInt8(scalar.value))
            }
            return bytes
        case .utf16(let bigEndian, let byteOrderMark):
            var bytes: [UInt8] = []
            let units = (byteOrderMark ? [0xFEFF] : []) + Array(text.utf16)
            for unit in units {
                let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
                bytes += bigEndian ? [high, low] : [low, high]
            }
            return bytes
        case .shiftJIS:
            return ShiftJIS.encode(text)
        case .eucJP:
            return EUCJP.encode(text)
        case .singleByte(let characters):
            let firstByte = 256 - characters.count
            var bytes: [UInt8] = []
            for scalar in text.unicodeScalars {
                if scalar.value < firstByte {
                    bytes.append(UInt8(scalar.value))
                } else if scalar != "\u{FFFD}", let index = characters.firstIndex(of: scalar) {
                    bytes.append(UInt8(firstByte + index))
                } else {
                    return nil
                }
            }
            return bytes
        }
    }

    /// The text of `bytes` in this encoding, with U+FFFD for anything undefined or malformed.
    func decode(_ bytes: [UInt8]) -> String {
        switch kind {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .ascii:
            return String(String.UnicodeScalarView(bytes.map { $0 < 0x80 ? Unicode.Scalar($0) : "\u{FFFD}" }))
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .shiftJIS:
            return ShiftJIS.decode(bytes)
        case .eucJP:
            return EUCJP.decode(bytes) ?? "\u{FFFD}"
        case .singleByte(let characters):
            let firstByte = 256 - characters.count
            return String(String.UnicodeScalarView(bytes.map {
                Int($0) < firstByte ? Unicode.Scalar($0) : characters[Int($0) - firstByte]
            }))
        case .utf16(var bigEndian, let byteOrderMark):
            var start = 0
            if byteOrderMark && bytes.count >= 2 {
                if bytes[0] == 0xFE && bytes[1] == 0xFF {
                    start = 2
                } else if bytes[0] == 0xFF && bytes[1] == 0xFE {
                    start = 2
                    bigEndian = false
                }
            }
            var units: [UInt16] = []
            var index = start
            while index + 1 < bytes.count {
                let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
                units.append(bigEndian ? first << 8 | second : second << 8 | first)
                index += 2
            }
            var text = String(decoding: units, as: UTF16.self)
            if index < bytes.count { text += "\u{FFFD}" }
            return text
        }
    }
}
