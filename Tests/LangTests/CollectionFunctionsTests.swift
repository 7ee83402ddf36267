import Testing
@testable import Lang
import Values

/// Calls a collection function with arguments already of its parameters' types.
private func call(_ name: String, _ arguments: Value...) throws -> Value {
    let function = try #require(CollectionFunctions.all[name], "no function \(name)")
    return try function.call(arguments)
}

/// The error a call fails with.
private func failure(_ name: String, _ arguments: Value...) throws -> FunctionError? {
    let function = try #require(CollectionFunctions.all[name], "no function \(name)")
    do {
        _ = try function.call(arguments)
        return nil
    } catch {
        return error
    }
}

private func strings(_ texts: String...) -> Value { .tuple(texts.map(Value.string)) }
private func stringList(_ texts: String...) -> Value { .list(texts.map(Value.string), elementType: .string) }
private func numberList(_ numbers: Int...) -> Value { .list(numbers.map(Value.number), elementType: .number) }
private func stringSet(_ texts: String...) -> Value { .set(texts.map(Value.string), elementType: .string) }
private let secret = Mark.sensitive
private let unknownString = Value.unknown(.string)

@Suite("Collection functions")
struct CollectionFunctionsTests {
    // MARK: alltrue, anytrue, length, sum

    @Test("alltrue is false at a null or false, unknown at an unknown met first")
    func alltrue() throws {
        #expect(try call("alltrue", .list([.true, .true], elementType: .bool)) == .true)
        #expect(try call("alltrue", .list([], elementType: .bool)) == .true)
        #expect(try call("alltrue", .list([.true, .null(.bool)], elementType: .bool)) == .false)
        #expect(try call("alltrue", .list([.unknown(.bool), .false], elementType: .bool)) == .unknown(.bool))
        #expect(try call("alltrue", .list([.false, .unknown(.bool)], elementType: .bool)) == .false)
    }

    @Test("anytrue is true at a true even after unknowns, and carries sensitivity")
    func anytrue() throws {
        #expect(try call("anytrue", .list([.unknown(.bool), .true], elementType: .bool)) == .true)
        #expect(try call("anytrue", .list([.unknown(.bool), .false], elementType: .bool)) == .unknown(.bool))
        #expect(try call("anytrue", .list([.null(.bool)], elementType: .bool)) == .false)
        #expect(try call("anytrue", .list([Value.true.marked(secret)], elementType: .bool)) == Value.true.marked(secret))
    }

    @Test("length counts graphemes, elements and attributes; a tuple's is known from its type")
    func length() throws {
        #expect(try call("length", .string("héllo")) == .number(5))
        #expect(try call("length", .string("👨‍👩‍👧")) == .number(1))
        #expect(try call("length", .tuple([unknownString, .string("a")])) == .number(2))
        #expect(try call("length", .object(["a": .number(1), "b": .unknown(.number)])) == .number(2))
        #expect(try call("length", stringSet("a", "b")) == .number(2))
        #expect(try call("length", .unknown(.list(.string))) == .unknown(.number))
        #expect(try call("length", unknownString) == .unknown(.number))
        #expect(try call("length", .dynamicUnknown) == .unknown(.number))
    }

    @Test("length of a set with unknowns is known only for a single element")
    func lengthOfSetWithUnknowns() throws {
        #expect(try call("length", .set([unknownString], elementType: .string)) == .number(1))
        #expect(try call("length", .set([unknownString, .string("a")], elementType: .string)) == .unknown(.number))
    }

    @Test("length keeps the collection's own marks, not its elements'")
    func lengthMarks() throws {
        #expect(try call("length", numberList(1, 2).marked(secret)) == Value.number(2).marked(secret))
        #expect(try call("length", .tuple([.string("a"), Value.string("b").marked(secret)])) == .number(2))
        #expect(try call("length", Value.string("abc").marked(secret)) == Value.number(3).marked(secret))
    }

    @Test("length rejects numbers and bools")
    func lengthErrors() throws {
        #expect(try failure("length", .number(1)) == .call("argument must be a string, a collection type, or a structural type"))
        #expect(try failure("length", .null(.list(.string))) == .argument(index: 0, message: "argument must not be null"))
    }

