import Testing
import Values

// Expected texts are what `terraform console` (1.15.5) prints for the expression in each comment.
// Terraform parses literals at 512 bits, returns lengths as 64-bit integers (`Number(Int)`) and
// results of `pow` as binary64 values (`Number(Double)`).

private func literal(_ text: String) throws -> Number {
    try #require(Number(parsing: text))
}

private func binary64(_ value: Double) throws -> Number {
    try #require(Number(value))
}

private func zeros(_ count: Int) -> String {
    String(repeating: "0", count: count)
}

struct NumberTests {
    @Test("a quotient prints the fewest digits that identify it at 512 bits")
    func quotientText() throws {
        // 1/3, 2/3, -1/3, 10/4, 100000000000000000000000 / 7
        #expect(try (literal("1") / literal("3")).description == "0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335")
        #expect(try (literal("2") / literal("3")).description == "0.6666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666667")
        #expect(try (-literal("1") / literal("3")).description == "-0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335")
        #expect(try (literal("10") / literal("4")).description == "2.5")
        #expect(try (literal("100000000000000000000000") / literal("7")).description == "14285714285714285714285.714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714285714286")
    }

    @Test("decimal arithmetic prints the decimal a person expects when 512 bits can tell")
    func decimalArithmetic() throws {
        // 0.1+0.2, 0.1*3, 1 - 0.9, 3 / 0.1, 0.3 / 0.1, 1 / 3 * 3, 2/3 - 1/3, 1/3 + 1/3 + 1/3, 0.1 + 0.2 - 0.3
        #expect(try (literal("0.1") + literal("0.2")).description == "0.3")
        #expect(try (literal("0.1") * literal("3")).description == "0.3")
        #expect(try (literal("1") - literal("0.9")).description == "0.10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000003")
        #expect(try (literal("3") / literal("0.1")).description == "30")
        #expect(try (literal("0.3") / literal("0.1")).description == "3")
        #expect(try (literal("1") / literal("3") * literal("3")).description == "1")
        #expect(try (literal("2") / literal("3") - literal("1") / literal("3")).description == "0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335")
        let third = try literal("1") / literal("3")
        #expect(try (third + third + third).description == "1")
        #expect(try (literal("0.1") + literal("0.2") - literal("0.3")).description == "0")
    }

    @Test("literals print without an exponent", arguments: [
        ("1e3", "1000"), ("1e-7", "0.0000001"), ("123.456", "123.456"), ("0.000001", "0.000001"),
        ("1e21", "1000000000000000000000"), ("1e400", "1" + zeros(400)), ("1e-400", "0." + zeros(399) + "1"),
        ("1." + zeros(151) + "1", "1." + zeros(151) + "1"),
    ])
    func literalText(text: String, expected: String) throws {
        #expect(try literal(text).description == expected)
    }

    @Test("a literal with more digits than 512 bits hold prints rounded")
    func longLiteral() throws {
        let digits = String(repeating: "1234567890", count: 17)
        #expect(try literal(digits).description == String(repeating: "1234567890", count: 15) + "12346000000000000000")
    }

    @Test("products of big exponents print in full")
    func bigExponentProducts() throws {
        // 2e308 * 10, 1e308 * 1e308, 1e-7 * 1e-7, 1e-400 * 1e-400, 2.5e-400 * 4e400
        #expect(try (literal("2e308") * literal("10")).description == "2" + zeros(309))
        #expect(try (literal("1e308") * literal("1e308")).description == "1" + zeros(153) + "1" + zeros(462))
        #expect(try (literal("1e-7") * literal("1e-7")).description == "0.00000000000001" + zeros(153) + "1")
        #expect(try (literal("1e-400") * literal("1e-400")).description == "0." + zeros(799) + "1")
        #expect(try (literal("2.5e-400") * literal("4e400")).description == "10")
    }

