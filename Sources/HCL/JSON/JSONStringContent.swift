/// The decoded content of a JSON string and what can be parsed from it: a template (full
/// expression mode) whose ranges point exactly into the JSON file, escapes included, or one
/// native expression (where Terraform wants a reference or type), placed as Terraform places it.
struct JSONStringContent {
    let bytes: [UInt8]
    private let token: SourceRange
    /// For each decoded byte, and one past the end, the file offset it came from.
    private let origins: [Int]
    /// Column offsets from the token's start column, indexed by file offset minus its start byte.
    private let columns: [Int]

    /// The content of the string token at `token`, or nil when the range holds no valid string.
    init?(of token: SourceRange, in source: SourceFile) {
        let byteRange = token.byteRange
        guard byteRange.upperBound <= source.bytes.count, byteRange.count >= 2,
            source.bytes[byteRange.lowerBound] == UInt8(ascii: "\""),
            case .success(let decoded) = JSONStringDecoding.decode(source.bytes, token: byteRange)
        else { return nil }
        bytes = decoded.bytes
        self.token = token
        origins = decoded.origins
        columns = JSONTokenizer.stringColumns(source.bytes, token: byteRange)
    }

    /// The content as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The range between the quotes.
    var contentRange: SourceRange {
        SourceRange(filename: token.filename, start: position(0), end: position(bytes.count))
    }

    /// The content parsed as a bare template, as HCL's JSON syntax reads strings in full
    /// expression mode.
    func template() -> (Template, [Diagnostic]) {
        let synthetic = SourceFile(filename: Self.syntheticName, bytes: bytes)
        let (expression, diagnostics) = Parser.parseTemplate(synthetic)
        let template = if case .template(let template) = expression.kind { template } else { Template(parts: []) }
        let map = { (range: SourceRange) in
            SourceRange(filename: token.filename, start: position(range.start.byte), end: position(range.end.byte))
        }
        return (template.mappingRanges(map), diagnostics.map { Self.relocate($0, in: synthetic, map) })
    }

    /// `text` parsed as one native-syntax expression placed where HCL and Terraform place it:
    /// as if it began at the opening quote of the string token at `token`.
    static func expression(_ text: [UInt8], token: SourceRange) -> (Expression, [Diagnostic]) {
        let synthetic = SourceFile(filename: syntheticName, bytes: text)
        let (expression, diagnostics) = Parser.parseExpression(synthetic)
        let start = token.start
        func shift(_ position: SourcePosition) -> SourcePosition {
            SourcePosition(
                line: start.line + position.line - 1,
                column: position.line == 1 ? start.column + position.column - 1 : position.column,
                byte: start.byte + position.byte)
        }
        let map = { (range: SourceRange) in
            SourceRange(filename: token.filename, start: shift(range.start), end: shift(range.end))
        }
        return (expression.mappingRanges(map), diagnostics.map { relocate($0, in: synthetic, map) })
    }

    private func position(_ decodedByte: Int) -> SourcePosition {
        let byte = origins[max(0, min(decodedByte, origins.count - 1))]
        let offset = max(0, min(byte - token.start.byte, columns.count - 1))
        return SourcePosition(line: token.start.line, column: token.start.column + columns[offset], byte: byte)
    }

    // MARK: - diagnostics

    /// The name of the stand-in file the content is parsed as, unlike any real file's, so that
    /// references to it in a diagnostic's detail can be found and rewritten.
    private static let syntheticName = "\u{1}json-string\u{1}"

    /// `diagnostic` with its ranges, and any `file:line,column-column` in its detail, moved
    /// from the stand-in file into the JSON file.
    private static func relocate(_ diagnostic: Diagnostic, in synthetic: SourceFile, _ map: (SourceRange) -> SourceRange) -> Diagnostic {
        var moved = diagnostic.mappingRanges(map)
        let marker = syntheticName + ":"
        var detail = ""
        var rest = moved.detail[...]
        while let found = rest.firstRange(of: marker) {
            let numbers = rest[found.upperBound...].prefix { $0.isASCII && ($0.isNumber || $0 == "," || $0 == "-") }
            let fields = numbers.split(whereSeparator: { $0 == "," || $0 == "-" }).compactMap { Int($0) }
            let line = fields.first ?? 1
            let range = SourceRange(
                filename: synthetic.filename,
                start: position(line: line, column: fields.dropFirst().first ?? 1, in: synthetic),
                end: fields.count == 4
                    ? position(line: fields[2], column: fields[3], in: synthetic)
                    : position(line: line, column: fields.last ?? 1, in: synthetic))
            detail += rest[..<found.lowerBound] + map(range).displayString
            rest = rest[numbers.endIndex...]
        }
        moved.detail = detail + rest
        return moved
    }

    /// The position at a line and column of `file`, as the native scanner counts them.
    private static func position(line: Int, column: Int, in file: SourceFile) -> SourcePosition {
        var counter = PositionCounter(bytes: file.bytes, start: 0)
        var position = SourcePosition.start
        for byte in 0...file.bytes.count {
            position = counter.advance(to: byte)
            if position.line > line || (position.line == line && position.column >= column) { break }
        }
        return position
    }
}
