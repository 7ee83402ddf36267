import Values

extension ConversionFunctions {
    /// `sensitive(value)`: the value marked sensitive, unknown or null alike.
    static let sensitive = Function(
        parameters: [anyValue("value")],
        returnType: { arguments throws(FunctionError) in arguments[0].type },
        implementation: { arguments, _ throws(FunctionError) in arguments[0].marked(.sensitive) }
    )

    /// `nonsensitive(value)`: the value without its own sensitive mark; values nested inside
    /// keep theirs, and a value that was not sensitive is returned as it is.
    static let nonsensitive = Function(
        parameters: [anyValue("value")],
        returnType: { arguments throws(FunctionError) in arguments[0].type },
        implementation: { arguments, _ throws(FunctionError) in
            let (plain, marks) = arguments[0].unmarked()
            return plain.marked(marks.subtracting([.sensitive]))
        }
    )

    /// `issensitive(value)`: whether the value itself is marked sensitive; unknown for an
    /// unknown value that is not.
    static let issensitive = Function(
        parameters: [anyValue("value")],
        returns: .bool
    ) { arguments throws(FunctionError) in
        let value = arguments[0]
        if value.isSensitive { return .true }
        return value.isKnown ? .false : .unknown(.bool)
    }

    /// `ephemeralasnull(value)`: the value with every ephemeral part, at any depth, replaced by
    /// a null of its type (an unknown stays unknown), keeping the other marks.
    static let ephemeralAsNull = Function(
        parameters: [anyValue("value")],
        returnType: { arguments throws(FunctionError) in arguments[0].type },
        implementation: { arguments, _ throws(FunctionError) in withoutEphemeralParts(arguments[0]) }
    )

    private static func withoutEphemeralParts(_ value: Value) -> Value {
        let (plain, marks) = value.unmarked()
        if marks.contains(.ephemeral) {
            let replacement = plain.isKnown ? Value.null(value.type) : Value.unknown(value.type)
            return replacement.marked(marks.subtracting([.ephemeral]))
        }
        guard value.deepMarks.contains(.ephemeral) else { return value }
        let rebuilt: Value
        switch value.type {
        case .list(let element):
            rebuilt = .list((plain.elements ?? []).map(withoutEphemeralParts), elementType: element)
        case .set(let element):
            rebuilt = .set((plain.elements ?? []).map(withoutEphemeralParts), elementType: element)
        case .tuple:
            rebuilt = .tuple((plain.elements ?? []).map(withoutEphemeralParts))
        case .map(let element):
            rebuilt = .map((plain.attributes ?? [:]).mapValues(withoutEphemeralParts), elementType: element)
        case .object:
            rebuilt = .object((plain.attributes ?? [:]).mapValues(withoutEphemeralParts))
        case .string, .number, .bool, .dynamic:
            rebuilt = plain
        }
        return rebuilt.marked(marks)
    }
}
