/// Parses JSON tokens into values with HCL's JSON diagnostics and its recovery: a container that
/// goes wrong is reported once and becomes `.invalid`, and its parent carries on after it.
struct JSONValueParser {
    private let tokens: [JSONToken]
    private let source: SourceFile
    private var index = 0
    private var depth = 0

    init(tokens: [JSONToken], source: SourceFile) {
        self.tokens = tokens
        self.source = source
    }

    /// Parses a whole input that must hold exactly one value.
    static func parseDocument(_ tokens: [JSONToken], source: SourceFile, _ diagnostics: inout [Diagnostic]) -> JSONValue {
        var parser = JSONValueParser(tokens: tokens, source: source)
        var found: [Diagnostic] = []
        let value = parser.parseValue(&found)
        if found.isEmpty && parser.peek().kind != .endOfFile {
            found.append(.error(
                "Extraneous data after value", "Extra characters appear after the JSON value.", at: parser.peek().range))
        }
        diagnostics.append(contentsOf: found)
        return value
    }

    private func peek() -> JSONToken { tokens[index] }

    /// Consumes and returns the next token; at the end it keeps returning end-of-file.
    @discardableResult
    private mutating func read() -> JSONToken {
        let token = tokens[index]
        if token.kind != .endOfFile { index += 1 }
        return token
    }

    private static let valueStartDetail = "A JSON value must start with a brace, a bracket, a number, a string, or a keyword."

    mutating func parseValue(_ diagnostics: inout [Diagnostic]) -> JSONValue {
        let token = peek()
        let parsed: JSONValue?
        switch token.kind {
        case .openBrace, .openBracket:
            guard depth < Parser.maximumDepth else {
                diagnostics.append(.error(
                    "Nesting too deep",
                    "This configuration nests expressions or blocks more than \(Parser.maximumDepth) levels deep. Split it into smaller parts, for example with local values.",
                    at: token.range))
                skipNestedValue()
                return .invalid(range: token.range)
            }
            depth += 1
            defer { depth -= 1 }
            parsed = token.kind == .openBrace ? parseObject(&diagnostics) : parseArray(&diagnostics)
        case .number:
            parsed = parseNumber(&diagnostics)
        case .string:
            parsed = parseString(&diagnostics)
        case .keyword:
            parsed = parseKeyword(&diagnostics)
        case .closeBrace:
            diagnostics.append(.error("Missing JSON value", Self.valueStartDetail, at: token.range))
            parsed = nil
        case .closeBracket:
            diagnostics.append(.error("Missing array element value", Self.valueStartDetail, at: token.range))
            parsed = nil
        case .endOfFile:
            diagnostics.append(.error("Missing value", "The JSON data ends prematurely.", at: token.range))
            parsed = nil
        default:
            diagnostics.append(.error("Invalid start of value", Self.valueStartDetail, at: token.range))
            parsed = nil
        }
        return parsed ?? .invalid(range: token.range)
    }

    /// Skips a container too deep to parse, without recursion.
    private mutating func skipNestedValue() {
        var open = 0
        repeat {
            switch read().kind {
            case .openBrace, .openBracket: open += 1
            case .closeBrace, .closeBracket: open -= 1
            case .endOfFile: return
            default: break
            }
        } while open > 0
    }

    /// After an error inside a container, skips to what seems to be its end: up to the closing
    /// `closer` that balances the tokens read from `token` on, or the end of input.
    private mutating func recover(from token: JSONToken, opener: JSONTokenKind, closer: JSONTokenKind) {
        var token = token
        var open = 1
        while true {
            switch token.kind {
            case opener: open += 1
            case closer:
                open -= 1
                if open <= 1 { return }
            case .endOfFile: return
            default: break
            }
            token = read()
        }
    }

    private mutating func parseObject(_ diagnostics: inout [Diagnostic]) -> JSONValue? {
        let open = read()
        var properties: [JSONProperty] = []
        while peek().kind != .closeBrace {
            let key = parseValue(&diagnostics)
            guard case .string(let name, let nameRange) = key else {
                diagnostics.append(.error(
                    "Invalid object property name", "A JSON object property name must be a string", at: key.startRange))
                return nil
            }
            let colon = read()
            guard colon.kind == .colon else {
                recover(from: colon, opener: .openBrace, closer: .closeBrace)
                switch colon.kind {
                case .closeBrace, .comma:
                    diagnostics.append(.error(
                        "Missing object value", "A JSON object attribute must have a value, introduced by a colon.",
                        at: colon.range))
                case .equals:
                    diagnostics.append(.error(
                        "Missing property value colon", "JSON uses a colon as its name/value delimiter, not an equals sign.",
                        at: colon.range))
                default:
                    diagnostics.append(.error(
                        "Missing property value colon", "A colon must appear between an object property's name and its value.",
                        at: colon.range))
                }
                return nil
            }
            let value = parseValue(&diagnostics)
            properties.append(JSONProperty(name: name, nameRange: nameRange, colonRange: colon.range, value: value))

            switch peek().kind {
            case .comma:
                let comma = read()
                if peek().kind == .closeBrace {
                    diagnostics.append(.error(
                        "Trailing comma in object",
                        "JSON does not permit a trailing comma after the final property in an object.", at: comma.range))
                    return nil
                }
            case .endOfFile:
                diagnostics.append(.error("Unclosed object", "No closing brace was found for this JSON object.", at: open.range))
                return nil
            case .closeBracket:
                // HCL marks the token after the bracket, not the bracket itself.
                read()
                diagnostics.append(.error(
                    "Mismatched braces", "A JSON object must be closed with a brace, not a bracket.", at: peek().range))
                return nil
            case .closeBrace:
                break
            default:
                recover(from: read(), opener: .openBrace, closer: .closeBrace)
                diagnostics.append(.error(
                    "Missing attribute seperator comma",
                    "A comma must appear between each property definition in an object.", at: peek().range))
                return nil
            }
        }
        let close = read()
        return .object(JSONObject(properties: properties, openRange: open.range, closeRange: close.range))
    }

