import Values

/// How each verb of `format` renders its argument, following go-cty: `%v` as is (JSON, as
/// `jsonencode` writes it, for anything but strings and numbers), `%t` as a bool, the numeric
/// verbs as numbers and `%s`/`%q` as strings, converting the argument first.
enum FormatRendering {
    static func render(_ value: Value, as verb: FormatVerb) throws(FormatFailure) -> String {
        if verb.mode != "v" && value.isNull {
            throw unsupported(verb, "null value cannot be formatted")
        }
        switch verb.mode {
        case "v":
            return padded(try asIs(value, verb), verb)
        case "t":
            return try converted(value, to: .bool, verb).boolValue == true ? "true" : "false"
        case "b", "d", "o", "x", "X":
            let number = try number(value, verb)
            guard number.isInteger else { throw unsupported(verb, "an integer is required") }
            return FormatNumbers.integer(number, verb)
        case "e", "E", "f", "g", "G":
            return FormatNumbers.float(try number(value, verb), verb)
        case "s", "q":
            var text = try converted(value, to: .string, verb).stringValue ?? ""
            if let precision = verb.precision, precision > 0 {
                text = String(text.prefix(precision))
            }
            return padded(verb.mode == "q" ? try json(.string(text), verb) : text, verb)
        default:
            throw .message(
                "unsupported format verb \(goQuotedRune(verb.mode)) in \(goQuoted(verb.raw)) at offset \(verb.offset)"
            )
        }
    }

    private static func asIs(_ value: Value, _ verb: FormatVerb) throws(FormatFailure) -> String {
        if !verb.sharp {
            if let text = value.stringValue { return text }
            if let number = value.numberValue { return FormatNumbers.text(number, mode: "g", precision: nil) }
        }
        return try json(value, verb)
    }

    private static func json(_ value: Value, _ verb: FormatVerb) throws(FormatFailure) -> String {
        do throws(JSONCodingError) {
            return try value.jsonEncoded()
        } catch {
            throw unsupported(verb, error.message)
        }
    }

    private static func number(_ value: Value, _ verb: FormatVerb) throws(FormatFailure) -> Number {
        guard let number = try converted(value, to: .number, verb).numberValue else {
            throw unsupported(verb, "a number is required")
        }
        return number
    }

    private static func converted(_ value: Value, to type: ValueType, _ verb: FormatVerb) throws(FormatFailure) -> Value {
        do throws(ConversionError) {
            return try value.converted(to: type)
        } catch {
            throw unsupported(verb, error.message)
        }
    }

    private static func unsupported(_ verb: FormatVerb, _ reason: String) -> FormatFailure {
        .message("unsupported value for \(goQuoted(verb.raw)) at \(verb.offset): \(reason)")
    }

    /// Pads to the verb's width in grapheme clusters: with zeros when the `0` flag is given, on
    /// the right when the `-` flag is.
    private static func padded(_ text: String, _ verb: FormatVerb) -> String {
        guard let width = verb.width else { return text }
        let length = text.count
        guard length < width else { return text }
        let padding = String(repeating: verb.zero ? "0" : " ", count: width - length)
        return verb.minus ? text + padding : padding + text
    }
}
