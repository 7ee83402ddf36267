import HCL
import Values

/// What `count` and `for_each` values must be, with Terraform's messages. Unknown values pass
/// here; whether they may be unknown depends on the caller (validate allows it, plan does not).
public enum RepetitionRules {
    /// Problems with a `count` value; the number of instances when it is known and valid.
    public static func count(_ value: Value, at range: SourceRange) -> (Int?, [Diagnostic]) {
        let invalid = { (detail: String) in Diagnostic.error("Invalid count argument", detail, at: range) }
        let number: Value
        do {
            number = try value.converted(to: .number)
        } catch {
            return (nil, [.error("Incorrect value type", "Invalid expression value: \(ConversionMessage.text(error)).", at: range)])
        }
        if number.isNull {
            return (nil, [invalid("The given \"count\" argument value is null. An integer is required.")])
        }
        guard number.isKnown, let count = number.unmarked().0.numberValue else { return (nil, []) }
        guard count.isInteger, let whole = count.int64Value, let small = Int(exactly: whole) else {
            return (nil, [invalid("The given \"count\" argument value is unsuitable: value must be a whole number, between -9223372036854775808 and 9223372036854775807.")])
        }
        if small < 0 {
            return (nil, [invalid("The given \"count\" argument value is unsuitable: must be greater than or equal to zero.")])
        }
        return (small, [])
    }

    /// Problems with a `for_each` value: a map, an object or a set of strings, not sensitive.
    public static func forEach(_ value: Value, at range: SourceRange) -> [Diagnostic] {
        let invalid = { (summary: String, detail: String) in Diagnostic.error(summary, detail, at: range) }
        if value.containsMarks {
            return [invalid(
                "Invalid for_each argument",
                "Sensitive values, or values derived from sensitive values, cannot be used as for_each arguments. If used, the sensitive value could be exposed as a resource instance key.")]
        }
        if value.isNull {
            return [invalid(
                "Invalid for_each argument",
                "The given \"for_each\" argument value is unsuitable: the given \"for_each\" argument value is null. A map, or set of strings is allowed.")]
        }
        switch value.type {
        case .dynamic, .map, .object:
            return []
        case .set(let element):
            guard value.isWhollyKnown else { return [] }
            if element != .string && (value.count ?? 0) > 0 {
                return [invalid(
                    "Invalid for_each set argument",
                    "The given \"for_each\" argument value is unsuitable: \"for_each\" supports maps and sets of strings, but you have provided a set containing type \(element.friendlyName).")]
            }
            if value.elements?.contains(where: \.isNull) == true {
                return [invalid(
                    "Invalid for_each set argument",
                    "The given \"for_each\" argument value is unsuitable: \"for_each\" sets must not contain null values.")]
            }
            return []
        default:
            return [invalid(
                "Invalid for_each argument",
                "The given \"for_each\" argument value is unsuitable: the \"for_each\" argument must be a map, or set of strings, and you have provided a value of type \(value.type.friendlyName).")]
        }
    }
}
