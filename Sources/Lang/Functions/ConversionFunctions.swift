import Values

/// Terraform's explicit type conversions (`tostring`, `tonumber`, `tobool`, `tolist`, `toset`,
/// `tomap`) and the functions that read or change a value's sensitivity and ephemerality.
public enum ConversionFunctions {
    public static let all: [String: Function] = [
        "tobool": converter(to: .bool, described: "bool"),
        "tolist": converter(to: .list(.dynamic), described: "list of any single type"),
        "tomap": converter(to: .map(.dynamic), described: "map of any single type"),
        "tonumber": converter(to: .number, described: "number"),
        "toset": converter(to: .set(.dynamic), described: "set of any single type"),
        "tostring": converter(to: .string, described: "string"),
        "sensitive": sensitive,
        "nonsensitive": nonsensitive,
        "issensitive": issensitive,
        "ephemeralasnull": ephemeralAsNull,
    ]

    /// The one parameter of these functions: any value at all, passed through untouched, so
    /// that the function itself decides about nulls, unknowns and marks.
    static func anyValue(_ name: String) -> FunctionParameter {
        FunctionParameter(
            name, .dynamic, allowsNull: true, allowsUnknown: true, allowsDynamicType: true, allowsMarked: true)
    }

    /// A `to...` function: converts its argument to `target` as Terraform converts arguments,
    /// with messages written for an explicit conversion. `described` is how the messages name
    /// the target.
    static func converter(to target: ValueType, described targetName: String) -> Function {
        Function(
            parameters: [anyValue("v")],
            returnType: { arguments throws(FunctionError) in
                let given = arguments[0].type
                guard given.canConvert(to: target) else {
                    throw .argument(index: 0, message: "cannot convert \(given.friendlyName) to \(targetName)")
                }
                return target
            },
            implementation: { arguments, returnType throws(FunctionError) in
                let value = arguments[0]
                guard value.isKnown else { return Value.unknown(returnType).marked(value.marks) }
                do {
                    return try value.converted(to: returnType)
                } catch {
                    throw .argument(index: 0, message: failure(converting: value, to: target, described: targetName))
                }
            }
        )
    }

    /// Why `value` could not become `target` although its type can: never showing a sensitive
    /// value, and quoting a string that is not a bool or a number.
    private static func failure(converting value: Value, to target: ValueType, described targetName: String) -> String {
        let (plain, marks) = value.unmarkedDeep()
        if marks.contains(.sensitive) {
            return "cannot convert this sensitive \(plain.type.friendlyName) to \(targetName)"
        }
        let quoted = plain.stringValue.map(goQuoted) ?? "string"
        switch (plain.type, target) {
        case (.string, .bool):
            return "cannot convert \(quoted) to bool; only the strings \"true\" or \"false\" are allowed"
        case (.string, .number):
            return "cannot convert \(quoted) to number; given string must be a decimal representation of a number"
        default:
            return "cannot convert \(plain.type.friendlyName) to \(targetName)"
        }
    }
}
