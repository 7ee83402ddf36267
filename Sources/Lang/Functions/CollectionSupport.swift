import Values

/// Argument readings shared by the collection and numeric functions, with Terraform's wording
/// for what goes wrong.
enum CollectionSupport {
    /// Go's complaint about a number that is not a whole number in the range of an `int`.
    static let wholeNumberRequirement = "value must be a whole number, between \(Int64.min) and \(Int64.max)"

    /// A number argument as a Go `int`; a problem is a call error whose message starts with
    /// `prefix` ("invalid index: value must be a whole number, …").
    static func integer(_ value: Value, prefix: String = "") throws(FunctionError) -> Int {
        guard let whole = value.numberValue?.int64Value else { throw .call(prefix + wholeNumberRequirement) }
        return Int(whole)
    }

    /// A number argument as a Go `int`; a problem is reported against argument `index`.
    static func integer(_ value: Value, argument index: Int, prefix: String = "") throws(FunctionError) -> Int {
        guard let whole = value.numberValue?.int64Value else {
            throw .argument(index: index, message: prefix + wholeNumberRequirement)
        }
        return Int(whole)
    }

    /// How an error message shows a string that may be secret: `(sensitive value)` when any of
    /// `marks` is sensitive, otherwise Go-quoted.
    static func redacted(_ text: String, marks: Set<Mark>) -> String {
        marks.contains(.sensitive) ? "(sensitive value)" : goQuoted(text)
    }

    /// The conversion of `value` to `type`, with a failure reported against argument `index`.
    static func converted(_ value: Value, to type: ValueType, argument index: Int) throws(FunctionError) -> Value {
        do {
            return try value.converted(to: type)
        } catch {
            throw .argument(index: index, message: error.message)
        }
    }

    /// A list, set or tuple type: the kinds of value whose elements have positions or can be
    /// walked in order.
    static func isSequence(_ type: ValueType) -> Bool {
        type.isList || type.isSet || type.isTuple
    }

    /// The number of elements when it is settled: a set holding several elements with unknowns
    /// among them may still shrink once they are known, and an unknown value has no count.
    static func knownCount(_ value: Value) -> Int? {
        guard let count = value.count else { return nil }
        if value.type.isSet && count > 1 && !value.isWhollyKnown { return nil }
        return count
    }

    /// Keys in Terraform's order: by their UTF-8 bytes.
    static func sortedKeys(_ keys: some Sequence<String>) -> [String] {
        keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