    @Test("integers beyond 64 bits stay exact")
    func wideIntegers() throws {
        // 9223372036854775807 + 1, -9223372036854775808 - 1, 123456789012345678901234567890 * 2,
        // 100000000000000000000 * 100000000000000000000, 18446744073709551616 * 18446744073709551616,
        // -9223372036854775808 * -1, -9223372036854775808 / -1, 9007199254740993 + 0, 9007199254740993 + pow(2, 0)
        #expect(try (literal("9223372036854775807") + literal("1")).description == "9223372036854775808")
        #expect(try (-literal("9223372036854775808") - literal("1")).description == "-9223372036854775809")
        #expect(try (literal("123456789012345678901234567890") * literal("2")).description == "246913578024691357802469135780")
        #expect(try (literal("100000000000000000000") * literal("100000000000000000000")).description == "1" + zeros(40))
        #expect(try (literal("18446744073709551616") * literal("18446744073709551616")).description == "340282366920938463463374607431768211456")
        #expect(try (-literal("9223372036854775808") * -literal("1")).description == "9223372036854775808")
        #expect(try (-literal("9223372036854775808") / -literal("1")).description == "9223372036854775808")
        #expect(try (literal("9007199254740993") + literal("0")).description == "9007199254740993")
        #expect(try (literal("9007199254740993") + binary64(1)).description == "9007199254740994")
    }

    @Test("negative zero survives negation, products and quotients")
    func negativeZero() throws {
        // -0, 0 * -1, 0 / -1, -0 + -0, 0 - 0, -0 - 0, -(length([1]) - length([1])), 0 * -length([1])
        let zero = try literal("0")
        #expect((-zero).description == "-0")
        #expect(try (zero * -literal("1")).description == "-0")
        #expect(try (zero / -literal("1")).description == "-0")
        #expect(try (-zero + -zero).description == "-0")
        #expect(try (zero - zero).description == "0")
        #expect(try (-zero - zero).description == "-0")
        #expect(try (-(Number(1) - Number(1))).description == "-0")
        #expect(try (zero * -Number(1)).description == "-0")
    }

    @Test("dividing by zero gives a signed infinity")
    func divisionByZero() throws {
        // 1/0, -1/0, -(1/0)
        #expect(try (literal("1") / literal("0")).description == "+Inf")
        #expect(try (-literal("1") / literal("0")).description == "-Inf")
        #expect(try (-(literal("1") / literal("0"))).description == "-Inf")
    }

    @Test("operations without a numeric result throw Terraform's errors")
    func indeterminateOperations() throws {
        // 0/0, (1/0) - (1/0), (1/0) + (-1/0), 0 * (1/0), (1/0) / (1/0), 5 % (1/0), 0 % (1/0), (1/0) % 2
        let zero = try literal("0")
        let infinity = try literal("1") / zero
        #expect(throws: NumberError.quotientOfZerosOrInfinities) { try zero / zero }
        #expect(throws: NumberError.differenceOfEqualInfinities) { try infinity - infinity }
        #expect(throws: NumberError.sumOfOpposingInfinities) { try infinity + -infinity }
        #expect(throws: NumberError.productOfZeroAndInfinity) { try zero * infinity }
        #expect(throws: NumberError.quotientOfZerosOrInfinities) { try infinity / infinity }
        #expect(throws: NumberError.moduloOfZeroAndInfinity) { try literal("5") % infinity }
        #expect(throws: NumberError.moduloOfZeroAndInfinity) { try zero % infinity }
        #expect(throws: NumberError.moduloOfInfinity) { try infinity % literal("2") }
        #expect(NumberError.quotientOfZerosOrInfinities.description == "can't divide zero by zero or infinity by infinity")
        #expect(NumberError.differenceOfEqualInfinities.description == "can't subtract infinity from itself")
        #expect(NumberError.sumOfOpposingInfinities.description == "can't compute sum of opposing infinities")
        #expect(NumberError.productOfZeroAndInfinity.description == "can't multiply zero by infinity")
        #expect(NumberError.moduloOfZeroAndInfinity.description == "can't use modulo with zero and infinity")
    }

