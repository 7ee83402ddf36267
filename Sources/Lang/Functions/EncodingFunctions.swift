import Values

/// Terraform's encoding functions: Base64 (plain, gzipped and of other text encodings), CSV,
/// JSON, URL query escaping and YAML.
public enum EncodingFunctions {
    public static let all: [String: Function] = [
        "base64decode": base64decode,
        "base64encode": base64encode,
        "base64gzip": base64gzip,
        "csvdecode": csvdecode,
        "jsondecode": jsondecode,
        "jsonencode": jsonencode,
        "textdecodebase64": TextEncodingFunctions.textdecodebase64,
        "textencodebase64": TextEncodingFunctions.textencodebase64,
        "urlencode": urlencode,
        "yamldecode": YAMLFunctions.yamldecode,
        "yamlencode": YAMLFunctions.yamlencode,
    ]

    static let base64decode = Function(
        parameters: [FunctionParameter("str", .string, allowsUnknown: true, allowsMarked: true)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let (argument, marks) = arguments[0].unmarked()
        guard let text = argument.stringValue else { return Value.unknown(.string).marked(marks) }
        guard case .success(let bytes) = Base64.decoded(text) else {
            let shown = marks.contains(.sensitive) ? "(sensitive value)" : goQuoted(text)
            throw .call("failed to decode base64 data \(shown)")
        }
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            throw .call("the result of decoding the provided string is not valid UTF-8")
        }
        return Value.string(decoded).marked(marks)
    }

    static let base64encode = stringFunction { text throws(FunctionError) in
        Base64.encoded(Array(text.utf8))
    }

    static let base64gzip = stringFunction { text throws(FunctionError) in
        Base64.encoded(Gzip.compressed(Array(text.utf8)))
    }

    static let urlencode = stringFunction { text throws(FunctionError) in
        queryEscaped(text)
    }

    static let jsonencode = Function(
        parameters: [FunctionParameter("val", .dynamic, allowsNull: true, allowsDynamicType: true)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let value = arguments[0]
        guard value.isWhollyKnown else { return .unknown(.string) }
        if value.isNull { return .string("null") }
        do throws(JSONCodingError) {
            return .string(try value.jsonEncoded())
        } catch {
            throw .call(error.message)
        }
    }

    static let jsondecode = Function(
        parameters: [FunctionParameter("str", .string)],
        returnType: { arguments throws(FunctionError) in
            guard let text = arguments[0].stringValue else { return .dynamic }
            do throws(JSONCodingError) {
                return try Value.decodingJSON(text).type
            } catch {
                throw .call(error.message)
            }
        },
        implementation: { arguments, _ throws(FunctionError) in
            guard let text = arguments[0].stringValue else { return .dynamicUnknown }
            do throws(JSONCodingError) {
                return try Value.decodingJSON(text)
            } catch {
                throw .call(error.message)
            }
        }
    )

    static let csvdecode = Function(
        parameters: [FunctionParameter("str", .string)],
        returnType: { arguments throws(FunctionError) in
            guard let text = arguments[0].stringValue else { return .dynamic }
            return .list(.object(try csvColumns(text).reduce(into: [:]) { $0[$1] = .string }))
        },
        implementation: { arguments, returnType throws(FunctionError) in
            guard let text = arguments[0].stringValue, let rowType = returnType.elementType else {
                return .unknown(returnType)
            }
            var reader = CSVReader(text)
            var rows: [Value] = []
            do throws(CSVReader.ParseError) {
                let columns = try reader.read() ?? []
                while let fields = try reader.read() {
                    let pairs = zip(columns, fields).map { ($0, Value.string($1)) }
                    rows.append(.object(Dictionary(pairs) { _, last in last }))
                }
            } catch {
                throw .call("CSV parse error on line \(error.line): \(error.message)")
            }
            return .list(rows, elementType: rowType)
        }
    )

    /// The column names of the header line, which must be present and distinct.
    private static func csvColumns(_ text: String) throws(FunctionError) -> [String] {
        var reader = CSVReader(text)
        let header: [String]?
        do throws(CSVReader.ParseError) {
            header = try reader.read()
        } catch {
            throw .call("CSV parse error on line \(error.line): \(error.message)")
        }
        guard let header else { throw .call("missing header line") }
        var seen = Set<String>()
        for name in header where !seen.insert(name).inserted {
            throw .call("duplicate column name \(goQuoted(name))")
        }
        return header
    }

    /// Go's `url.QueryEscape`: letters, digits and `-_.~` stay, a space becomes `+`, and every
    /// other byte of the UTF-8 text becomes `%XX`.
    static func queryEscaped(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: " "):
                result += "+"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += (byte < 0x10 ? "%0" : "%") + hex
            }
        }
        return result
    }

    /// A function of one non-null string `str` to a string.
    static func stringFunction(
        _ body: @escaping @Sendable (String) throws(FunctionError) -> String
    ) -> Function {
        Function(parameters: [FunctionParameter("str", .string)], returns: .string) { arguments throws(FunctionError) in
            guard let text = arguments[0].stringValue else { return .unknown(.string) }
            return .string(try body(text))
        }
    }
}
