import Foundation
import HCL

/// Terraform's `validate -json` document.
public struct ValidateJSON {
    /// The document for `diagnostics`, kept in the order they were found, as Terraform does.
    public static func render(_ diagnostics: [Diagnostic], files: [String: ParsedFile]) -> String {
        let sorted = diagnostics
        let errors = sorted.filter { $0.severity == .error }.count
        var out = "{\n  \"format_version\": \"1.0\",\n  \"valid\": \(errors == 0),\n"
        out += "  \"error_count\": \(errors),\n  \"warning_count\": \(sorted.count - errors),\n"
        if sorted.isEmpty { return out + "  \"diagnostics\": []\n}\n" }
        out += "  \"diagnostics\": [\n"
        out += sorted.map { diagnosticJSON($0, files: files) }.joined(separator: ",\n")
        return out + "\n  ]\n}\n"
    }

    private static func diagnosticJSON(_ diagnostic: Diagnostic, files: [String: ParsedFile]) -> String {
        var fields = [
            "      \"severity\": \(JSONText.quote(diagnostic.severity.rawValue))",
            "      \"summary\": \(JSONText.quote(diagnostic.summary))",
            "      \"detail\": \(JSONText.quote(diagnostic.detail))",
        ]
        if let subject = diagnostic.subject {
            fields.append("""
                      "range": {
                        "filename": \(JSONText.quote(subject.filename)),
                        "start": \(position(subject.start)),
                        "end": \(position(subject.end))
                      }
                """)
            if let snippet = DiagnosticSnippet(for: diagnostic, in: files[subject.filename]) {
                fields.append("""
                          "snippet": {
                            "context": \(snippet.context.map(JSONText.quote) ?? "null"),
                            "code": \(JSONText.quote(snippet.code)),
                            "start_line": \(snippet.startLine),
                            "highlight_start_offset": \(snippet.highlightStart),
                            "highlight_end_offset": \(snippet.highlightEnd),
                            "values": []
                          }
                    """)
            }
        }
        return "    {\n" + fields.joined(separator: ",\n") + "\n    }"
    }

    private static func position(_ p: SourcePosition) -> String {
        "{\n          \"line\": \(p.line),\n          \"column\": \(p.column),\n          \"byte\": \(p.byte)\n        }"
    }
}

/// JSON string quoting as Go's encoder does it (HTML-safe escapes for <, > and &).
enum JSONText {
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
