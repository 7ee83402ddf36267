import Values

/// Terraform's string functions: case, trimming, searching, splitting and joining, slicing by
/// characters, and `format`/`formatlist`.
public enum StringFunctions {
    public static let all: [String: Function] = [
        "chomp": chomp,
        "endswith": endswith,
        "format": format,
        "formatlist": formatlist,
        "indent": indent,
        "join": join,
        "lower": lower,
        "replace": replace,
        "split": split,
        "startswith": startswith,
        "strcontains": strcontains,
        "strrev": strrev,
        "substr": substr,
        "title": title,
        "trim": trim,
        "trimprefix": trimprefix,
        "trimspace": trimspace,
        "trimsuffix": trimsuffix,
        "upper": upper,
    ]

    static let chomp = stringTransform { text in
        GoStrings.trimmingTrailing(text) { $0 == "\n" || $0 == "\r" }
    }

    static let lower = stringTransform(allowsDynamicType: true, GoCaseMapping.lowercased)
    static let upper = stringTransform(allowsDynamicType: true, GoCaseMapping.uppercased)
    static let title = stringTransform(GoCaseMapping.titled)
    static let strrev = stringTransform(allowsDynamicType: true) { String($0.reversed()) }
    static let trimspace = stringTransform { GoStrings.trimming($0, where: GoStrings.isSpace) }

    static let trim = stringCombination("str", "cutset") { text, cutset in
        let cut = Set(cutset.unicodeScalars)
        return .string(GoStrings.trimming(text) { cut.contains($0) })
    }

    static let trimprefix = stringCombination("str", "prefix") { .string(GoStrings.trimmingPrefix($0, $1)) }
    static let trimsuffix = stringCombination("str", "suffix") { .string(GoStrings.trimmingSuffix($0, $1)) }
    static let endswith = stringCombination("str", "suffix", returns: .bool) { .bool(GoStrings.hasSuffix($0, $1)) }
    static let strcontains = stringCombination("str", "substr", returns: .bool) { .bool(GoStrings.contains($0, $1)) }

    /// `startswith` can answer for an unknown string when the prefix is empty.
    static let startswith = Function(
        parameters: [FunctionParameter("str", .string, allowsUnknown: true), FunctionParameter("prefix", .string)],
        returns: .bool
    ) { arguments throws(FunctionError) in
        let prefix = try string(arguments[1])
        guard arguments[0].isKnown else { return prefix.isEmpty ? .true : .unknown(.bool) }
        return .bool(GoStrings.hasPrefix(try string(arguments[0]), prefix))
    }

    static let split = Function(
        parameters: [FunctionParameter("separator", .string), FunctionParameter("str", .string)],
        returns: .list(.string)
    ) { arguments throws(FunctionError) in
        let pieces = GoStrings.split(try string(arguments[1]), separator: try string(arguments[0]))
        return .list(pieces.map(Value.string), elementType: .string)
    }

    static let join = Function(
        parameters: [FunctionParameter("separator", .string)],
        variadic: FunctionParameter("lists", .list(.string)),
        returns: .string
    ) { arguments throws(FunctionError) in
        let separator = try string(arguments[0])
        let lists = arguments.dropFirst()
        guard !lists.isEmpty else { throw .call("at least one list is required") }
        if !lists.allSatisfy(\.isWhollyKnown) { return .unknown(.string) }
        var pieces: [String] = []
        for (offset, list) in lists.enumerated() {
            for (index, element) in (list.elements ?? []).enumerated() {
                guard let text = element.stringValue else {
                    let which = lists.count > 1 ? "element \(index) of list \(offset + 1)" : "element \(index)"
                    throw .argument(index: offset + 1, message: "\(which) is null; cannot concatenate null values")
                }
                pieces.append(text)
            }
        }
        return .string(pieces.joined(separator: separator))
    }

