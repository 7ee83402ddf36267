import Testing
@testable import Values

@Suite("Conversion and unification")
struct ConversionTests {
    @Test("a number converts to its shortest decimal string")
    func numberToString() throws {
        let value = try Value.number(Number(parsing: "1.50")!).converted(to: .string)
        #expect(value == .string("1.5"))
    }

    @Test("a string that is not a number fails with Terraform's message")
    func badStringToNumber() {
        #expect(throws: ConversionError(message: "a number is required")) {
            try Value.string("abc").converted(to: .number)
        }
    }

    @Test("\"1\" and \"0\" convert to bool, \"True\" asks for lowercase")
    func stringToBool() throws {
        #expect(try Value.string("1").converted(to: .bool) == .true)
        #expect(try Value.string("0").converted(to: .bool) == .false)
        #expect(throws: ConversionError(message: "a bool is required; to convert from string, use lowercase \"true\"")) {
            try Value.string("True").converted(to: .bool)
        }
    }

    @Test("a tuple of mixed primitives becomes a list of strings")
    func tupleToList() throws {
        let value = try Value.tuple([.number(1), .string("a")]).converted(to: .list(.dynamic))
        #expect(value == .list([.string("1"), .string("a")], elementType: .string))
    }

    @Test("a tuple of a bool and a number cannot become a list")
    func impossibleList() {
        #expect(throws: ConversionError(message: "all list elements must have the same type")) {
            try Value.tuple([.bool(true), .number(1)]).converted(to: .list(.dynamic))
        }
    }

    @Test("objects missing a required attribute name it")
    func missingAttribute() {
        let want = ValueType.object(["name": .string, "port": .number])
        #expect(throws: ConversionError(message: "attribute \"port\" is required")) {
            try Value.object(["name": .string("web")]).converted(to: want)
        }
    }

    @Test("optional attributes become null when absent and extra ones are dropped")
    func optionalAttributes() throws {
        let want = ValueType.object(["name": .string, "port": .number], optional: ["port"])
        let value = try Value.object(["name": .string("web"), "extra": .true]).converted(to: want)
        #expect(value == .object(["name": .string("web"), "port": .null(.number)]))
    }

    @Test("unknown and null values keep their state through conversion")
    func unknownAndNull() throws {
        #expect(try Value.unknown(.number).converted(to: .string) == .unknown(.string))
        #expect(try Value.null(.dynamic).converted(to: .list(.string)) == .null(.list(.string)))
    }

    @Test("sensitive marks survive conversion")
    func marks() throws {
        let value = try Value.number(3).marked(.sensitive).converted(to: .string)
        #expect(value.marks == [.sensitive])
        #expect(value.stringValue == "3")
    }

    @Test("unification prefers string among primitives and fails for number with bool")
    func unifyPrimitives() {
        #expect(Unification.unify([.number, .string], unsafe: false) == .string)
        #expect(Unification.unify([.number, .bool], unsafe: true) == nil)
    }

    @Test("objects with different attributes unify to a map when their values agree")
    func unifyObjectsToMap() {
        let types: [ValueType] = [.object(["a": .number]), .object(["b": .number])]
        #expect(Unification.unify(types, unsafe: true) == .map(.number))
    }

    @Test("sets are deduplicated and ordered: numbers by value, strings by bytes")
    func setOrdering() {
        let numbers = Value.set([.number(10), .number(2), .number(2)], elementType: .number)
        #expect(numbers.elements == [.number(2), .number(10)])
        let strings = Value.set([.string("b"), .string("B"), .string("a")], elementType: .string)
        #expect(strings.elements == [.string("B"), .string("a"), .string("b")])
    }

    @Test("equality: nulls of any type are equal, unknowns make it unknown, types must match")
    func equality() {
        #expect(Value.null(.string).equals(.null(.number)) == .true)
        #expect(Value.number(1).equals(.unknown(.number)) == .unknown(.bool))
        #expect(Value.number(1).equals(.string("1")) == .false)
        #expect(Value.tuple([.number(1)]).equals(.tuple([.number(1)])) == .true)
    }
}
