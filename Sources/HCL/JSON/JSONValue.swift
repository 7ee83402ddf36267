/// A JSON value as HCL's JSON syntax reads it: object properties keep their order and their
/// duplicates, numbers keep their text, and every part keeps its range.
indirect enum JSONValue: Sendable {
    case object(JSONObject)
    case array(JSONArray)
    /// A string's decoded value; the range covers the quotes.
    case string(String, range: SourceRange)
    /// A number as written, already checked against JSON's grammar.
    case number(String, range: SourceRange)
    case bool(Bool, range: SourceRange)
    case null(range: SourceRange)
    /// A value that could not be parsed; an error was reported for it. The range is the token
    /// where it began.
    case invalid(range: SourceRange)

    /// The whole value.
    var range: SourceRange {
        switch self {
        case .object(let object): object.range
        case .array(let array): array.range
        case .string(_, let range), .number(_, let range), .bool(_, let range), .null(let range), .invalid(let range):
            range
        }
    }

    /// Where diagnostics about the value as a whole point: an opening brace or bracket, or the
    /// whole of a scalar.
    var startRange: SourceRange {
        switch self {
        case .object(let object): object.openRange
        case .array(let array): array.openRange
        default: range
        }
    }
}

/// `{ "name": value, ... }`
struct JSONObject: Sendable {
    var properties: [JSONProperty]
    var openRange: SourceRange
    var closeRange: SourceRange

    var range: SourceRange { openRange.through(closeRange) }
}

/// One `"name": value` of an object.
struct JSONProperty: Sendable {
    var name: String
    /// The name's string token, quotes included.
    var nameRange: SourceRange
    var colonRange: SourceRange
    var value: JSONValue

    /// From the name to the end of the value.
    var range: SourceRange { nameRange.through(value.range) }
}

/// `[ value, ... ]`
struct JSONArray: Sendable {
    var elements: [JSONValue]
    var openRange: SourceRange
    var closeRange: SourceRange

    var range: SourceRange { openRange.through(closeRange) }
}
