/// Terraform-style command-line flags for commands whose options are all switches: `-name`,
/// `--name`, `-name=true|false` (any spelling Go accepts: 1, t, T, TRUE, true, True and their
/// opposites). Flags end at the first argument that is not one, at `-` and after `--`.
struct BooleanFlags {
    /// The flag values by name, and the remaining positional arguments.
    var values: [String: Bool]
    var positional: [String]

    /// Why the arguments could not be read, worded as Terraform words it.
    struct ParseError: Error, Equatable {
        var message: String
    }

    /// Parses `arguments` against the known flags and their defaults.
    static func parse(_ arguments: [String], defaults: [String: Bool]) -> Result<BooleanFlags, ParseError> {
        var values = defaults
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            guard argument.count > 1, argument.hasPrefix("-") else { break }
            index += 1
            if argument == "--" { break }
            var body = argument.dropFirst()
            if body.hasPrefix("-") { body = body.dropFirst() }
            if body.isEmpty || body.hasPrefix("-") || body.hasPrefix("=") {
                return .failure(ParseError(message: "bad flag syntax: \(argument)"))
            }
            let name: String
            let text: String?
            if let equals = body.firstIndex(of: "=") {
                name = String(body[..<equals])
                text = String(body[body.index(after: equals)...])
            } else {
                name = String(body)
                text = nil
            }
            guard values[name] != nil else {
                return .failure(ParseError(message: "flag provided but not defined: -\(name)"))
            }
            guard let text else {
                values[name] = true
                continue
            }
            guard let value = boolean(text) else {
                return .failure(ParseError(message: "invalid boolean value \"\(text)\" for -\(name): parse error"))
            }
            values[name] = value
        }
        return .success(BooleanFlags(values: values, positional: Array(arguments[index...])))
    }

    subscript(name: String) -> Bool { values[name] ?? false }

    private static func boolean(_ text: String) -> Bool? {
        switch text {
        case "1", "t", "T", "TRUE", "true", "True": return true
        case "0", "f", "F", "FALSE", "false", "False": return false
        default: return nil
        }
    }
}
