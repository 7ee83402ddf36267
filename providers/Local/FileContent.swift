import ProviderKit
import Values

/// The bytes a file resource writes, from whichever content argument its plan sets.
enum FileContent {
    /// `sensitive_content`, else the decoded `content_base64`, else the file `source` names,
    /// else `content`.
    static func bytes(of planned: Value) throws -> [UInt8] {
        if let text = setText("sensitive_content", in: planned) {
            return Array(text.utf8)
        }
        if let encoded = setText("content_base64", in: planned) {
            return try Base64Text.decode(encoded)
        }
        if let source = setText("source", in: planned) {
            return try FileSystem.contents(of: source)
        }
        return Array((planned[attribute: "content"]?.stringValue ?? "").utf8)
    }

    private static func setText(_ name: String, in planned: Value) -> String? {
        planned[attribute: name]?.stringValue
    }
}
