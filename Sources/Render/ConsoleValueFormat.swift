import Foundation

import Values

/// Values printed the way `terraform console` prints them: strings quoted (multi-line ones as
/// heredocs), collections wrapped in `tolist(...)`, `toset(...)`, `tomap(...)`, typed nulls.
public enum ConsoleValueFormat {
    public static func format(_ value: Value, indent: Int = 0) -> String {
        if !value.isKnown { return "(known after apply)" }
        if value.marks.contains(.sensitive) { return "(sensitive value)" }
        if value.marks.contains(.ephemeral) { return "(ephemeral value)" }
        if value.isNull { return formatNull(value.type) }
        switch value.type {
        case .string:
            let text = value.stringValue ?? ""
            return heredoc(text, indent: indent) ?? goQuoted(text)
        case .number:
            return value.numberValue?.description ?? ""
        case .bool:
            return value.boolValue == true ? "true" : "false"
        case .object:
            return mapping(value, indent: indent)
        case .tuple:
            return sequence(value, indent: indent)
        case .list:
            return "tolist(\(sequence(value, indent: indent)))"
        case .set:
            return "toset(\(sequence(value, indent: indent)))"
        case .map:
            return "tomap(\(mapping(value, indent: indent)))"
        case .dynamic:
            return "null"
        }
    }

    private static func formatNull(_ type: ValueType) -> String {
        switch type {
        case .dynamic: "null"
        case .string: "tostring(null)"
        case .number: "tonumber(null)"
        case .bool: "tobool(null)"
        case .list(let element): "tolist(null) /* of \(element.friendlyName) */"
        case .set(let element): "toset(null) /* of \(element.friendlyName) */"
        case .map(let element): "tomap(null) /* of \(element.friendlyName) */"
        default: "null /* \(type.friendlyName) */"
        }
    }

    private static func heredoc(_ text: String, indent: Int) -> String? {
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)) }
        guard lines.count >= 2 else { return nil }
        let opener = indent > 0 ? "<<-" : "<<"
        var delimiter = "EOT"
        while lines.contains(where: { $0.trimmingCharacters(in: .whitespacesAndNewlines) == delimiter }) {
            delimiter += "_"
        }
        let padding = String(repeating: " ", count: indent)
        var result = opener + delimiter
        for line in lines {
            result += "\n" + padding + line
        }
        return result + "\n" + padding + delimiter
    }

    private static func mapping(_ value: Value, indent: Int) -> String {
        let entries = value.sortedAttributes ?? []
        var result = "{"
        let padding = String(repeating: " ", count: indent + 2)
        for (key, element) in entries {
            result += "\n" + padding + format(.string(key), indent: indent + 2) + " = " + format(element, indent: indent + 2)
        }
        if !entries.isEmpty { result += "\n" + String(repeating: " ", count: indent) }
        return result + "}"
    }

    private static func sequence(_ value: Value, indent: Int) -> String {
        let elements = value.elements ?? []
        var result = "["
        let padding = String(repeating: " ", count: indent + 2)
        for element in elements {
            result += "\n" + padding + format(element, indent: indent + 2) + ","
        }
        if !elements.isEmpty { result += "\n" + String(repeating: " ", count: indent) }
        return result + "]"
    }
}