    @Test("sum adds exactly and explains what it cannot add")
    func sum() throws {
        let numbers = Value.tuple([.number(10), .number(13), .number(6), .number(try #require(Number(parsing: "4.5")))])
        #expect(try call("sum", numbers) == .number(try #require(Number(parsing: "33.5"))))
        #expect(try call("sum", .tuple([.string("1"), .number(2)])) == .number(3))
        #expect(try call("sum", .tuple([.unknown(.number), .number(1)])) == .unknown(.number))
        #expect(try failure("sum", .number(1)) == .argument(index: 0, message: "cannot sum noniterable"))
        #expect(try failure("sum", .emptyTuple) == .argument(index: 0, message: "cannot sum an empty list"))
        #expect(try failure("sum", .object(["a": .number(1)])) == .argument(index: 0, message: "argument must be list, set, or tuple. Received object"))
        #expect(try failure("sum", .tuple([.number(1), .null(.number)])) == .argument(index: 0, message: "argument must be list, set, or tuple of number values"))
        #expect(try failure("sum", .tuple([.true])) == .argument(index: 0, message: "argument must be list, set, or tuple of number values"))
        let infinities = Value.tuple([.number(.infinity), .number(-Number.infinity)])
        #expect(try failure("sum", infinities) == .call("can't compute sum of opposing infinities"))
    }

    // MARK: coalesce, coalescelist, compact

    @Test("coalesce skips nulls and empty strings after unifying the arguments")
    func coalesce() throws {
        #expect(try call("coalesce", .string(""), .string("b")) == .string("b"))
        #expect(try call("coalesce", .number(1), .string("a")) == .string("1"))
        #expect(try call("coalesce", .true, .string("x")) == .string("true"))
        #expect(try call("coalesce", .emptyTuple, strings("b")) == .list([], elementType: .string))
        #expect(try call("coalesce", Value.string("").marked(secret), .string("b")) == Value.string("b").marked(secret))
        #expect(try call("coalesce", unknownString, .string("a")) == unknownString)
        #expect(try call("coalesce", .string("a"), unknownString) == .string("a"))
        #expect(try failure("coalesce", .string(""), .string("")) == .call("no non-null, non-empty-string arguments"))
        #expect(try failure("coalesce") == .call("all arguments must have the same type"))
        #expect(try failure("coalesce", .number(1), .emptyObject) == .call("all arguments must have the same type"))
    }

    @Test("coalescelist returns the first non-empty sequence as it is")
    func coalescelist() throws {
        #expect(try call("coalescelist", .emptyTuple, strings("c", "d")) == strings("c", "d"))
        #expect(try call("coalescelist", .emptyTuple, .tuple([.number(1)]), strings("a")) == .tuple([.number(1)]))
        #expect(try call("coalescelist", strings("a"), .unknown(.list(.string))) == strings("a"))
        #expect(try call("coalescelist", .unknown(.list(.string)), strings("a")) == .dynamicUnknown)
        #expect(try failure("coalescelist", .emptyTuple, .emptyTuple) == .call("no non-null arguments"))
        #expect(try failure("coalescelist", .null(.dynamic), strings("x")) == .call("coalescelist arguments must be lists or tuples"))
        #expect(try failure("coalescelist") == .call("at least one argument is required"))
    }

    @Test("compact drops nulls and empty strings, or is unknown until every element is known")
    func compact() throws {
        let list = Value.list([.string("a"), .string(""), .null(.string), .string("c")], elementType: .string)
        #expect(try call("compact", list) == stringList("a", "c"))
        #expect(try call("compact", .list([unknownString], elementType: .string)) == .unknown(.list(.string)))
        let marked = Value.list([.string("a"), Value.string("").marked(secret)], elementType: .string)
        #expect(try call("compact", marked) == stringList("a").marked(secret))
    }

    // MARK: contains, distinct, element, index, matchkeys, one

    @Test("contains compares with Terraform's equality and waits for unknown elements")
    func contains() throws {
        #expect(try call("contains", strings("a", "b"), .string("a")) == .true)
        #expect(try call("contains", .tuple([.number(1)]), .string("1")) == .false)
        #expect(try call("contains", .emptyTuple, .string("a")) == .false)
        #expect(try call("contains", .tuple([unknownString, .string("a")]), .string("a")) == .true)
        #expect(try call("contains", .tuple([unknownString]), .string("b")) == .unknown(.bool))
        #expect(try call("contains", strings("a"), unknownString) == .unknown(.bool))
        #expect(try call("contains", strings("a").marked(secret), .string("a")) == Value.true.marked(secret))
        #expect(try failure("contains", .object(["a": .number(1)]), .string("a")) == .call("argument must be list, tuple, or set"))
        #expect(try failure("contains", strings("a"), .null(.dynamic)) == .argument(index: 1, message: "argument must not be null"))
    }

    @Test("distinct keeps first occurrences, and is unknown until every element is known")
    func distinct() throws {
        #expect(try call("distinct", stringList("a", "b", "a", "c", "b")) == stringList("a", "b", "c"))
        #expect(try call("distinct", .list([], elementType: .dynamic)) == .list([], elementType: .dynamic))
        #expect(try call("distinct", .list([unknownString, .string("a")], elementType: .string)) == .unknown(.list(.string)))
        let marked = Value.list([Value.string("a").marked(secret), .string("b")], elementType: .string)
        #expect(try call("distinct", marked) == stringList("a", "b").marked(secret))
    }

    @Test("element wraps the index around the length, negative indexes too")
    func element() throws {
        let letters = strings("a", "b", "c")
        #expect(try call("element", letters, .number(3)) == .string("a"))
        #expect(try call("element", letters, .number(-1)) == .string("c"))
        #expect(try call("element", letters, .number(-4)) == .string("c"))
        #expect(try call("element", stringList("a", "b", "c"), .number(-2)) == .string("b"))
        #expect(try call("element", .tuple([.string("a"), .number(1)]), .number(1)) == .number(1))
        #expect(try call("element", .tuple([.string("a"), .number(1)]), .unknown(.number)) == .dynamicUnknown)
        #expect(try call("element", .unknown(.list(.string)), .number(0)) == unknownString)
    }

    @Test("element keeps the sequence's marks on the element it returns")
    func elementMarks() throws {
        #expect(try call("element", strings("a", "b").marked(secret), .number(0)) == Value.string("a").marked(secret))
        #expect(try call("element", .tuple([.string("a"), Value.string("b").marked(secret)]), .number(0)) == .string("a"))
    }

    @Test("element explains bad sequences and indexes")
    func elementErrors() throws {
        #expect(try failure("element", .emptyTuple, .number(0)) == .call("cannot use element function with an empty list"))
        #expect(try failure("element", .list([], elementType: .string), .number(0)) == .call("cannot use element function with an empty list"))
        let fraction = Value.number(try #require(Number(parsing: "1.5")))
        let message = "invalid index: value must be a whole number, between -9223372036854775808 and 9223372036854775807"
        #expect(try failure("element", strings("a"), fraction) == .call(message))
        #expect(try failure("element", stringList("a"), fraction) == .call(message))
        #expect(try failure("element", stringSet("a"), .number(0)) == .call("cannot read elements from set of string"))
        #expect(try failure("element", .string("abc"), .number(0)) == .call("cannot read elements from string"))
    }

    @Test("index finds the first equal element, unknown when an unknown comes first")
    func index() throws {
        #expect(try call("index", strings("a", "b", "a"), .string("a")) == .number(0))
        #expect(try call("index", strings("a", "b"), .string("b")) == .number(1))
        #expect(try call("index", .tuple([unknownString, .string("a")]), .string("a")) == .unknown(.number))
        #expect(try call("index", .tuple([.string("a"), unknownString]), .string("a")) == .number(0))
        #expect(try call("index", .tuple([.string("a"), Value.string("b").marked(secret)]), .string("b")) == Value.number(1).marked(secret))
        #expect(try failure("index", .tuple([.number(1)]), .string("1")) == .call("item not found"))
        #expect(try failure("index", .emptyTuple, .string("a")) == .call("cannot search an empty list"))
        #expect(try failure("index", stringSet("a"), .string("a")) == .call("argument must be a list or tuple"))
    }

    @Test("matchkeys picks values whose keys are in the search set, converting keys and search set alike")
    func matchkeys() throws {
        let values = stringList("i-123", "i-abc", "i-def")
        let keys = stringList("us-west", "us-east", "us-east")
        #expect(try call("matchkeys", values, keys, stringList("us-east")) == stringList("i-abc", "i-def"))
        #expect(try call("matchkeys", stringList("a", "b"), numberList(1, 2), stringList("1")) == stringList("a"))
        #expect(try call("matchkeys", stringList("a"), stringList("x"), .list([], elementType: .dynamic)) == stringList())
        #expect(try call("matchkeys", stringList("x"), .list([unknownString], elementType: .string), stringList("a")) == .unknown(.list(.string)))
        #expect(try failure("matchkeys", stringList("a", "b"), numberList(1, 2, 3), numberList(1)) == .call("length of keys and values should be equal"))
    }

    @Test("one gives the only element, null for none, and refuses more")
    func one() throws {
        #expect(try call("one", .emptyTuple) == .null(.dynamic))
        #expect(try call("one", .list([], elementType: .string)) == .null(.string))
        #expect(try call("one", strings("hello")) == .string("hello"))
        #expect(try call("one", stringSet("a")) == .string("a"))
        #expect(try call("one", .set([unknownString, .string("a")], elementType: .string)) == unknownString)
        #expect(try call("one", strings("a").marked(secret)) == Value.string("a").marked(secret))
        let requirement = "must be a list, set, or tuple value with either zero or one elements"
        #expect(try failure("one", strings("a", "b")) == .argument(index: 0, message: requirement))
        #expect(try failure("one", stringList("a", "b")) == .argument(index: 0, message: requirement))
        #expect(try failure("one", .object(["a": .number(1)])) == .argument(index: 0, message: requirement))
    }

    // MARK: chunklist, concat, flatten, range, reverse, slice, sort

    @Test("chunklist splits into lists of the size, the last one shorter")
    func chunklist() throws {
        let chunks = try call("chunklist", stringList("a", "b", "c"), .number(2))
        #expect(chunks == .list([stringList("a", "b"), stringList("c")], elementType: .list(.string)))
        #expect(try call("chunklist", stringList("a", "b"), .number(0)) == .list([stringList("a", "b")], elementType: .list(.string)))
        #expect(try call("chunklist", stringList(), .number(2)) == .list([], elementType: .list(.string)))
        #expect(try call("chunklist", stringList("a"), Value.number(1).marked(secret)) == Value.list([stringList("a")], elementType: .list(.string)).marked(secret))
        #expect(try failure("chunklist", stringList("a"), .number(-1)) == .call("the size argument must be positive"))
    }

    @Test("concat gives a list for lists of one unified type, a tuple otherwise")
    func concat() throws {
        #expect(try call("concat", strings("a"), .tuple([.number(1)])) == .tuple([.string("a"), .number(1)]))
        #expect(try call("concat", stringList("a"), numberList(1)) == stringList("a", "1"))
        #expect(try call("concat", strings("a"), stringList("b")) == strings("a", "b"))
        #expect(try call("concat", .emptyTuple, .emptyTuple) == .emptyTuple)
        #expect(try call("concat", .tuple([unknownString]), .unknown(.list(.string))) == .dynamicUnknown)
        #expect(try call("concat", strings("a").marked(secret), strings("b")) == strings("a", "b").marked(secret))
        #expect(try call("concat", .tuple([Value.string("a").marked(secret)]), strings("b")) == .tuple([Value.string("a").marked(secret), .string("b")]))
        #expect(try failure("concat") == .call("at least one argument is required"))
        #expect(try failure("concat", stringSet("a"), strings("c")) == .argument(index: 0, message: "all arguments must be lists or tuples; got set of string"))
    }

    @Test("flatten opens nested sequences into one tuple")
    func flatten() throws {
        let nested = Value.tuple([strings("a", "b"), .emptyTuple, .tuple([stringSet("d", "c")])])
        #expect(try call("flatten", nested) == strings("a", "b", "c", "d"))
        #expect(try call("flatten", .tuple([.null(.dynamic), strings("a")])) == .tuple([.null(.dynamic), .string("a")]))
        #expect(try call("flatten", .tuple([unknownString, .string("a")])) == .tuple([unknownString, .string("a")]))
        #expect(try call("flatten", .tuple([.unknown(.list(.string)), strings("a")])) == .dynamicUnknown)
        #expect(try call("flatten", .tuple([strings("a").marked(secret), strings("b")])) == strings("a", "b").marked(secret))
        #expect(try failure("flatten", .string("a")) == .call("can only flatten lists, sets and tuples"))
    }

    @Test("range counts up or down by whole or fractional steps")
    func range() throws {
        #expect(try call("range", .number(3)) == numberList(0, 1, 2))
        #expect(try call("range", .number(-3)) == numberList(0, -1, -2))
        #expect(try call("range", .number(4), .number(1)) == numberList(4, 3, 2))
        #expect(try call("range", .number(10), .number(5), .number(-2)) == numberList(10, 8, 6))
        let half = Value.number(try #require(Number(parsing: "0.5")))
        let halves = try call("range", .number(1), .number(3), half).elements?.compactMap(\.numberValue?.description)
        #expect(halves == ["1", "1.5", "2", "2.5"])
        #expect(try call("range", .number(1), .number(1)) == numberList())
    }

    @Test("range stops after 1024 values and checks the direction of its step")
    func rangeErrors() throws {
        #expect(try call("range", .number(1024)).count == 1024)
        let tooMany = "more than 1024 values were generated; either decrease the difference between start and end or use a smaller step"
        #expect(try failure("range", .number(1025)) == .call(tooMany))
        #expect(try failure("range", .number(1), .number(4), .number(0)) == .call(tooMany))
        #expect(try failure("range", .number(1), .number(4), .number(-1)) == .argument(index: 1, message: "end must be less than start when step is negative"))
        #expect(try failure("range", .number(4), .number(1), .number(1)) == .argument(index: 1, message: "end must be greater than start when step is positive"))
        #expect(try failure("range") == .call("must have one, two, or three arguments"))
    }

    @Test("reverse keeps tuples as tuples and turns sets into lists")
    func reverse() throws {
        #expect(try call("reverse", .tuple([.number(1), .string("a")])) == .tuple([.string("a"), .number(1)]))
        #expect(try call("reverse", stringSet("a", "b")) == stringList("b", "a"))
        #expect(try call("reverse", strings("a", "b").marked(secret)) == strings("b", "a").marked(secret))
        #expect(try failure("reverse", .string("abc")) == .argument(index: 0, message: "can only reverse list or tuple values, not string"))
    }

    @Test("slice takes a range of positions checked against the length")
    func slice() throws {
        #expect(try call("slice", strings("a", "b", "c", "d"), .number(1), .number(3)) == strings("b", "c"))
        #expect(try call("slice", stringList("a", "b"), .number(0), .number(0)) == stringList())
        #expect(try call("slice", strings("a", "b"), .number(0), .unknown(.number)) == .dynamicUnknown)
        #expect(try call("slice", numberList(1, 2).marked(secret), .number(0), .number(1)) == numberList(1).marked(secret))
        #expect(try failure("slice", strings("a", "b"), .number(1), .number(5)) == .argument(index: 2, message: "end index must not be greater than the length of the list"))
        #expect(try failure("slice", strings("a", "b"), .number(2), .number(1)) == .argument(index: 1, message: "start index must not be greater than end index"))
        #expect(try failure("slice", strings("a", "b"), .number(-1), .number(1)) == .argument(index: 1, message: "start index must not be less than zero"))
        #expect(try failure("slice", stringSet("a"), .number(0), .number(1)) == .argument(index: 0, message: "cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important"))
        #expect(try failure("slice", .string("abc"), .number(0), .number(1)) == .argument(index: 0, message: "must be a list or tuple value"))
    }

    @Test("sort orders strings by their bytes; unknown elements leave only the length known")
    func sort() throws {
        #expect(try call("sort", stringList("10", "9", "1", "B", "a", "_")) == stringList("1", "10", "9", "B", "_", "a"))
        #expect(try call("sort", stringList("é", "e", "f", "É")) == stringList("e", "f", "É", "é"))
        #expect(try call("sort", .list([unknownString, .string("b")], elementType: .string)) == .list([unknownString, unknownString], elementType: .string))
        #expect(try call("sort", .unknown(.list(.string))) == .unknown(.list(.string)))
        #expect(try failure("sort", .list([.string("b"), .null(.string)], elementType: .string)) == .call("given list element 1 is null; a null string cannot be sorted"))
    }

    // MARK: keys, lookup, merge, transpose, values, zipmap

    @Test("keys sorts map keys into a list and object attributes into a tuple")
    func keys() throws {
        let object = Value.object(["b": .number(1), "a": .number(2), "10": .number(3), "9": .number(4), "B": .number(5)])
        #expect(try call("keys", object) == strings("10", "9", "B", "a", "b"))
        #expect(try call("keys", .map(["a": .number(1)], elementType: .number)) == stringList("a"))
        #expect(try call("keys", .unknown(.object(["a": .string]))) == strings("a"))
        #expect(try call("keys", .unknown(.map(.string))) == .unknown(.list(.string)))
        #expect(try call("keys", .object(["a": Value.number(1).marked(secret)])) == strings("a"))
        #expect(try call("keys", Value.map(["a": .string("x")], elementType: .string).marked(secret)) == stringList("a").marked(secret))
        #expect(try failure("keys", strings("a")) == .argument(index: 0, message: "must have map or object type"))
    }

    @Test("values follows the sorted keys, keeping each value's marks")
    func values() throws {
        #expect(try call("values", .object(["c": .number(2), "a": .number(3), "d": .string("x")])) == .tuple([.number(3), .number(2), .string("x")]))
        #expect(try call("values", .map(["b": .string("beta"), "a": .string("alpha")], elementType: .string)) == stringList("alpha", "beta"))
        #expect(try call("values", .object(["a": Value.number(1).marked(secret)])) == .tuple([Value.number(1).marked(secret)]))
        #expect(try failure("values", strings("a")) == .call("values() requires a map as the first argument"))
    }

    @Test("lookup finds a key or falls back to the default converted to the result type")
    func lookup() throws {
        let object = Value.object(["a": .string("ay"), "b": .string("bee")])
        #expect(try call("lookup", object, .string("a"), .string("what?")) == .string("ay"))
        #expect(try call("lookup", object, .string("c"), .string("what?")) == .string("what?"))
        #expect(try call("lookup", .object(["a": .number(1), "b": .string("x")]), .string("a"), .number(0)) == .number(1))
        #expect(try call("lookup", .emptyObject, .string("a"), .null(.dynamic)) == .null(.dynamic))
        #expect(try call("lookup", .map(["a": .string("x")], elementType: .string), .string("b"), .number(1)) == .string("1"))
        #expect(try call("lookup", .object(["a": unknownString, "b": .string("x")]), .string("b")) == .string("x"))
        #expect(try call("lookup", .unknown(.map(.string)), .string("a"), .string("x")) == unknownString)
        #expect(try call("lookup", .object(["a": .string("x")]), unknownString, .string("y")) == .dynamicUnknown)
    }

    @Test("lookup marks its result with the map's and the key's marks")
    func lookupMarks() throws {
        let map = Value.map(["user": .string("admin")], elementType: .string)
        #expect(try call("lookup", map.marked(secret), .string("user"), .string("x")) == Value.string("admin").marked(secret))
        #expect(try call("lookup", .object(["a": .number(1)]), Value.string("a").marked(secret), .number(0)) == Value.number(1).marked(secret))
        #expect(try call("lookup", .object(["a": .string("x")]), .string("b"), Value.number(2).marked(secret)) == Value.number(2).marked(secret))
        #expect(try call("lookup", .object(["a": Value.string("x").marked(secret), "b": .string("y")]), .string("b")) == .string("y"))
    }

    @Test("lookup explains missing keys, redacting a sensitive key")
    func lookupErrors() throws {
        let object = Value.object(["a": .string("ay")])
        let map = Value.map(["a": .string("x")], elementType: .string)
        #expect(try failure("lookup", object, .string("c")) == .argument(index: 0, message: "the given object has no attribute \"c\""))
        #expect(try failure("lookup", map, .string("b")) == .call("lookup failed to find key \"b\""))
        #expect(try failure("lookup", map, Value.string("b").marked(secret)) == .call("lookup failed to find key (sensitive value)"))
        #expect(try failure("lookup", map, .string("b"), .emptyTuple) == .argument(index: 2, message: "the default value must have the same type as the map elements"))
        #expect(try failure("lookup", strings("a"), .string("0"), .string("x")) == .argument(index: 0, message: "lookup() requires a map as the first argument"))
        #expect(try failure("lookup", object, .string("a"), .string("b"), .string("c")) == .call("lookup() takes two or three arguments, got 4"))
    }

    @Test("merge gives a map for maps of one type and an object otherwise, later keys winning")
    func merge() throws {
        let merged = try call("merge", .object(["a": .string("b"), "c": .string("d")]), .object(["e": .string("f"), "c": .string("z")]))
        #expect(merged == .object(["a": .string("b"), "c": .string("z"), "e": .string("f")]))
        let strings = Value.map(["a": .string("x")], elementType: .string)
        let numbers = Value.map(["b": .number(1)], elementType: .number)
        #expect(try call("merge", strings, .map(["b": .string("y")], elementType: .string)) == .map(["a": .string("x"), "b": .string("y")], elementType: .string))
        #expect(try call("merge", strings, numbers) == .object(["a": .string("x"), "b": .number(1)]))
        #expect(try call("merge") == .emptyObject)
        #expect(try call("merge", .null(.dynamic), .object(["a": .number(1)])) == .object(["a": .number(1)]))
        #expect(try call("merge", .object(["a": .number(1)]), .unknown(.map(.string))) == .dynamicUnknown)
    }

    @Test("merge keeps an argument's marks on the whole result and elements' marks on them")
    func mergeMarks() throws {
        let hidden = Value.object(["b": .number(2)]).marked(secret)
        #expect(try call("merge", .object(["a": .number(1)]), hidden) == Value.object(["a": .number(1), "b": .number(2)]).marked(secret))
        let inner = Value.object(["a": Value.number(1).marked(secret)])
        #expect(try call("merge", inner, .object(["b": .number(2)])) == .object(["a": Value.number(1).marked(secret), "b": .number(2)]))
        #expect(try failure("merge", .object(["a": .number(1)]), .string("b")) == .call("arguments must be maps or objects, got \"string\""))
    }

    @Test("transpose swaps keys and values into sorted lists")
    func transpose() throws {
        let input = Value.map(["a": stringList("1", "2"), "b": stringList("2", "3")], elementType: .list(.string))
        let expected = Value.map(["1": stringList("a"), "2": stringList("a", "b"), "3": stringList("b")], elementType: .list(.string))
        #expect(try call("transpose", input) == expected)
        #expect(try call("transpose", .map(["a": stringList()], elementType: .list(.string))) == .map([:], elementType: .list(.string)))
        let withUnknown = Value.map(["a": .list([unknownString], elementType: .string)], elementType: .list(.string))
        #expect(try call("transpose", withUnknown) == .unknown(.map(.list(.string))))
        let withNull = Value.map(["a": .list([.null(.string)], elementType: .string)], elementType: .list(.string))
        #expect(try failure("transpose", withNull) == .call("input list must not contain null string"))
        let nullList = Value.map(["a": .null(.list(.string))], elementType: .list(.string))
        #expect(try failure("transpose", nullList) == .call("input must not contain null list"))
    }

    @Test("zipmap builds a map from a list of values and an object from a tuple")
    func zipmap() throws {
        #expect(try call("zipmap", stringList("a", "b"), numberList(1, 2)) == .map(["a": .number(1), "b": .number(2)], elementType: .number))
        #expect(try call("zipmap", stringList("a", "b"), .tuple([.number(1), .string("x")])) == .object(["a": .number(1), "b": .string("x")]))
        #expect(try call("zipmap", stringList("a", "a"), .tuple([.number(1), .number(2)])) == .object(["a": .number(2)]))
        #expect(try call("zipmap", .unknown(.list(.string)), .tuple([.number(1)])) == .dynamicUnknown)
        #expect(try call("zipmap", stringList("a").marked(secret), .tuple([.number(1)])) == Value.object(["a": .number(1)]).marked(secret))
        #expect(try call("zipmap", stringList("a"), .tuple([Value.number(1).marked(secret)])) == .object(["a": Value.number(1).marked(secret)]))
        #expect(try failure("zipmap", stringList("a", "b"), .tuple([.number(1)])) == .call("number of keys (2) does not match number of values (1)"))
        #expect(try failure("zipmap", .list([.null(.string)], elementType: .string), .tuple([.number(1)])) == .call("keys list has null value at index 0"))
        #expect(try failure("zipmap", stringList("a"), .set([.number(1)], elementType: .number)) == .call("values argument must be a list or tuple value"))
    }

    // MARK: setintersection, setproduct, setsubtract, setunion

    @Test("set operations convert every set to one element type first")
    func setOperations() throws {
        let ab = stringSet("a", "b"), bc = stringSet("b", "c")
        #expect(try call("setunion", ab, bc, stringSet("d")) == stringSet("a", "b", "c", "d"))
        #expect(try call("setintersection", ab, bc, stringSet("b", "d")) == stringSet("b"))
        #expect(try call("setsubtract", stringSet("a", "b", "c"), stringSet("a", "c")) == stringSet("b"))
        let numbers = Value.set([.number(1), .number(2)], elementType: .number)
        #expect(try call("setintersection", numbers, stringSet("1")) == stringSet("1"))
        #expect(try call("setunion", .set([], elementType: .dynamic), .set([], elementType: .dynamic)) == .set([], elementType: .dynamic))
        #expect(try call("setsubtract", stringSet("1"), .set([.number(1)], elementType: .number)) == stringSet())
    }

    @Test("only setunion tolerates unknown elements")
    func setOperationsWithUnknowns() throws {
        let partial = Value.set([unknownString], elementType: .string)
        #expect(try call("setunion", partial, stringSet("a")) == .set([.string("a"), unknownString], elementType: .string))
        #expect(try call("setintersection", partial, stringSet("a")) == .unknown(.set(.string)))
        #expect(try call("setsubtract", stringSet("a"), partial) == .unknown(.set(.string)))
    }

    @Test("set operations refuse element types that do not unify")
    func setOperationErrors() throws {
        let objects = Value.set([.object(["a": .number(1)])], elementType: .object(["a": .number]))
        #expect(try failure("setunion", stringSet("a"), objects) == .call("given sets must all have compatible element types"))
    }

    @Test("setproduct gives a list of tuples for lists, a set of tuples when a set is involved")
    func setproduct() throws {
        let product = try call("setproduct", stringList("a", "b"), numberList(1, 2))
        let expected = [("a", 1), ("a", 2), ("b", 1), ("b", 2)].map { Value.tuple([.string($0), .number($1)]) }
        #expect(product == .list(expected, elementType: .tuple([.string, .number])))
        let withSet = try call("setproduct", stringSet("b", "a"), .tuple([.number(1), .number(2)]))
        #expect(withSet == .set(expected, elementType: .tuple([.string, .number])))
        #expect(try call("setproduct", strings("a"), .emptyTuple) == .list([], elementType: .tuple([.string, .dynamic])))
        #expect(try call("setproduct", .tuple([unknownString]), strings("a")) == .list([.tuple([unknownString, .string("a")])], elementType: .tuple([.string, .string])))
        #expect(try call("setproduct", .set([unknownString, .string("a")], elementType: .string), strings("b")) == .unknown(.set(.tuple([.string, .string]))))
        #expect(try call("setproduct", strings("a").marked(secret), strings("b")) == Value.list([strings("a", "b")], elementType: .tuple([.string, .string])).marked(secret))
    }

    @Test("setproduct needs two sequences")
    func setproductErrors() throws {
        #expect(try failure("setproduct", strings("a")) == .call("at least two arguments are required"))
        #expect(try failure("setproduct", .object(["a": .number(1)]), strings("a")) == .argument(index: 0, message: "a set or a list is required"))
        #expect(try failure("setproduct", strings("a"), .tuple([.number(1), .emptyObject])) == .argument(index: 1, message: "all elements must be of the same type"))
    }

    // MARK: removed functions

    @Test("list and map say what to write instead")
    func removedFunctions() throws {
        #expect(try failure("list", .string("a")) == .call("the \"list\" function was deprecated in Terraform v0.12 and is no longer available; use tolist([ ... ]) syntax to write a literal list"))
        #expect(try failure("map") == .call("the \"map\" function was deprecated in Terraform v0.12 and is no longer available; use tomap({ ... }) syntax to write a literal map"))
    }
}