    private mutating func parseArray(_ diagnostics: inout [Diagnostic]) -> JSONValue? {
        let open = read()
        var elements: [JSONValue] = []
        while peek().kind != .closeBracket {
            elements.append(parseValue(&diagnostics))
            switch peek().kind {
            case .comma:
                let comma = read()
                if peek().kind == .closeBracket {
                    diagnostics.append(.error(
                        "Trailing comma in array", "JSON does not permit a trailing comma after the final value in an array.",
                        at: comma.range))
                    return nil
                }
            case .colon:
                recover(from: read(), opener: .openBracket, closer: .closeBracket)
                diagnostics.append(.error(
                    "Invalid array value", "A colon is not used to introduce values in a JSON array.", at: peek().range))
                return nil
            case .endOfFile:
                recover(from: read(), opener: .openBracket, closer: .closeBracket)
                diagnostics.append(.error("Unclosed object", "No closing bracket was found for this JSON array.", at: open.range))
                return nil
            case .closeBrace:
                // HCL marks where recovery stopped, not the brace itself.
                recover(from: read(), opener: .openBracket, closer: .closeBracket)
                diagnostics.append(.error(
                    "Mismatched brackets", "A JSON array must be closed with a bracket, not a brace.", at: peek().range))
                return nil
            case .closeBracket:
                break
            default:
                recover(from: read(), opener: .openBracket, closer: .closeBracket)
                diagnostics.append(.error(
                    "Missing attribute seperator comma", "A comma must appear between each value in an array.",
                    at: peek().range))
                return nil
            }
        }
        let close = read()
        return .array(JSONArray(elements: elements, openRange: open.range, closeRange: close.range))
    }

    private mutating func parseNumber(_ diagnostics: inout [Diagnostic]) -> JSONValue? {
        let token = read()
        let bytes = source.bytes[token.range.byteRange]
        guard Self.isJSONNumber(bytes) else {
            diagnostics.append(.error("Invalid JSON number", "There is a syntax error in the given JSON number.", at: token.range))
            return nil
        }
        return .number(String(decoding: bytes, as: UTF8.self), range: token.range)
    }

    /// Whether `bytes` match JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    static func isJSONNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        func digits() -> Int {
            let start = index
            while index < bytes.endIndex && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - start
        }
        func skip(_ characters: String) -> Bool {
            guard index < bytes.endIndex, characters.utf8.contains(bytes[index]) else { return false }
            index += 1
            return true
        }
        _ = skip("-")
        if skip("0") {
            // A leading zero stands alone.
        } else if digits() == 0 {
            return false
        }
        if skip("."), digits() == 0 { return false }
        if skip("eE") {
            _ = skip("+-")
            if digits() == 0 { return false }
        }
        return index == bytes.endIndex
    }

    private mutating func parseString(_ diagnostics: inout [Diagnostic]) -> JSONValue? {
        let token = read()
        switch JSONStringDecoding.decode(source.bytes, token: token.range.byteRange) {
        case .success(let decoded):
            return .string(String(decoding: decoded.bytes, as: UTF8.self), range: token.range)
        case .failure(let error):
            var start = token.range.start
            start.byte += error.offset
            start.column += error.offset
            // Go's range runs one byte on; it stops at the end of the input here.
            let endByte = min(start.byte + 1, source.bytes.count)
            let end = SourcePosition(line: start.line, column: start.column + (endByte > start.byte ? 1 : 0), byte: endByte)
            let subject = SourceRange(filename: token.range.filename, start: start, end: end)
            diagnostics.append(.error(
                "Invalid JSON string", "There is a syntax error in the given JSON string.", at: subject,
                context: subject == token.range ? nil : token.range))
            return nil
        }
    }

    private mutating func parseKeyword(_ diagnostics: inout [Diagnostic]) -> JSONValue? {
        let token = read()
        let word = source.text(token.range)
        switch word {
        case "true": return .bool(true, range: token.range)
        case "false": return .bool(false, range: token.range)
        case "null": return .null(range: token.range)
        case "undefined", "NaN", "Infinity":
            diagnostics.append(.error(
                "Invalid JSON keyword", "The JavaScript identifier \"\(word)\" cannot be used in JSON.", at: token.range))
        default:
            let suggestion = JSONMessageText.suggestion(near: word, among: ["false", "true", "null"])
                .map { " Did you mean \"\($0)\"?" } ?? ""
            diagnostics.append(.error(
                "Invalid JSON keyword", "\"\(word)\" is not a valid JSON keyword.\(suggestion)", at: token.range))
        }
        return nil
    }
}
