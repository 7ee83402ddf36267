/// The key of one instance of a resource or module: a `count` index or a `for_each` key.
public enum InstanceKey: Sendable, Hashable, Codable, Comparable {
    case index(Int)
    case key(String)

    /// The key as written between brackets: `0`, `"a"`.
    public var text: String {
        switch self {
        case .index(let index): String(index)
        case .key(let key): quotedAddressString(key)
        }
    }

    /// Integer keys sort before string keys, each in its natural order.
    public static func < (lhs: InstanceKey, rhs: InstanceKey) -> Bool {
        switch (lhs, rhs) {
        case (.index(let a), .index(let b)): a < b
        case (.key(let a), .key(let b)): a < b
        case (.index, .key): true
        case (.key, .index): false
        }
    }
}

/// A string as Terraform quotes keys in addresses: Go's `%q` for the common characters.
func quotedAddressString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                result += "\\x" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result + "\""
}
