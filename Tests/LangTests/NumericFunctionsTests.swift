import Testing
@testable import Lang
import Values

/// Calls a numeric function with arguments already of its parameters' types.
private func call(_ name: String, _ arguments: Value...) throws -> Value {
    let function = try #require(NumericFunctions.all[name], "no function \(name)")
    return try function.call(arguments)
}

/// The error a call fails with.
private func failure(_ name: String, _ arguments: Value...) throws -> FunctionError? {
    let function = try #require(NumericFunctions.all[name], "no function \(name)")
    do {
        _ = try function.call(arguments)
        return nil
    } catch {
        return error
    }
}

/// A number written as Terraform source writes it.
private func number(_ text: String) throws -> Value {
    .number(try #require(Number(parsing: text), "not a number: \(text)"))
}

/// The result as Terraform prints it.
private func printed(_ name: String, _ arguments: Value...) throws -> String? {
    let function = try #require(NumericFunctions.all[name], "no function \(name)")
    return try function.call(arguments).numberValue?.description
}

private let secret = Mark.sensitive
private let wholeNumberRequirement = "value must be a whole number, between -9223372036854775808 and 9223372036854775807"

@Suite("Numeric functions")
struct NumericFunctionsTests {
    @Test("abs keeps the value exact and its marks")
    func abs() throws {
        #expect(try printed("abs", try number("-12.4")) == "12.4")
        #expect(try printed("abs", try number("-12345678901234567890")) == "12345678901234567890")
        #expect(try printed("abs", .number(-Number(0))) == "0")
        #expect(try printed("abs", .number(-Number.infinity)) == "+Inf")
        #expect(try call("abs", Value.number(-3).marked(secret)) == Value.number(3).marked(secret))
        #expect(try call("abs", .unknown(.number)) == .unknown(.number))
    }

    @Test("ceil and floor round exactly, beyond 64 bits too, and keep infinities")
    func rounding() throws {
        #expect(try printed("ceil", try number("5.1")) == "6")
        #expect(try printed("ceil", try number("-5.1")) == "-5")
        #expect(try printed("ceil", try number("-0.5")) == "0")
        #expect(try printed("ceil", try number("12345678901234567890.5")) == "12345678901234567891")
        #expect(try printed("floor", try number("-0.5")) == "-1")
        #expect(try printed("floor", try number("12345678901234567890.5")) == "12345678901234567890")
        #expect(try printed("floor", .number(-Number.infinity)) == "-Inf")
        #expect(try call("ceil", try number("1.5").marked(secret)) == Value.number(2).marked(secret))
        #expect(try failure("ceil", .null(.number)) == .argument(index: 0, message: "argument must not be null"))
    }

    @Test("log divides binary64 logarithms as Go computes them")
    func log() throws {
        #expect(try printed("log", .number(50), .number(10)) == "1.6989700043360185")
        #expect(try printed("log", .number(16), .number(2)) == "4")
        #expect(try printed("log", .number(1000), .number(10)) == "2.9999999999999996")
        #expect(try printed("log", .number(27), .number(3)) == "3.0000000000000004")
        #expect(try printed("log", try number("12345.6789"), try number("2.5")) == "10.281738171597853")
        #expect(try printed("log", .number(0), .number(10)) == "-Inf")
        #expect(try printed("log", .number(10), .number(0)) == "-0")
        #expect(try printed("log", .number(10), .number(1)) == "+Inf")
    }

    @Test("pow raises binary64 values as Go does, by squaring for whole powers")
    func pow() throws {
        #expect(try printed("pow", .number(3), .number(2)) == "9")
        #expect(try printed("pow", .number(0), .number(0)) == "1")
        #expect(try printed("pow", .number(2), .number(-1)) == "0.5")
        #expect(try printed("pow", .number(2), try number("0.5")) == "1.4142135623730951")
        #expect(try printed("pow", .number(2), .number(64)) == "18446744073709550000")
        #expect(try printed("pow", .number(10), .number(23)) == "100000000000000000000000")
        #expect(try printed("pow", try number("1.1"), .number(10)) == "2.593742460100002")
        #expect(try printed("pow", .number(123), try number("4.5")) == "2538475647.8399262")
        #expect(try printed("pow", try number("2.5"), try number("1.7")) == "4.747861205827336")
        #expect(try printed("pow", .number(2), .number(1024)) == "+Inf")
        #expect(try printed("pow", .number(0), .number(-1)) == "+Inf")
    }

    @Test("log and pow fail where binary64 cannot hold the input or the result")
    func floatFailures() throws {
        let tooLarge = try number("1e400")
        let failed = try failure("pow", tooLarge, .number(1))
        guard case .call(let message) = failed else {
            Issue.record("expected a call error, got \(String(describing: failed))")
            return
        }
        #expect(message.hasPrefix("value must be between -179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000 and 1797693134862315708"))
        #expect(message.hasSuffix(".000000 inclusive"))
        #expect(try failure("log", .number(-1), .number(10)) == .call("panic in function implementation: Float.SetFloat64(NaN)"))
        #expect(try failure("pow", .number(-8), try number("0.3333")) == .call("panic in function implementation: Float.SetFloat64(NaN)"))
    }

    @Test("max and min keep the chosen number and need at least one")
    func extremes() throws {
        #expect(try printed("max", .number(12), .number(54), .number(3)) == "54")
        #expect(try printed("max", try number("1.5"), try number("1.25")) == "1.5")
        #expect(try printed("max", .number(.infinity), .number(1)) == "+Inf")
        #expect(try printed("min", try number("0.1"), try number("0.01")) == "0.01")
        #expect(try printed("min", .number(-Number.infinity), .number(0)) == "-Inf")
        #expect(try call("max", Value.number(1).marked(secret), .number(2)) == Value.number(2).marked(secret))
        #expect(try call("max", .unknown(.number), .number(1)) == .unknown(.number))
        #expect(try failure("max") == .call("must pass at least one number"))
        #expect(try failure("min") == .call("must pass at least one number"))
    }

    @Test("parseint reads bases 2 to 62 as Go's big integers do")
    func parseint() throws {
        #expect(try printed("parseint", .string("FF"), .number(16)) == "255")
        #expect(try printed("parseint", .string("-10"), .number(16)) == "-16")
        #expect(try printed("parseint", .string("+10"), .number(10)) == "10")
        #expect(try printed("parseint", .string("zz"), .number(36)) == "1295")
        #expect(try printed("parseint", .string("Z"), .number(62)) == "61")
        #expect(try printed("parseint", .string("z"), .number(62)) == "35")
        #expect(try printed("parseint", .string("-0"), .number(10)) == "0")
        #expect(try printed("parseint", .string("123456789012345678901234567890"), .number(10)) == "123456789012345678901234567890")
        #expect(try call("parseint", Value.string("10").marked(secret), .number(10)) == Value.number(10).marked(secret))
        #expect(try call("parseint", .unknown(.string), .number(10)) == .unknown(.number))
    }

    @Test("parseint explains what it cannot read")
    func parseintErrors() throws {
        for text in ["12", "", " 10", "0x10", "1.5", "1_0", "-"] {
            let base = text == "12" ? 2 : 10
            #expect(try failure("parseint", .string(text), .number(base)) == .argument(index: 0, message: "cannot parse \(goQuoted(text)) as a base \(base) integer"))
        }
        #expect(try failure("parseint", Value.string("zz").marked(secret), .number(10)) == .argument(index: 0, message: "cannot parse \"zz\" as a base 10 integer"))
        #expect(try failure("parseint", .string("10"), .number(1)) == .argument(index: 1, message: "base must be a whole number between 2 and 62 inclusive"))
        #expect(try failure("parseint", .string("10"), .number(63)) == .argument(index: 1, message: "base must be a whole number between 2 and 62 inclusive"))
        #expect(try failure("parseint", .string("10"), try number("10.5")) == .argument(index: 1, message: wholeNumberRequirement))
        #expect(try failure("parseint", .number(10), .number(10)) == .argument(index: 0, message: "first argument must be a string, not number"))
    }

    @Test("signum needs a whole number in Go's int range")
    func signum() throws {
        #expect(try printed("signum", .number(-13)) == "-1")
        #expect(try printed("signum", .number(0)) == "0")
        #expect(try printed("signum", .number(344)) == "1")
        #expect(try failure("signum", try number("-0.5")) == .call(wholeNumberRequirement))
        #expect(try failure("signum", try number("-12345678901234567890")) == .call(wholeNumberRequirement))
        #expect(try failure("signum", .number(.infinity)) == .call(wholeNumberRequirement))
    }
}
