import Testing
import Values
@testable import Lang

/// Expected results are Terraform 1.15.5's, taken from `terraform console`.
@Suite("Type conversion and sensitivity functions")
struct ConversionFunctionsTests {
    private func call(_ name: String, _ argument: Value) throws(FunctionError) -> Value {
        guard let function = ConversionFunctions.all[name] else { throw .call("no function \(name)") }
        return try function.call([argument])
    }

    private func failure(_ name: String, _ argument: Value) -> FunctionError? {
        do throws(FunctionError) {
            _ = try call(name, argument)
            return nil
        } catch {
            return error
        }
    }

    private func invalid(_ message: String) -> FunctionError {
        .argument(index: 0, message: message)
    }

    private let secret = Value.string("hunter2").marked(.sensitive)

    @Test("tobool accepts bools and the strings true, false, 1 and 0")
    func toBool() throws {
        #expect(try call("tobool", .true) == .true)
        #expect(try call("tobool", .string("false")) == .false)
        #expect(try call("tobool", .string("1")) == .true)
        #expect(try call("tobool", .null(.dynamic)) == .null(.bool))
        #expect(try call("tobool", Value.string("true").marked(.sensitive)) == Value.true.marked(.sensitive))
        for text in ["True", "TRUE", "yes", ""] {
            #expect(failure("tobool", .string(text))
                == invalid("cannot convert \"\(text)\" to bool; only the strings \"true\" or \"false\" are allowed"))
        }
        #expect(failure("tobool", .number(1)) == invalid("cannot convert number to bool"))
        #expect(failure("tobool", .emptyTuple) == invalid("cannot convert tuple to bool"))
        #expect(failure("tobool", Value.string("yes").marked(.sensitive)) == invalid("cannot convert this sensitive string to bool"))
    }

    @Test("tonumber reads decimal strings only")
    func toNumber() throws {
        #expect(try call("tonumber", .number(42)) == .number(42))
        #expect(try call("tonumber", .string("42")) == .number(42))
        #expect(try call("tonumber", .string("1e3")) == .number(1000))
        #expect(try call("tonumber", .string("-1.5")).numberValue?.description == "-1.5")
        #expect(try call("tonumber", .null(.dynamic)) == .null(.number))
        for text in ["0x10", " 1", "", "abc", "Infinity", "1_000"] {
            #expect(failure("tonumber", .string(text)) == invalid(
                "cannot convert \(goQuoted(text)) to number; given string must be a decimal representation of a number"))
        }
        #expect(failure("tonumber", .true) == invalid("cannot convert bool to number"))
        #expect(failure("tonumber", .tuple([.number(1)])) == invalid("cannot convert tuple to number"))
        #expect(failure("tonumber", Value.string("abc").marked(.sensitive)) == invalid("cannot convert this sensitive string to number"))
    }

    @Test("tostring prints numbers and bools and refuses structures")
    func toString() throws {
        #expect(try call("tostring", .string("hello")) == .string("hello"))
        #expect(try call("tostring", .number(1)) == .string("1"))
        #expect(try call("tostring", .false) == .string("false"))
        #expect(try call("tostring", .null(.dynamic)) == .null(.string))
        #expect(try call("tostring", Value.number(1).marked(.sensitive)) == Value.string("1").marked(.sensitive))
        #expect(failure("tostring", .emptyTuple) == invalid("cannot convert tuple to string"))
        #expect(failure("tostring", .emptyObject) == invalid("cannot convert object to string"))
        #expect(failure("tostring", Value.emptyTuple.marked(.sensitive)) == invalid("cannot convert tuple to string"))
    }

    @Test("tolist and toset unify a tuple's element types; tomap an object's")
    func toCollections() throws {
        let mixed = Value.tuple([.string("a"), .number(1), .true])
        #expect(try call("tolist", mixed) == .list([.string("a"), .string("1"), .string("true")], elementType: .string))
        #expect(try call("toset", .tuple([.number(1), .string("a")]))
            == .set([.string("1"), .string("a")], elementType: .string))
        #expect(try call("tomap", .object(["a": .number(1), "b": .string("x")]))
            == .map(["a": .string("1"), "b": .string("x")], elementType: .string))
        #expect(try call("tolist", .set([.string("c"), .string("a")], elementType: .string))
            == .list([.string("a"), .string("c")], elementType: .string))
        #expect(try call("tolist", .emptyTuple).type == .list(.dynamic))
        #expect(try call("tolist", .null(.dynamic)) == .null(.list(.dynamic)))
        #expect(try call("tolist", .tuple([Value.string("a").marked(.sensitive), .string("b")]))
            == .list([Value.string("a").marked(.sensitive), .string("b")], elementType: .string))
    }

    @Test("tolist, toset and tomap name the single type they could not find")
    func toCollectionErrors() {
        #expect(failure("tolist", .tuple([.number(1), .tuple([.number(2)])]))
            == invalid("cannot convert tuple to list of any single type"))
        #expect(failure("tolist", .string("a")) == invalid("cannot convert string to list of any single type"))
        #expect(failure("tolist", .map(["a": .number(1)], elementType: .number))
            == invalid("cannot convert map of number to list of any single type"))
        #expect(failure("toset", .object(["a": .number(1)])) == invalid("cannot convert object to set of any single type"))
        #expect(failure("tomap", .object(["a": .tuple([.number(1)]), "b": .string("x")]))
            == invalid("cannot convert object to map of any single type"))
        #expect(failure("tomap", .list([.number(1)], elementType: .number))
            == invalid("cannot convert list of number to map of any single type"))
    }

    @Test("an unknown argument gives an unknown of the target type, keeping its marks")
    func unknowns() throws {
        #expect(try call("tostring", .unknown(.number)) == .unknown(.string))
        #expect(try call("tolist", .dynamicUnknown) == .unknown(.list(.dynamic)))
        #expect(try call("tonumber", Value.unknown(.string).marked(.sensitive)) == Value.unknown(.number).marked(.sensitive))
        #expect(failure("tonumber", .unknown(.bool)) == invalid("cannot convert bool to number"))
    }

    @Test("sensitive marks any value, null and unknown included")
    func sensitive() throws {
        #expect(try call("sensitive", .string("x")) == Value.string("x").marked(.sensitive))
        #expect(try call("sensitive", .null(.dynamic)) == Value.null(.dynamic).marked(.sensitive))
        #expect(try call("sensitive", .dynamicUnknown) == Value.dynamicUnknown.marked(.sensitive))
        #expect(try call("sensitive", secret) == secret)
    }

    @Test("nonsensitive removes only the value's own mark and accepts values that are not sensitive")
    func nonsensitive() throws {
        #expect(try call("nonsensitive", secret) == .string("hunter2"))
        #expect(try call("nonsensitive", .string("x")) == .string("x"))
        #expect(try call("nonsensitive", .null(.dynamic)) == .null(.dynamic))
        let nested = Value.tuple([Value.number(1).marked(.sensitive)])
        #expect(try call("nonsensitive", nested) == nested)
        #expect(try call("nonsensitive", Value.unknown(.string).marked(.sensitive)) == .unknown(.string))
        let both = Value.string("x").marked([.sensitive, .ephemeral])
        #expect(try call("nonsensitive", both) == Value.string("x").marked(.ephemeral))
    }

    @Test("issensitive looks at the value itself; unknown when an unmarked value is unknown")
    func issensitive() throws {
        #expect(try call("issensitive", secret) == .true)
        #expect(try call("issensitive", .string("x")) == .false)
        #expect(try call("issensitive", .tuple([secret])) == .false)
        #expect(try call("issensitive", .null(.dynamic)) == .false)
        #expect(try call("issensitive", Value.null(.dynamic).marked(.sensitive)) == .true)
        #expect(try call("issensitive", .unknown(.string)) == .unknown(.bool))
        #expect(try call("issensitive", Value.unknown(.string).marked(.sensitive)) == .true)
    }

    @Test("ephemeralasnull nulls ephemeral parts at any depth and keeps other marks")
    func ephemeralAsNull() throws {
        #expect(try call("ephemeralasnull", .string("x")) == .string("x"))
        #expect(try call("ephemeralasnull", secret) == secret)
        #expect(try call("ephemeralasnull", Value.string("x").marked(.ephemeral)) == .null(.string))
        #expect(try call("ephemeralasnull", Value.string("x").marked([.ephemeral, .sensitive]))
            == Value.null(.string).marked(.sensitive))
        #expect(try call("ephemeralasnull", Value.unknown(.number).marked(.ephemeral)) == .unknown(.number))
        let object = Value.object(["a": Value.string("x").marked(.ephemeral), "b": .number(1)])
        #expect(try call("ephemeralasnull", object.marked(.sensitive))
            == Value.object(["a": .null(.string), "b": .number(1)]).marked(.sensitive))
        let list = Value.list([.string("a"), Value.string("b").marked(.ephemeral)], elementType: .string)
        #expect(try call("ephemeralasnull", list) == .list([.string("a"), .null(.string)], elementType: .string))
    }
}
