import Values

/// Decimal integers read as Go's `strconv.ParseInt(text, 10, 64)` reads them, with its errors.
enum GoInteger {
    struct ParseError: Error, CustomStringConvertible {
        var text: String
        var isOutOfRange: Bool

        var description: String {
            "strconv.ParseInt: parsing \(goQuoted(text)): " + (isOutOfRange ? "value out of range" : "invalid syntax")
        }
    }

    static func parse(_ text: String) -> Result<Int64, ParseError> {
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(ParseError(text: text, isOutOfRange: false))
        }
        var magnitude: UInt64 = 0
        for digit in digits.utf8 {
            let (times, overflowTimes) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, overflowSum) = times.addingReportingOverflow(UInt64(digit - UInt8(ascii: "0")))
            guard !overflowTimes, !overflowSum else { return .failure(ParseError(text: text, isOutOfRange: true)) }
            magnitude = sum
        }
        if negative {
            guard magnitude <= UInt64(Int64.max) + 1 else { return .failure(ParseError(text: text, isOutOfRange: true)) }
            return .success(magnitude == UInt64(Int64.max) + 1 ? .min : -Int64(magnitude))
        }
        guard magnitude <= UInt64(Int64.max) else { return .failure(ParseError(text: text, isOutOfRange: true)) }
        return .success(Int64(magnitude))
    }
}
