import Values

/// Types printed the way `terraform console` prints the result of `type(x)`: one element or
/// attribute per line, four-space indents, trailing commas.
public enum ConsoleTypeFormat {
    public static func format(_ type: ValueType, indent: Int = 0) -> String {
        let inner = String(repeating: " ", count: indent + 4)
        let outer = String(repeating: " ", count: indent)
        switch type {
        case .string: return "string"
        case .number: return "number"
        case .bool: return "bool"
        case .dynamic: return "dynamic"
        case .list(let element): return "list(\(format(element, indent: indent)))"
        case .set(let element): return "set(\(format(element, indent: indent)))"
        case .map(let element): return "map(\(format(element, indent: indent)))"
        case .tuple(let elements):
            if elements.isEmpty { return "tuple([])" }
            let lines = elements.map { inner + format($0, indent: indent + 4) + ",\n" }.joined()
            return "tuple([\n\(lines)\(outer)])"
        case .object(let attributes, let optional):
            if attributes.isEmpty { return "object({})" }
            let lines = attributes.keys.sorted().map { name -> String in
                let attributeType = format(attributes[name] ?? .dynamic, indent: indent + 4)
                let written = optional.contains(name) ? "optional(\(attributeType))" : attributeType
                return "\(inner)\(name): \(written),\n"
            }.joined()
            return "object({\n\(lines)\(outer)})"
        }
    }
}