    @Test("modulo truncates the quotient, so the remainder takes the dividend's sign", arguments: [
        ("-7", "3", "-1"), ("7", "-3", "1"), ("7.5", "2", "1.5"), ("-7.5", "2", "-1.5"), ("-7.5", "-2", "-1.5"),
        ("7", "2.5", "2"), ("-5", "5", "0"), ("5", "-5", "0"), ("-0", "5", "-0"), ("0", "-3", "0"), ("1e400", "7", "0"),
        ("1.5", "0.4", "0.29999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999994"),
    ])
    func modulo(dividend: String, divisor: String, expected: String) throws {
        #expect(try (literal(dividend) % literal(divisor)).description == expected)
    }

    @Test("modulo of 64-bit and binary64 numbers")
    func moduloMixedPrecision() throws {
        // length(7 items) % length(3 items), -length(7 items) % length(3 items), pow(2, 0.5) % 1, 7 % pow(2, 0.5)
        let root = try binary64(2.0.squareRoot())
        #expect(try (Number(7) % Number(3)).description == "1")
        #expect(try (-Number(7) % Number(3)).description == "-1")
        #expect(try (root % literal("1")).description == "0.41421356237309515")
        #expect(try (literal("7") % root).description == "1.34314575050761941810151256504468619823455810546875")
    }

    @Test("modulo by zero is the dividend, even an infinite one")
    func moduloByZero() throws {
        // 5 % 0, (1/0) % 0
        #expect(try (literal("5") % literal("0")).description == "5")
        #expect(try ((literal("1") / literal("0")) % literal("0")).description == "+Inf")
    }

    @Test("64-bit integers divide at 64 bits")
    func integerPrecision() throws {
        // length([1]) / length([1,1,1]), length([1,1]) / length([1,1,1]), floor(length([1]) / length([1,1,1]))
        #expect(try (Number(1) / Number(3)).description == "0.33333333333333333334")
        #expect(try (Number(2) / Number(3)).description == "0.6666666666666666667")
        #expect(try (Number(1) / Number(3)).floor().description == "0")
    }

    @Test("binary64 values print at 53 bits until combined with wider numbers")
    func binary64Precision() throws {
        // pow(2, 0.5), pow(2, 0.5) + 0, pow(2, 0.5) * 1, pow(2, 0.5) * 3, pow(2, 0.5) / 3,
        // pow(2, 0.5) + length([1]), length([1]) * pow(2, 0.5), pow(2, 0.5) * pow(2, 0.5)
        let root = try binary64(2.0.squareRoot())
        #expect(root.description == "1.4142135623730951")
        #expect(try (root + literal("0")).description == "1.4142135623730951454746218587388284504413604736328125")
        #expect(try (root * literal("1")).description == "1.4142135623730951454746218587388284504413604736328125")
        #expect(try (root * literal("3")).description == "4.2426406871192854364238655762164853513240814208984375")
        #expect(try (root / literal("3")).description == "0.47140452079103171515820728624627615014712015787760416666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666666665")
        #expect(try (root + Number(1)).description == "2.4142135623730951455")
        #expect(try (Number(1) * root).description == "1.4142135623730951455")
        #expect(try (root * root).description == "2.00000000000000027343234630647693")
    }

    @Test("binary64 tenths and powers of two print as Terraform prints them")
    func binary64Text() throws {
        // pow(10, -1), pow(10, -1) + 0, pow(2, 1023) * 2, pow(2, 1023) * pow(2, 1023), pow(2, 1024)
        let tenth = try binary64(0.1)
        #expect(tenth.description == "0.1")
        #expect(try (tenth + literal("0")).description == "0.1000000000000000055511151231257827021181583404541015625")
        let power = try binary64(0x1p1023)
        #expect(try (power * literal("2")).description == "17976931348623159077293051907890247336179769789423065727343008115773267580550096313270847732240753602112011387987139335765878976881441662249284743063947412" + zeros(154))
        #expect(try (power * power).description == "8079251517827752" + zeros(600))
        #expect(try binary64(.infinity).description == "+Inf")
    }

