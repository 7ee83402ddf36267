import Foundation

extension Value {
    /// A known string, normalised to Unicode NFC as Terraform stores every string.
    public static func string(_ text: String) -> Value {
        Value(type: .string, content: .string(text.precomposedForTerraform))
    }

    public static func number(_ number: Number) -> Value {
        Value(type: .number, content: .number(number))
    }

    public static func number(_ integer: Int) -> Value {
        Value(type: .number, content: .number(Number(integer)))
    }

    public static func bool(_ flag: Bool) -> Value {
        Value(type: .bool, content: .bool(flag))
    }

    public static let `true` = Value.bool(true)
    public static let `false` = Value.bool(false)

    /// A null of the given type.
    public static func null(_ type: ValueType) -> Value {
        Value(type: type, content: .null)
    }

    /// A value of the given type that is not known until apply.
    public static func unknown(_ type: ValueType) -> Value {
        Value(type: type, content: .unknown)
    }

    /// An unknown value of unknown type, Terraform's `DynamicVal`.
    public static let dynamicUnknown = Value.unknown(.dynamic)

    /// A list; every element must already have `elementType` (convert first).
    public static func list(_ elements: [Value], elementType: ValueType) -> Value {
        Value(type: .list(elementType), content: .elements(elements))
    }

    /// A map; every element must already have `elementType`.
    public static func map(_ elements: [String: Value], elementType: ValueType) -> Value {
        Value(type: .map(elementType), content: .attributes(elements))
    }

    /// A tuple whose type is made of its elements' types.
    public static func tuple(_ elements: [Value]) -> Value {
        Value(type: .tuple(elements.map(\.type)), content: .elements(elements))
    }

    /// An object whose type is made of its attributes' types.
    public static func object(_ attributes: [String: Value]) -> Value {
        Value(type: .object(attributes.mapValues(\.type)), content: .attributes(attributes))
    }

    public static let emptyObject = Value.object([:])
    public static let emptyTuple = Value.tuple([])

    /// A set: elements are deduplicated and put in Terraform's set order; marks on elements
    /// move to the set itself, since set elements cannot carry marks.
    public static func set(_ elements: [Value], elementType: ValueType) -> Value {
        var setMarks = Set<Mark>()
        let unmarkedElements = elements.map { element -> Value in
            let (plain, marks) = element.unmarkedDeep()
            setMarks.formUnion(marks)
            return plain
        }
        let normalised = SetOrdering.normalise(unmarkedElements)
        return Value(type: .set(elementType), content: .elements(normalised), marks: setMarks)
    }

    /// The value with the same content and a different type; for conversions that only relabel.
    func retyped(_ type: ValueType) -> Value {
        Value(type: type, content: content, marks: marks)
    }
}

extension String {
    /// The string in Unicode normalisation form C, the form Terraform keeps every string in.
    var precomposedForTerraform: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return self }
        return precomposedStringWithCanonicalMapping
    }
}