    static let indent = Function(
        parameters: [FunctionParameter("spaces", .number), FunctionParameter("str", .string)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let spaces = try wholeNumber(arguments[0])
        guard spaces >= 0 else {
            throw .call("panic in function implementation: strings: negative Repeat count")
        }
        guard spaces <= maximumRepeat else {
            throw .call("panic in function implementation: strings: Repeat output length overflow")
        }
        let padding = String(repeating: " ", count: spaces)
        return .string(GoStrings.replacingAll(try string(arguments[1]), "\n", with: "\n" + padding))
    }

    /// `replace` of every occurrence of a plain substring. In Terraform a search string written
    /// `/pattern/` is a regular expression; this function does not evaluate those, and such a
    /// call fails.
    static let replace = Function(
        parameters: [
            FunctionParameter("str", .string), FunctionParameter("substr", .string),
            FunctionParameter("replace", .string),
        ],
        returns: .string
    ) { arguments throws(FunctionError) in
        let substring = try string(arguments[1])
        if isRegularExpression(substring) {
            let pattern = String(substring.dropFirst().dropLast())
            return .string(try regexReplace(try string(arguments[0]), pattern: pattern, replacement: try string(arguments[2])))
        }
        return .string(GoStrings.replacingAll(try string(arguments[0]), substring, with: try string(arguments[2])))
    }

    /// `substr` counts in grapheme clusters; a negative offset counts from the end, and a
    /// negative length takes the rest of the string.
    static let substr = Function(
        parameters: [
            FunctionParameter("str", .string, allowsDynamicType: true),
            FunctionParameter("offset", .number, allowsDynamicType: true),
            FunctionParameter("length", .number, allowsDynamicType: true),
        ],
        returns: .string
    ) { arguments throws(FunctionError) in
        let text = try string(arguments[0])
        var offset = try wholeNumber(arguments[1])
        let length = try wholeNumber(arguments[2])
        let characters = Array(text)
        if offset < 0 {
            offset &+= characters.count
        } else if length == 0 {
            return .string("")
        }
        guard offset < characters.count else { return .string("") }
        let rest = characters[max(offset, 0)...]
        // Terraform takes the whole rest for length 0 too when the offset was negative.
        return .string(String(length <= 0 ? rest : rest.prefix(length)))
    }

    /// Whether `replace` treats its search string as a regular expression: it is longer than one
    /// character and both starts and ends with a slash.
    static func isRegularExpression(_ substring: String) -> Bool {
        let slash = UInt8(ascii: "/")
        return substring.utf8.count > 1 && substring.utf8.first == slash && substring.utf8.last == slash
    }

    /// The longest run of spaces `indent` builds, so that a huge count cannot exhaust memory.
    private static let maximumRepeat = 1 << 30

    /// A function of one string giving a string.
    private static func stringTransform(
        allowsDynamicType: Bool = false, _ transform: @escaping @Sendable (String) -> String
    ) -> Function {
        Function(
            parameters: [FunctionParameter("str", .string, allowsDynamicType: allowsDynamicType)],
            returns: .string
        ) { arguments throws(FunctionError) in
            .string(transform(try string(arguments[0])))
        }
    }

    /// A function of two strings.
    private static func stringCombination(
        _ first: String, _ second: String, returns type: ValueType = .string,
        _ combine: @escaping @Sendable (String, String) -> Value
    ) -> Function {
        Function(
            parameters: [FunctionParameter(first, .string), FunctionParameter(second, .string)],
            returns: type
        ) { arguments throws(FunctionError) in
            combine(try string(arguments[0]), try string(arguments[1]))
        }
    }

    /// The text of a known, non-null string argument.
    static func string(_ value: Value) throws(FunctionError) -> String {
        guard let text = value.stringValue else { throw .call("a string is required") }
        return text
    }

    /// A number argument as a whole number in Go's `int` range, as Terraform reads counts and
    /// offsets.
    static func wholeNumber(_ value: Value) throws(FunctionError) -> Int {
        guard let number = value.numberValue, number.isInteger, let whole = number.int64Value else {
            throw .call("value must be a whole number, between \(Int64.min) and \(Int64.max)")
        }
        return Int(whole)
    }
}