    @Test("floor and ceil round toward the infinities and leave infinities alone", arguments: [
        ("-0.5", "-1", "0"), ("-0", "0", "0"), ("0.5", "0", "1"), ("2.5", "2", "3"), ("-2.5", "-3", "-2"),
        ("2.000000001", "2", "3"), ("1e400", "1" + zeros(400), "1" + zeros(400)), ("Inf", "+Inf", "+Inf"), ("-Inf", "-Inf", "-Inf"),
    ])
    func floorAndCeil(text: String, floor: String, ceil: String) throws {
        #expect(try literal(text).floor().description == floor)
        #expect(try literal(text).ceil().description == ceil)
    }

    @Test("magnitude drops the sign, also of zero and infinity")
    func magnitude() throws {
        // abs(-0), abs(-1/0), abs(-1.5)
        #expect(try (-literal("0")).magnitude.description == "0")
        #expect(try (-literal("1") / literal("0")).magnitude.description == "+Inf")
        #expect(try literal("-1.5").magnitude.description == "1.5")
    }

    @Test("equality compares integers exactly and other numbers by their printed digits")
    func equality() throws {
        let third = try literal("1") / literal("3")
        let root = try binary64(2.0.squareRoot())
        let infinity = try literal("1") / literal("0")
        // 1 == 1.0, -0 == 0, 1/3 == 1/3 + 0, 0.1 + 0.2 == 0.3, pow(10, -1) == 0.1, (1/0) == (1/0)
        #expect(try literal("1") == literal("1.0"))
        #expect(try -literal("0") == literal("0"))
        #expect(try third == third + literal("0"))
        #expect(try literal("0.1") + literal("0.2") == literal("0.3"))
        #expect(try binary64(0.1) == literal("0.1"))
        #expect(try infinity == literal("1") / literal("0"))
        // 1/3 == 0.3…35 (the text 1/3 prints), 1.5 * 2 == 3, 0.1 * 10 == 1
        #expect(try third == literal(third.description))
        #expect(try literal("1.5") * literal("2") == literal("3"))
        #expect(try literal("0.1") * literal("10") == literal("1"))
        // length([1]) / length([1,1,1]) == 1/3, length([1]) / length([1,1,1]) == 0.33333333333333333334
        #expect(try Number(1) / Number(3) != third)
        #expect(try Number(1) / Number(3) == literal("0.33333333333333333334"))
        // pow(2, 0.5) == pow(2, 0.5) + 0, pow(2, 0.5) * pow(2, 0.5) == 2
        #expect(try root != root + literal("0"))
        #expect(try root * root != literal("2"))
        #expect(infinity != -infinity)
    }

    @Test("equal numbers hash alike whatever their precision")
    func hashing() throws {
        let third = try literal("1") / literal("3")
        let pairs: [(Number, Number)] = try [
            (Number(1), literal("1")),
            (-literal("0"), Number(0)),
            (binary64(0.1), literal("0.1")),
            (third, third + literal("0")),
            (Number(4_294_967_296) * Number(4_294_967_296), literal("18446744073709551616")),
            (Number(Int.min), literal("-9223372036854775808")),
            (literal("Inf"), literal("1") / literal("0")),
        ]
        for (left, right) in pairs {
            #expect(left == right)
            #expect(left.hashValue == right.hashValue)
        }
        #expect(Set(pairs.map(\.0) + pairs.map(\.1)).count == pairs.count)
    }

    @Test("order is exact, whatever the printed digits")
    func ordering() throws {
        // 1 < 1.000…0001, 1/3 < 0.3…35, -0 < 0, (1/0) > 1e400
        #expect(try literal("1") < literal("1." + zeros(151) + "1"))
        #expect(try !(literal("1") / literal("3") < literal("0.33333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333333335")))
        #expect(try !(-literal("0") < literal("0")))
        #expect(try literal("1") / literal("0") > literal("1e400"))
        #expect(try -literal("1") / literal("0") < -literal("1e400"))
        #expect(try Number(-3) < binary64(-2.5))
    }

