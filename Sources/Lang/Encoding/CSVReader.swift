/// Reads CSV records exactly as Go's `encoding/csv` reader does with its defaults: comma
/// separated, double-quoted fields that may span lines, empty lines skipped, `\r\n` read as
/// `\n`, and every record required to have as many fields as the first.
struct CSVReader {
    /// A record that could not be read: Go's error text and the line it names.
    struct ParseError: Error {
        let line: Int
        let message: String

        static let fieldCount = "wrong number of fields"
        static let bareQuote = "bare \" in non-quoted-field"
        static let quote = "extraneous or missing \" in quoted-field"
    }

    private let bytes: [UInt8]
    private var position = 0
    private var lineNumber = 0
    /// The number of fields every record must have; taken from the first record when nil.
    var fieldsPerRecord: Int?

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The next record, or nil at the end of the input.
    mutating func read() throws(ParseError) -> [String]? {
        var line: ArraySlice<UInt8> = []
        while true {
            guard let next = readLine() else { return nil }
            if next.count == Self.newlineLength(next) { continue }
            line = next
            break
        }
        let recordLine = lineNumber
        var fields: [String] = []
        var field: [UInt8] = []
        parsing: while true {
            if line.first != UInt8(ascii: "\"") {
                let comma = line.firstIndex(of: UInt8(ascii: ","))
                let end = comma ?? line.endIndex - Self.newlineLength(line)
                let text = line[line.startIndex..<end]
                if text.contains(UInt8(ascii: "\"")) {
                    throw ParseError(line: lineNumber, message: ParseError.bareQuote)
                }
                fields.append(String(decoding: text, as: UTF8.self))
                guard let comma else { break parsing }
                line = line[(comma + 1)...]
                continue parsing
            }
            line = line.dropFirst()
            var quotedLine = lineNumber
            field.removeAll()
            while true {
                if let quote = line.firstIndex(of: UInt8(ascii: "\"")) {
                    field.append(contentsOf: line[line.startIndex..<quote])
                    line = line[(quote + 1)...]
                    if line.first == UInt8(ascii: "\"") {
                        field.append(UInt8(ascii: "\""))
                        line = line.dropFirst()
                    } else if line.first == UInt8(ascii: ",") {
                        line = line.dropFirst()
                        fields.append(String(decoding: field, as: UTF8.self))
                        continue parsing
                    } else if Self.newlineLength(line) == line.count {
                        fields.append(String(decoding: field, as: UTF8.self))
                        break parsing
                    } else {
                        throw ParseError(line: lineNumber, message: ParseError.quote)
                    }
                } else if !line.isEmpty {
                    field.append(contentsOf: line)
                    let next = readLine() ?? []
                    if !next.isEmpty { quotedLine += 1 }
                    line = next
                } else {
                    throw ParseError(line: quotedLine, message: ParseError.quote)
                }
            }
        }
        if let expected = fieldsPerRecord {
            if fields.count != expected {
                throw ParseError(line: recordLine, message: ParseError.fieldCount)
            }
        } else {
            fieldsPerRecord = fields.count
        }
        return fields
    }

    /// The next line with its `\n` (a `\r\n` ending becomes `\n`, a `\r` before the end of the
    /// input is dropped), or nil at the end of the input.
    private mutating func readLine() -> ArraySlice<UInt8>? {
        guard position < bytes.count else { return nil }
        let start = position
        var line: ArraySlice<UInt8>
        if let newline = bytes[start...].firstIndex(of: 0x0A) {
            position = newline + 1
            line = bytes[start..<position]
        } else {
            position = bytes.count
            line = bytes[start...]
            if line.last == 0x0D { line = line.dropLast() }
        }
        lineNumber += 1
        if line.count >= 2, line[line.endIndex - 2] == 0x0D, line.last == 0x0A {
            line = line.dropLast(2) + [0x0A]
        }
        return line
    }

    private static func newlineLength(_ line: ArraySlice<UInt8>) -> Int {
        line.last == 0x0A ? 1 : 0
    }
}
