/// The first PEM block in some text, found the way Go's `encoding/pem.Decode` finds it: blocks
/// whose armour or base64 body is malformed are skipped.
struct PEMBlock: Equatable {
    let type: String
    let headers: [String: String]
    let bytes: [UInt8]

    private static let begin = Array("-----BEGIN ".utf8)
    private static let end = Array("\n-----END ".utf8)
    private static let dashes = Array("-----".utf8)

    /// The first well-formed block in `data`, or nil when there is none.
    init?(firstIn data: [UInt8]) {
        var rest = data[...]
        while true {
            if rest.starts(with: Self.begin) {
                rest = rest.dropFirst(Self.begin.count)
            } else if let found = rest.firstRange(of: [0x0A] + Self.begin) {
                rest = rest[found.upperBound...]
            } else {
                return nil
            }
            var typeLine: ArraySlice<UInt8>
            (typeLine, rest) = Self.line(rest)
            guard typeLine.count >= Self.dashes.count, typeLine.suffix(Self.dashes.count).elementsEqual(Self.dashes)
            else { continue }
            typeLine = typeLine.dropLast(Self.dashes.count)

            var headers: [String: String] = [:]
            var truncated = false
            while true {
                if rest.isEmpty {
                    truncated = true
                    break
                }
                let (headerLine, next) = Self.line(rest)
                guard let colon = headerLine.firstIndex(of: UInt8(ascii: ":")) else { break }
                headers[Self.trimmed(headerLine[..<colon])] = Self.trimmed(headerLine[(colon + 1)...])
                rest = next
            }
            if truncated { return nil }

            let bodyEnd: ArraySlice<UInt8>.Index
            let trailerStart: ArraySlice<UInt8>.Index
            if headers.isEmpty && rest.starts(with: Self.end.dropFirst()) {
                bodyEnd = rest.startIndex
                trailerStart = rest.startIndex + Self.end.count - 1
            } else if let found = rest.firstRange(of: Self.end) {
                bodyEnd = found.lowerBound
                trailerStart = found.upperBound
            } else {
                continue
            }
            let trailer = rest[trailerStart...]
            let trailerLength = typeLine.count + Self.dashes.count
            guard trailer.count >= trailerLength,
                trailer.prefix(trailerLength).elementsEqual(typeLine + Self.dashes),
                Self.line(trailer.dropFirst(trailerLength)).line.isEmpty
            else { continue }
            let body = rest[..<bodyEnd].filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
            guard let bytes = GoBase64.decode(body) else { continue }
            self.type = String(decoding: typeLine, as: UTF8.self)
            self.headers = headers
            self.bytes = bytes
            return
        }
    }

    /// Whether the block says it is encrypted with a passphrase (`Proc-Type: 4,ENCRYPTED`).
    var isEncrypted: Bool { headers["Proc-Type"]?.contains("ENCRYPTED") ?? false }

    /// The text up to the next line feed without trailing spaces, tabs and carriage returns, and
    /// what follows the line feed.
    private static func line(_ data: ArraySlice<UInt8>) -> (line: ArraySlice<UInt8>, rest: ArraySlice<UInt8>) {
        var line = data
        var rest = data[data.endIndex...]
        if let newline = data.firstIndex(of: 0x0A) {
            line = data[..<newline]
            rest = data[(newline + 1)...]
        }
        while let last = line.last, last == 0x20 || last == 0x09 || last == 0x0D { line = line.dropLast() }
        return (line, rest)
    }

    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingASCIIWhitespace
    }
}

extension String {
    fileprivate var trimmingASCIIWhitespace: String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        var trimmed = Substring(scalars)
        while let last = trimmed.unicodeScalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" {
            trimmed = Substring(trimmed.unicodeScalars.dropLast())
        }
        return String(trimmed)
    }
}
