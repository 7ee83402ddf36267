import Values

/// Terraform's `regex` and `regexall`: apply an RE2 pattern to a string and return the match,
/// its unnamed groups as a tuple, or its named groups as an object.
public enum RegexFunctions {
    public static let all: [String: Function] = ["regex": regex, "regexall": regexAll]

    static let regex = Function(
        parameters: parameters,
        returnType: { arguments throws(FunctionError) in
            guard let pattern = arguments[0].stringValue else { return .dynamic }
            return try resultType(of: compile(pattern))
        },
        implementation: { arguments, returnType throws(FunctionError) in
            let regex = try compile(arguments[0].stringValue ?? "")
            guard let match = regex.firstMatch(in: arguments[1].stringValue ?? "") else {
                throw .call("pattern did not match any part of the given string")
            }
            return result(of: match, groupNames: regex.groupNames, type: returnType)
        }
    )

    static let regexAll = Function(
        parameters: parameters,
        returnType: { arguments throws(FunctionError) in
            guard let pattern = arguments[0].stringValue else { return .list(.dynamic) }
            return .list(try resultType(of: compile(pattern)))
        },
        implementation: { arguments, returnType throws(FunctionError) in
            let regex = try compile(arguments[0].stringValue ?? "")
            let elementType = returnType.elementType ?? .dynamic
            let matches = regex.allMatches(in: arguments[1].stringValue ?? "")
            let results = matches.map { result(of: $0, groupNames: regex.groupNames, type: elementType) }
            return .list(results, elementType: elementType)
        }
    )

    private static let parameters = [FunctionParameter("pattern", .string), FunctionParameter("string", .string)]

    private static func compile(_ pattern: String) throws(FunctionError) -> RegexPattern {
        do {
            return try RegexPattern(pattern)
        } catch {
            throw .argument(
                index: 0, message: "invalid regexp pattern: \(error.code.rawValue) in \(error.expression)")
        }
    }

    /// A string without groups, a tuple of strings for unnamed groups, an object for named
    /// ones; mixing the two is an error.
    private static func resultType(of regex: RegexPattern) throws(FunctionError) -> ValueType {
        let names = regex.groupNames
        let named = names.filter { !$0.isEmpty }
        if names.isEmpty { return .string }
        if named.isEmpty { return .tuple(Array(repeating: .string, count: names.count)) }
        guard named.count == names.count else {
            throw .argument(
                index: 0, message: "invalid regexp pattern: cannot mix both named and unnamed capture groups")
        }
        return .object(Dictionary(named.map { ($0, ValueType.string) }, uniquingKeysWith: { first, _ in first }))
    }

    /// One match as a value of `type`; a group that took no part in the match is null.
    private static func result(of match: RegexMatch, groupNames: [String], type: ValueType) -> Value {
        func group(_ index: Int) -> Value { match.group(index).map(Value.string) ?? .null(.string) }
        switch type {
        case .tuple:
            return .tuple(groupNames.indices.map { group($0 + 1) })
        case .object:
            var attributes: [String: Value] = [:]
            for (offset, name) in groupNames.enumerated() { attributes[name] = group(offset + 1) }
            return .object(attributes)
        default:
            return .string(match.text)
        }
    }
}
