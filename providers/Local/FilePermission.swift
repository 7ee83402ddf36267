import Foundation
import ProviderKit
import Values

/// A file or directory mode written in octal, such as `"0644"`.
enum FilePermission {
    /// The mode `text` gives, when it is an octal number (with an optional sign).
    static func mode(_ text: String) -> Int? {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 21 else { return nil }
        var value = 0
        for character in digits {
            guard let digit = character.wholeNumberValue, character.isASCII, digit < 8 else { return nil }
            value = value * 8 + digit
        }
        return negative ? -value : value
    }

    /// The mode to create a file or directory with; the argument has been validated.
    static func creationMode(_ value: Value?) -> mode_t {
        mode_t(clamping: mode(value?.stringValue ?? "") ?? 0)
    }

    /// The error for a configured permission that is not three or four octal digits of at most
    /// `0777`.
    static func problem(_ name: String, in config: Value) -> ProviderDiagnostic? {
        guard let text = config[attribute: name]?.stringValue else { return nil }
        let summary = "Invalid File Permission String Value"
        guard (3...4).contains(text.utf8.count) else {
            return .error(summary, "bad mode permission: string length should be 3 or 4 digits: " + text, at: [.attribute(name)])
        }
        guard let mode = mode(text), (0...0o777).contains(mode) else {
            return .error(summary, "bad mode permission: string must be expressed in octal numeric notation: " + text, at: [.attribute(name)])
        }
        return nil
    }
}
