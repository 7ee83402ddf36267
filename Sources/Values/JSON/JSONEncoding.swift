public extension Value {
    /// The value as JSON text, typed by its own type, exactly as Terraform's `jsonencode`
    /// writes it (go-cty's `json.Marshal`): no white space, object and map keys sorted,
    /// `<`, `>` and `&` escaped. Throws for unknown, marked or infinite values.
    func jsonEncoded() throws(JSONCodingError) -> String {
        try jsonEncoded(as: type)
    }

    /// The value as JSON text for the given type (go-cty's `json.Marshal` with a type): the
    /// value is converted to the type first, and wherever the type is `dynamic` the value is
    /// wrapped as `{"value":…,"type":…}` so that decoding can recover its type.
    func jsonEncoded(as type: ValueType) throws(JSONCodingError) -> String {
        var value = self
        if value.type != type {
            do {
                value = try value.converted(to: type)
            } catch {
                throw JSONCodingError(error.message)
            }
        }
        var text = ""
        try JSONWriter.write(value, as: type, into: &text)
        return text
    }
}

enum JSONWriter {
    static func write(_ value: Value, as type: ValueType, into text: inout String) throws(JSONCodingError) {
        if value.isMarked {
            throw JSONCodingError("value has marks, so it cannot be serialized as JSON")
        }
        if type == .dynamic && value.type != .dynamic {
            text += "{\"value\":"
            try write(value, as: value.type, into: &text)
            text += ",\"type\":"
            text += value.type.jsonEncoded
            text += "}"
            return
        }
        switch value.content {
        case .null:
            text += "null"
        case .unknown:
            throw JSONCodingError("value is not known")
        case .string(let string):
            appendQuoted(string, to: &text)
        case .number(let number):
            if number.isInfinite { throw JSONCodingError("cannot serialize infinity as JSON") }
            text += number.description
        case .bool(let flag):
            text += flag ? "true" : "false"
        case .elements(let elements):
            text += "["
            for (index, element) in elements.enumerated() {
                if index > 0 { text += "," }
                let elementType = type.tupleElementTypes?[index] ?? type.elementType ?? element.type
                try write(element, as: elementType, into: &text)
            }
            text += "]"
        case .attributes(let attributes):
            text += "{"
            for (index, key) in attributes.keys.sorted().enumerated() {
                guard let attribute = attributes[key] else { continue }
                if index > 0 { text += "," }
                appendQuoted(key, to: &text)
                text += ":"
                let attributeType = type.attributeTypes?[key] ?? type.elementType ?? attribute.type
                try write(attribute, as: attributeType, into: &text)
            }
            text += "}"
        }
    }

    /// Appends a JSON string the way Go's `encoding/json` writes it with HTML escaping on.
    static func appendQuoted(_ string: String, to text: inout String) {
        text += "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\u{08}": text += "\\b"
            case "\u{0C}": text += "\\f"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                text += unicodeEscape(scalar.value)
            default:
                if scalar.value < 0x20 {
                    text += unicodeEscape(scalar.value)
                } else {
                    text.unicodeScalars.append(scalar)
                }
            }
        }
        text += "\""
    }

    private static func unicodeEscape(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
    }
}

extension ValueType {
    /// The type as go-cty writes it in JSON: `"string"`, `["list","number"]`,
    /// `["object",{"a":"bool"}]` (with a third element listing optional attributes), and so on.
    public var jsonEncoded: String {
        switch self {
        case .string: return "\"string\""
        case .number: return "\"number\""
        case .bool: return "\"bool\""
        case .dynamic: return "\"dynamic\""
        case .list(let element): return "[\"list\"," + element.jsonEncoded + "]"
        case .set(let element): return "[\"set\"," + element.jsonEncoded + "]"
        case .map(let element): return "[\"map\"," + element.jsonEncoded + "]"
        case .tuple(let elements):
            return "[\"tuple\",[" + elements.map(\.jsonEncoded).joined(separator: ",") + "]]"
        case .object(let attributes, let optional):
            var text = ""
            JSONWriter.appendObjectTypeBody(attributes, to: &text)
            if !optional.isEmpty {
                var names = ""
                for (index, name) in optional.sorted().enumerated() {
                    if index > 0 { names += "," }
                    JSONWriter.appendQuoted(name, to: &names)
                }
                return "[\"object\"," + text + ",[" + names + "]]"
            }
            return "[\"object\"," + text + "]"
        }
    }
}

extension JSONWriter {
    static func appendObjectTypeBody(_ attributes: [String: ValueType], to text: inout String) {
        text += "{"
        for (index, name) in attributes.keys.sorted().enumerated() {
            guard let type = attributes[name] else { continue }
            if index > 0 { text += "," }
            appendQuoted(name, to: &text)
            text += ":" + type.jsonEncoded
        }
        text += "}"
    }
}
