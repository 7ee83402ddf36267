import HCL
import Values

/// Attribute access and indexing with Terraform's rules and messages.
public enum Navigation {
    /// `value.name`
    public static func attribute(_ name: String, of value: Value, at range: SourceRange, _ diagnostics: inout [Diagnostic]) -> Value {
        let unsupported = "Unsupported attribute"
        if value.isNull {
            diagnostics.append(.error("Attempt to get attribute from null value", "This value is null, so it does not have any attributes.", at: range))
            return .dynamicUnknown
        }
        switch value.type {
        case .object(let attributes, _):
            guard let attributeType = attributes[name] else {
                diagnostics.append(.error(unsupported, "This object does not have an attribute named \(goQuoted(name)).", at: range))
                return .dynamicUnknown
            }
            guard value.isKnown else { return Value.unknown(attributeType).marked(value.marks) }
            return (value.attributes?[name] ?? .null(attributeType)).marked(value.marks)
        case .map(let element):
            guard value.isKnown else { return Value.unknown(element).marked(value.marks) }
            guard let entry = value.attributes?[name] else {
                diagnostics.append(.error("Missing map element", "This map does not have an element with the key \(goQuoted(name)).", at: range))
                return .dynamicUnknown
            }
            return entry.marked(value.marks)
        case .dynamic:
            return Value.dynamicUnknown.marked(value.marks)
        case .list(.object(let attributes, _)):
            let detail = attributes[name] != nil
                ? "Can't access attributes on a list of objects. Did you mean to access attribute \(goQuoted(name)) for a specific element of the list, or across all elements of the list?"
                : "Can't access attributes on a list of objects. Did you mean to access an attribute for a specific element of the list, or across all elements of the list?"
            diagnostics.append(.error(unsupported, detail, at: range))
            return .dynamicUnknown
        case .set(.object):
            diagnostics.append(.error(unsupported, "Can't access attributes on a set of objects. Did you mean to access an attribute across all elements of the set?", at: range))
            return .dynamicUnknown
        case .string, .number, .bool:
            diagnostics.append(.error(unsupported, "Can't access attributes on a primitive-typed value (\(value.type.friendlyName)).", at: range))
            return .dynamicUnknown
        default:
            diagnostics.append(.error(unsupported, "This value does not have any attributes.", at: range))
            return .dynamicUnknown
        }
    }

    /// `collection[key]`. `explainsRange` adds why an out-of-range index is wrong, as Terraform
    /// does for index expressions but not for constant indexes inside a reference.
    public static func index(
        _ key: Value, of collection: Value, at range: SourceRange, explainsRange: Bool = true, _ diagnostics: inout [Diagnostic]
    ) -> Value {
        let invalid = "Invalid index"
        let lead = "The given key does not identify an element in this collection value"
        if collection.isNull {
            diagnostics.append(.error("Attempt to index null value", "This value is null, so it does not have any indices.", at: range))
            return .dynamicUnknown
        }
        if key.isNull {
            diagnostics.append(.error(invalid, "Can't use a null value as an indexing key.", at: range))
            return .dynamicUnknown
        }
        if key.type == .dynamic || collection.type == .dynamic {
            return Value.dynamicUnknown.marked(collection.marks)
        }
        switch collection.type {
        case .list, .tuple, .map:
            let wantType: ValueType = collection.type.isMap ? .string : .number
            let convertedKey: Value
            do {
                convertedKey = try key.converted(to: wantType)
            } catch {
                diagnostics.append(.error(invalid, "\(lead): \(error.message).", at: range))
                return .dynamicUnknown
            }
            let (plainKey, keyMarks) = convertedKey.unmarked()
            guard collection.isKnown, plainKey.isKnown else {
                if collection.type.isTuple { return Value.dynamicUnknown.marked(collection.marks) }
                return Value.unknown(collection.type.elementType ?? .dynamic).marked(collection.marks)
            }
            if let name = plainKey.stringValue {
                guard let entry = collection.attributes?[name] else {
                    diagnostics.append(.error(invalid, "\(lead).", at: range))
                    return .dynamicUnknown
                }
                return entry.marked(collection.marks).marked(keyMarks)
            }
            return sequenceElement(plainKey.numberValue, of: collection, keyMarks: keyMarks, at: range, explainsRange: explainsRange, &diagnostics)
        case .object(let attributes, _):
            let wasNumber = key.type == .number
            let convertedKey: Value
            do {
                convertedKey = try key.converted(to: .string)
            } catch {
                diagnostics.append(.error(invalid, "\(lead): \(error.message).", at: range))
                return .dynamicUnknown
            }
            guard collection.isKnown, convertedKey.isKnown else { return Value.dynamicUnknown.marked(collection.marks) }
            let name = convertedKey.unmarked().0.stringValue ?? ""
            guard let attributeType = attributes[name] else {
                let suffix = wasNumber ? " An object only supports looking up attributes by name, not by numeric index." : ""
                diagnostics.append(.error(invalid, "\(lead).\(suffix)", at: range))
                return .dynamicUnknown
            }
            return (collection.attributes?[name] ?? .null(attributeType)).marked(collection.marks)
        case .set:
            diagnostics.append(.error(invalid, "Elements of a set are identified only by their value and don't have any separate index or key to select with, so it's only possible to perform operations across all elements of the set.", at: range))
            return .dynamicUnknown
        default:
            diagnostics.append(.error(invalid, "This value does not have any indices.", at: range))
            return .dynamicUnknown
        }
    }

    private static func sequenceElement(
        _ number: Number?, of collection: Value, keyMarks: Set<Mark>, at range: SourceRange, explainsRange: Bool,
        _ diagnostics: inout [Diagnostic]
    ) -> Value {
        let lead = "The given key does not identify an element in this collection value"
        let elements = collection.elements ?? []
        guard let number else { return .dynamicUnknown }
        if number < Number(0) {
            diagnostics.append(.error("Invalid index", "\(lead): a negative number is not a valid index for a sequence.", at: range))
            return .dynamicUnknown
        }
        if !number.isInteger {
            diagnostics.append(.error("Invalid index", "\(lead): indexing a sequence requires a whole number, but the given index has a fractional part.", at: range))
            return .dynamicUnknown
        }
        guard let index = number.intValue, index < elements.count else {
            let suffix = elements.isEmpty ? ": the collection has no elements." : !explainsRange ? "." : ": the given index is greater than or equal to the length of the collection."
            diagnostics.append(.error("Invalid index", "\(lead)\(suffix)", at: range))
            return .dynamicUnknown
        }
        return elements[index].marked(collection.marks).marked(keyMarks)
    }
}
