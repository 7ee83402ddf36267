import Values

/// Numbers formatted the way go-cty's `format` does it: Go's `fmt` applied to a `big.Int` for
/// the integer verbs and to a `big.Float` for the others, and `Text('g', -1)` for `%v`.
enum FormatNumbers {
    /// `%b %d %o %x %X` of a whole number, with Go's sign, `#` prefix, precision (minimum digits)
    /// and width.
    static func integer(_ number: Number, _ verb: FormatVerb) -> String {
        let exact = ExactNumber(number)
        let bits = exact?.integerBits ?? []
        var digits = digitText(bits, exact: exact, mode: verb.mode)
        let isNegative = !bits.isEmpty && exact?.isNegative == true
        let sign = isNegative ? "-" : verb.plus ? "+" : verb.space ? " " : ""
        var prefix = ""
        if verb.sharp {
            switch verb.mode {
            case "b": prefix = "0b"
            case "o": prefix = "0"
            case "x": prefix = "0x"
            case "X": prefix = "0X"
            default: break
            }
        }
        var zeros = 0
        if let precision = verb.precision {
            if digits.count < precision {
                zeros = precision - digits.count
            } else if digits == "0" && precision == 0 {
                return ""
            }
        }
        let length = sign.count + prefix.count + zeros + digits.count
        var left = 0
        var right = 0
        if let width = verb.width, length < width {
            if verb.minus {
                right = width - length
            } else if verb.zero && verb.precision == nil {
                zeros = width - length
            } else {
                left = width - length
            }
        }
        digits = String(repeating: "0", count: zeros) + digits
        return String(repeating: " ", count: left) + sign + prefix + digits + String(repeating: " ", count: right)
    }

    /// `%e %E %f %g %G` with Go's `big.Float` rules: precision 6 by default (shortest for
    /// `%g`), rounding half to even on the exact value, and padding by width (zeros win over
    /// `-`, as in Go).
    static func float(_ number: Number, _ verb: FormatVerb) -> String {
        var body = text(number, mode: verb.mode, precision: verb.precision)
        var sign = ""
        if body.hasPrefix("-") {
            sign = "-"
            body.removeFirst()
        } else if body.hasPrefix("+") {
            sign = verb.space ? " " : "+"
            body.removeFirst()
        } else if verb.plus {
            sign = "+"
        } else if verb.space {
            sign = " "
        }
        let padding = max((verb.width ?? 0) - sign.count - body.count, 0)
        if verb.zero && !number.isInfinite {
            return sign + String(repeating: "0", count: padding) + body
        }
        if verb.minus {
            return sign + body + String(repeating: " ", count: padding)
        }
        return String(repeating: " ", count: padding) + sign + body
    }

    /// Go's `big.Float.Text(mode, precision)` with `nil` meaning the default for the mode.
    static func text(_ number: Number, mode: Unicode.Scalar, precision: Int?) -> String {
        guard let exact = ExactNumber(number) else {
            return number.sign == .negative ? "-Inf" : "+Inf"
        }
        let isGeneral = mode == "g" || mode == "G"
        let sign = exact.isNegative ? "-" : ""
        let exponentLetter: Unicode.Scalar = mode == "E" || mode == "G" ? "E" : "e"
        guard let requested = precision ?? (isGeneral ? nil : 6) else {
            return sign + shortestGeneral(exact.shortest, exponentLetter: exponentLetter)
        }
        var decimal = exact.decimal
        switch mode {
        case "e", "E":
            decimal.round(toDigits: 1 + requested)
            return sign + scientific(decimal, fractionDigits: requested, letter: exponentLetter)
        case "f":
            decimal.round(toDigits: decimal.exponent + requested)
            return sign + fixed(decimal, fractionDigits: requested)
        default:
            let significant = max(requested, 1)
            decimal.round(toDigits: significant)
            return sign + general(decimal, precision: significant, shortest: false, exponentLetter: exponentLetter)
        }
    }

    /// `Text('g', -1)`: the shortest digits, in exponent form below 1e-4 or from 1e21 on.
    private static func shortestGeneral(_ decimal: GoDecimal, exponentLetter: Unicode.Scalar) -> String {
        general(decimal, precision: decimal.digits.count, shortest: true, exponentLetter: exponentLetter)
    }

    private static func general(
        _ decimal: GoDecimal, precision: Int, shortest: Bool, exponentLetter: Unicode.Scalar
    ) -> String {
        var precision = precision
        var exponentPrecision = precision
        if exponentPrecision > decimal.digits.count && decimal.digits.count >= decimal.exponent {
            exponentPrecision = decimal.digits.count
        }
        if shortest { exponentPrecision = 6 }
        let exponent = decimal.exponent - 1
        if exponent < -4 || exponent >= exponentPrecision {
            precision = min(precision, decimal.digits.count)
            return scientific(decimal, fractionDigits: precision - 1, letter: exponentLetter)
        }
        if precision > decimal.exponent { precision = decimal.digits.count }
        return fixed(decimal, fractionDigits: max(precision - decimal.exponent, 0))
    }

    private static func scientific(_ decimal: GoDecimal, fractionDigits: Int, letter: Unicode.Scalar) -> String {
        var text = String(decimal.digit(at: 0))
        if fractionDigits > 0 {
            text += "."
            for index in 1...fractionDigits {
                text += String(decimal.digit(at: index))
            }
        }
        let exponent = decimal.digits.isEmpty ? 0 : decimal.exponent - 1
        let magnitude = String(exponent.magnitude)
        text.unicodeScalars.append(letter)
        return text + (exponent < 0 ? "-" : "+") + (magnitude.count < 2 ? "0" : "") + magnitude
    }

    private static func fixed(_ decimal: GoDecimal, fractionDigits: Int) -> String {
        var text = ""
        if decimal.exponent > 0 {
            for index in 0..<decimal.exponent {
                text += String(decimal.digit(at: index))
            }
        } else {
            text = "0"
        }
        if fractionDigits > 0 {
            text += "."
            for index in 0..<fractionDigits {
                text += String(decimal.digit(at: decimal.exponent + index))
            }
        }
        return text
    }

    /// The magnitude's digits in the verb's base.
    private static func digitText(_ bits: [Bool], exact: ExactNumber?, mode: Unicode.Scalar) -> String {
        guard !bits.isEmpty else { return "0" }
        switch mode {
        case "b":
            return String(bits.map { $0 ? "1" : "0" })
        case "o":
            return groupedDigits(bits, bitsPerDigit: 3, alphabet: "01234567")
        case "x":
            return groupedDigits(bits, bitsPerDigit: 4, alphabet: "0123456789abcdef")
        case "X":
            return groupedDigits(bits, bitsPerDigit: 4, alphabet: "0123456789ABCDEF")
        default:
            let decimal = exact?.decimal ?? .zero
            return fixed(decimal, fractionDigits: 0)
        }
    }

    private static func groupedDigits(_ bits: [Bool], bitsPerDigit: Int, alphabet: String) -> String {
        let symbols = Array(alphabet)
        var result: [Character] = []
        var end = bits.count
        while end > 0 {
            let start = max(end - bitsPerDigit, 0)
            let value = bits[start..<end].reduce(0) { $0 << 1 | ($1 ? 1 : 0) }
            result.append(symbols[value])
            end = start
        }
        return String(result.reversed())
    }
}
