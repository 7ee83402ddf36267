extension Number {
    /// Parses text as Terraform does (`cty.ParseNumberVal`, Go's `big.ParseFloat` in base 10 with
    /// 512 bits): an optional sign, digits with at most one point, and an optional exponent of ten
    /// (`e`, `E`) or two (`p`, `P`); or "Inf"/"inf" with an optional sign. Nil for anything else
    /// and for exponents out of range.
    public init?(parsing text: String) {
        let precision = Self.defaultPrecision
        let bytes = Array(text.utf8)
        if let negative = Self.infinitySign(bytes) {
            self.init(storage: .infinity(negative: negative), precision: precision)
            return
        }
        guard let literal = NumberLiteral(bytes) else { return nil }
        let mantissa = BigUInt(decimalDigits: literal.digits[...])
        guard !mantissa.isZero else {
            self = .zero(negative: literal.isNegative, precision: precision)
            return
        }
        guard let scale = literal.scale(mantissaBits: mantissa.bitWidth) else { return nil }
        let value = BinaryValue(isNegative: literal.isNegative, significand: mantissa, exponent: scale.binary - mantissa.bitWidth)
        guard scale.decimal != 0 else {
            self.init(rounding: value, precision: precision)
            return
        }
        let power = Self.powerOfFive(scale.decimal.magnitude, precision: precision + 64)
        if let factor = power.binary {
            self = scale.decimal < 0 ? Self.quotient(value, factor, precision: precision) : Self.product(value, factor, precision: precision)
        } else if scale.decimal < 0 {
            self = .zero(negative: literal.isNegative, precision: precision)
        } else {
            self.init(storage: .infinity(negative: literal.isNegative), precision: precision)
        }
    }

    private static func infinitySign(_ bytes: [UInt8]) -> Bool? {
        var rest = bytes[...]
        var negative = false
        if bytes.count == 4, let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            rest = bytes.dropFirst()
        }
        return rest.elementsEqual("Inf".utf8) || rest.elementsEqual("inf".utf8) ? negative : nil
    }

    /// 5^exponent rounded as Go's parser computes it: exact up to 5^27, then by repeated squaring
    /// with the running product at `precision` bits and the squares at 64 bits more.
    private static func powerOfFive(_ exponent: UInt, precision: Int) -> Number {
        let tableLimit: UInt = 27
        let exact = { (power: UInt) in
            Number(exact: BinaryValue(isNegative: false, significand: .powerOfFive(Int(power)), exponent: 0), precision: precision)
        }
        guard exponent > tableLimit else { return exact(exponent) }
        var result = exact(tableLimit)
        var factor = Number(exact: BinaryValue(isNegative: false, significand: BigUInt(5), exponent: 0), precision: precision + 64)
        var remaining = exponent - tableLimit
        while remaining > 0 {
            if remaining & 1 == 1 {
                result = product(result, factor, precision: precision)
            }
            factor = product(factor, factor, precision: precision + 64)
            remaining >>= 1
        }
        return result
    }
}

/// The parts of a decimal literal: sign, digits without the point, and exponent.
private struct NumberLiteral {
    var isNegative = false
    var digits: [UInt8] = []
    var fractionDigitCount = 0
    var exponent: Int64 = 0
    var exponentIsBinary = false

    init?(_ bytes: [UInt8]) {
        var index = 0
        func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }
        guard let first = peek() else { return nil }
        if first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            isNegative = first == UInt8(ascii: "-")
            index += 1
        }
        var sawPoint = false
        while let byte = peek() {
            if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else if Self.isDigit(byte) {
                digits.append(byte)
                if sawPoint { fractionDigitCount += 1 }
            } else {
                break
            }
            index += 1
        }
        guard !digits.isEmpty else { return nil }
        if let marker = peek(), "eEpP".utf8.contains(marker) {
            exponentIsBinary = marker == UInt8(ascii: "p") || marker == UInt8(ascii: "P")
            index += 1
            var negativeExponent = false
            if let sign = peek(), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                negativeExponent = sign == UInt8(ascii: "-")
                index += 1
            }
            let start = index
            while let byte = peek(), Self.isDigit(byte) {
                index += 1
            }
            let text = (negativeExponent ? "-" : "") + String(decoding: bytes[start..<index], as: UTF8.self)
            guard index > start, let exponent = Int64(text) else { return nil }
            self.exponent = exponent
        }
        guard index == bytes.count else { return nil }
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// The powers of two and of five the mantissa is scaled by, the power of two counted as the
    /// position of its top bit; nil when that lies outside Go's 32-bit exponent.
    func scale(mantissaBits: Int) -> (binary: Int, decimal: Int)? {
        var binary = Int64(mantissaBits) - Int64(fractionDigitCount)
        var decimal = -Int64(fractionDigitCount)
        var overflow: Bool
        (binary, overflow) = binary.addingReportingOverflow(exponent)
        guard !overflow, let binary32 = Int32(exactly: binary) else { return nil }
        if !exponentIsBinary {
            decimal += exponent
        }
        return (Int(binary32), Int(decimal))
    }
}