    @Test("parsing accepts what Terraform's tonumber accepts", arguments: [
        ("Inf", "+Inf"), ("inf", "+Inf"), ("-Inf", "-Inf"), ("+5", "5"), ("1p3", "8"), ("1P3", "8"), ("1.5p3", "12"),
        (".5", "0.5"), ("5.", "5"), ("-0.0", "-0"), ("00001.5000", "1.5"), ("7e-1", "0.7"),
        ("1e646456993", "+Inf"), ("1e-646457032", "0"), ("-1e-646457032", "-0"), ("1e700000000", "+Inf"), ("1e-1000000000", "0"),
    ])
    func parsing(text: String, expected: String) throws {
        let number = try literal(text)
        #expect(number.description == expected)
        #expect(number.precision == Number.defaultPrecision)
    }

    @Test("parsing rejects what Terraform's tonumber rejects", arguments: [
        "0x10", " 5", "5 ", "1e", "1e+", "1_000", "", "+", ".", "e5", ".e5", "INF", "Infinity", "+-1", "1..2", "1e5e5",
        "1e9223372036854775807", "1e9223372036854775808", "0e99999999999999999999", "1p2147483647",
    ])
    func parsingRejects(text: String) {
        #expect(Number(parsing: text) == nil)
    }

    @Test("precision follows Go's big.Float: 64 for integers, 53 for binary64, 512 for text and products")
    func precision() throws {
        let root = try binary64(2.0.squareRoot())
        #expect(Number(1).precision == 64)
        #expect(root.precision == 53)
        #expect(try literal("1").precision == 512)
        #expect(try (Number(1) + literal("1")).precision == 512)
        #expect(try (Number(1) / Number(3)).precision == 64)
        #expect(try (root * root).precision == 106)
        #expect(try (root * Number(1)).precision == 64)
        #expect(try (root % literal("1")).precision == 53)
        #expect(Number.infinity.precision == 0)
    }

    @Test("integer and binary64 conversions are exact or nearest")
    func conversions() throws {
        #expect(Number(5).int64Value == 5)
        #expect(try literal("9223372036854775807").int64Value == .max)
        #expect(try literal("-9223372036854775808").int64Value == .min)
        #expect(try literal("9223372036854775808").int64Value == nil)
        #expect(try literal("1.5").int64Value == nil)
        #expect(try (-literal("0")).intValue == 0)
        #expect(Number.infinity.intValue == nil)
        #expect(try literal("0.1").doubleValue == 0.1)
        #expect(try (literal("1") / literal("3")).doubleValue == 1.0 / 3)
        #expect(try literal("1e400").doubleValue == .infinity)
        #expect(try literal("1e-400").doubleValue == 0)
        #expect(try literal("-1e-400").doubleValue.sign == .minus)
        #expect(try literal("4.9406564584124654e-324").doubleValue == .leastNonzeroMagnitude)
        #expect(try literal("2.4703282292062328e-324").doubleValue == .leastNonzeroMagnitude)
        #expect(try literal("2.4703282292062327e-324").doubleValue == 0)
        #expect(try (binary64(.greatestFiniteMagnitude) + literal("0")).doubleValue == .greatestFiniteMagnitude)
        #expect(try literal("1.8e308").doubleValue == .infinity)
        #expect(try binary64(-0x1p-1074).doubleValue == -0x1p-1074)
        #expect(Number(Double.nan) == nil)
    }

    @Test("sign and classification")
    func classification() throws {
        #expect(try (-literal("0")).sign == .zero)
        #expect(try (-literal("0")).isZero)
        #expect(try literal("-1.5").sign == .negative)
        #expect(Number.infinity.sign == .positive)
        #expect(Number.infinity.isInfinite)
        #expect(!Number.infinity.isInteger)
        #expect(try literal("1e400").isInteger)
        #expect(try !literal("0.5").isInteger)
        #expect(Number.zero.isInteger)
        #expect(Number.one == 1)
    }
}
