import Values

/// Small pieces of JSON text written the way Go's `encoding/json` writes them.
enum JSONText {
    /// A JSON string, escaped as Go escapes it (HTML characters included).
    static func quoted(_ text: String) -> String {
        // A known, unmarked string always encodes.
        (try? Value.string(text).jsonEncoded()) ?? "\"\""
    }

    /// A JSON array of strings.
    static func stringArray(_ strings: [String]) -> String {
        "[" + strings.map(quoted).joined(separator: ",") + "]"
    }

    /// The strings of a JSON array of strings; nil when `text` is anything else.
    static func strings(in text: String) -> [String]? {
        guard let elements = (try? Value.decodingJSON(text))?.elements else { return nil }
        var strings: [String] = []
        for element in elements {
            guard let string = element.stringValue else { return nil }
            strings.append(string)
        }
        return strings
    }
}
