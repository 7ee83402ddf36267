import Values

/// Terraform's `textencodebase64` and `textdecodebase64`: Base64 of text in a named encoding.
enum TextEncodingFunctions {
    static let textencodebase64 = Function(
        parameters: [FunctionParameter("string", .string), FunctionParameter("encoding", .string)],
        returns: .string
    ) { arguments throws(FunctionError) in
        guard let text = arguments[0].stringValue, let name = arguments[1].stringValue else { return .unknown(.string) }
        let encoding = try encoding(named: name)
        guard let bytes = encoding.encode(text) else {
            throw .argument(index: 0, message: "the given string contains characters that cannot be represented in \(encoding.name)")
        }
        return .string(Base64.encoded(bytes))
    }

    static let textdecodebase64 = Function(
        parameters: [FunctionParameter("source", .string), FunctionParameter("encoding", .string)],
        returns: .string
    ) { arguments throws(FunctionError) in
        guard let source = arguments[0].stringValue, let name = arguments[1].stringValue else { return .unknown(.string) }
        let encoding = try encoding(named: name)
        let bytes: [UInt8]
        switch Base64.decoded(source) {
        case .success(let decoded): bytes = decoded
        case .failure(let corrupt):
            throw .argument(index: 0, message: "the given value is has an invalid base64 symbol at offset \(corrupt.offset)")
        }
        let text = encoding.decode(bytes)
        if text.unicodeScalars.contains("\u{FFFD}") {
            throw .argument(index: 0, message: "the given string contains symbols that are not defined for \(encoding.name)")
        }
        return .string(text)
    }

    private static func encoding(named name: String) throws(FunctionError) -> TextEncoding {
        guard let encoding = TextEncoding.named(name) else {
            throw .argument(
                index: 1,
                message: "\(goQuoted(name)) is not a supported IANA encoding name or alias in this Terraform version"
            )
        }
        return encoding
    }
}
