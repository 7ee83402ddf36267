import Values

/// Why text is not an RFC 3339 timestamp, in the terms of Go's `time.ParseError`: the part of
/// the layout expected, the rest of the text found there, and an optional message.
struct RFC3339ParseFailure: Error, Equatable {
    static let layout = "2006-01-02T15:04:05Z07:00"

    let layoutElement: String
    let valueElement: String
    let message: String

    init(_ layoutElement: String, _ valueElement: some Collection<UInt8>, _ message: String = "") {
        self.layoutElement = layoutElement
        self.valueElement = String(decoding: valueElement, as: UTF8.self)
        self.message = message
    }

    /// The text go-cty gives for this failure (used by `formatdate` and `timeadd`).
    var ctyMessage: String { describe(withDigitHints: true) }

    /// The text Terraform's own parser gives for this failure (used by `timecmp`).
    var terraformMessage: String { describe(withDigitHints: false) }

    private func describe(withDigitHints: Bool) -> String {
        let prefix = "not a valid RFC3339 timestamp"
        if layoutElement.isEmpty && valueElement.isEmpty && !message.isEmpty {
            return prefix + message
        }
        let what: String
        switch layoutElement {
        case "2006": what = "year"
        case "01": what = "month"
        case "02": what = "day of month"
        case "15": what = "hour"
        case "04": what = "minute"
        case "05": what = "second"
        case "Z07:00": what = "UTC offset"
        case "T": return prefix + ": missing required time introducer 'T'"
        case ":", "-":
            if valueElement.isEmpty {
                return prefix + ": end of string where \(goQuoted(layoutElement)) is expected"
            }
            return prefix + ": found \(goQuoted(valueElement)) where \(goQuoted(layoutElement)) is expected"
        default: what = "timestamp segment"
        }
        if valueElement.isEmpty { return prefix + ": end of string before \(what)" }
        if withDigitHints {
            if what == "hour" && valueElement.contains(":") {
                return prefix + ": hour must be between 0 and 23 inclusive"
            }
            if what == "hour" && valueElement.utf8.count != 2 {
                return prefix + ": hour must have exactly two digits"
            }
            if what == "minute" && valueElement.utf8.count != 2 {
                return prefix + ": minute must have exactly two digits"
            }
        }
        return prefix + ": cannot use \(goQuoted(valueElement)) as \(what)"
    }
}

/// Parsing of RFC 3339 timestamps, both the lenient way of Go's `time.Parse` (which Terraform's
/// `timecmp` uses) and go-cty's strict way (used by `formatdate` and `timeadd`).
enum RFC3339Parser {
    /// Go's `time.Parse(time.RFC3339, text)`: also accepts a one-digit hour, a comma before the
    /// fraction and offsets up to ±24:60.
    static func parseLenient(_ text: String) -> Result<Timestamp, RFC3339ParseFailure> {
        var scanner = LenientScanner(Array(text.utf8)[...])
        do {
            return .success(try scanner.parse())
        } catch {
            return .failure(error)
        }
    }

    /// go-cty's strict RFC 3339 parsing, with its explanations where Go's parser is more lenient.
    static func parseStrict(_ text: String) -> Result<Timestamp, RFC3339ParseFailure> {
        let bytes = Array(text.utf8)
        if let timestamp = strictTimestamp(bytes) { return .success(timestamp) }
        if case .failure(let failure) = parseLenient(text) { return .failure(failure) }
        func byte(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }
        func twoDigits(_ start: Int) -> Int { Int(bytes[start] &- 48) * 10 + Int(bytes[start + 1] &- 48) }
        if byte(12) == UInt8(ascii: ":") {
            return .failure(RFC3339ParseFailure("15", bytes[11..<12], ": hour must have two digits"))
        }
        if byte(19) == UInt8(ascii: ",") {
            return .failure(RFC3339ParseFailure(".", Array(",".utf8), ": sub-second separator must be a period"))
        }
        if bytes.count >= 6 && bytes.last != UInt8(ascii: "Z") {
            let zone = bytes[(bytes.count - 6)...]
            if twoDigits(bytes.count - 5) >= 24 {
                return .failure(RFC3339ParseFailure("Z07:00", zone, ": timezone hour out of range"))
            }
            if twoDigits(bytes.count - 2) >= 60 {
                return .failure(RFC3339ParseFailure("Z07:00", zone, ": timezone minute out of range"))
            }
        }
        return .failure(RFC3339ParseFailure(RFC3339ParseFailure.layout, bytes))
    }

    private static func strictTimestamp(_ bytes: [UInt8]) -> Timestamp? {
        guard bytes.count >= 19 else { return nil }
        func number(_ range: Range<Int>, _ bounds: ClosedRange<Int64>) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[range] {
                guard byte.isDigitByte else { return nil }
                value = value * 10 + Int64(byte - 48)
            }
            return bounds.contains(value) ? value : nil
        }
        guard let year = number(0..<4, 0...9999), let month = number(5..<7, 1...12),
            let day = number(8..<10, 1...CivilDate.daysIn(month: month, year: year)),
            let hour = number(11..<13, 0...23), let minute = number(14..<16, 0...59),
            let second = number(17..<19, 0...59),
            bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "T"),
            bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
        else { return nil }
        var rest = bytes[19...]
        var nanosecond: Int64 = 0
        if rest.count >= 2 && rest.first == UInt8(ascii: ".") && rest[rest.startIndex + 1].isDigitByte {
            let digits = rest.dropFirst().prefix { $0.isDigitByte }
            nanosecond = fractionNanoseconds(digits)
            rest = rest[digits.endIndex...]
        }
        var offset: Int64 = 0
        if !(rest.count == 1 && rest.first == UInt8(ascii: "Z")) {
            guard rest.count == 6 else { return nil }
            let zone = Array(rest)
            guard let zoneHour = twoDigitNumber(zone[1], zone[2]), zoneHour <= 23,
                let zoneMinute = twoDigitNumber(zone[4], zone[5]), zoneMinute <= 59,
                zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"), zone[3] == UInt8(ascii: ":")
            else { return nil }
            offset = (zoneHour * 60 + zoneMinute) * 60 * (zone[0] == UInt8(ascii: "-") ? -1 : 1)
        }
        return Timestamp(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            nanosecond: nanosecond, offset: offset
        )
    }

    /// Nanoseconds from the digits after the decimal point; digits past the ninth are ignored.
    static func fractionNanoseconds(_ digits: some Collection<UInt8>) -> Int64 {
        var value: Int64 = 0
        var count = 0
        for digit in digits.prefix(9) {
            value = value * 10 + Int64(digit - 48)
            count += 1
        }
        for _ in count..<9 { value *= 10 }
        return value
    }

    static func twoDigitNumber(_ first: UInt8, _ second: UInt8) -> Int64? {
        guard first.isDigitByte, second.isDigitByte else { return nil }
        return Int64(first - 48) * 10 + Int64(second - 48)
    }
}

/// Go's general `time.Parse` walking the RFC 3339 layout one element at a time.
private struct LenientScanner {
    private var rest: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { rest = bytes }

    mutating func parse() throws(RFC3339ParseFailure) -> Timestamp {
        let year = try fourDigitYear()
        try expect("-")
        let month = try number(layout: "01", twoDigits: true, range: 1...12, rangeName: "month")
        try expect("-")
        let day = try number(layout: "02", twoDigits: true, range: nil, rangeName: "")
        try expect("T")
        let hour = try number(layout: "15", twoDigits: false, range: 0...23, rangeName: "hour")
        try expect(":")
        let minute = try number(layout: "04", twoDigits: true, range: 0...59, rangeName: "minute")
        try expect(":")
        let second = try number(layout: "05", twoDigits: true, range: 0...59, rangeName: "second")
        let nanosecond = fraction()
        let offset = try zoneOffset()
        if !rest.isEmpty {
            throw RFC3339ParseFailure("", rest, ": extra text: " + goTimeQuoted(rest))
        }
        guard day >= 1 && day <= CivilDate.daysIn(month: month, year: year) else {
            throw RFC3339ParseFailure("", rest, ": day out of range")
        }
        return Timestamp(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second,
            nanosecond: nanosecond, offset: offset
        )
    }

    private mutating func fourDigitYear() throws(RFC3339ParseFailure) -> Int64 {
        guard rest.count >= 4, rest.prefix(4).allSatisfy(\.isDigitByte) else {
            throw RFC3339ParseFailure("2006", rest)
        }
        let value = rest.prefix(4).reduce(Int64(0)) { $0 * 10 + Int64($1 - 48) }
        rest = rest.dropFirst(4)
        return value
    }

    private mutating func expect(_ literal: Unicode.Scalar) throws(RFC3339ParseFailure) {
        guard rest.first == UInt8(ascii: literal) else {
            throw RFC3339ParseFailure(String(literal), rest)
        }
        rest = rest.dropFirst()
    }

    /// Go's `getnum`: one or two digits (exactly two when `twoDigits`), then a range check that
    /// reports the text after the number.
    private mutating func number(
        layout: String, twoDigits: Bool, range: ClosedRange<Int64>?, rangeName: String
    ) throws(RFC3339ParseFailure) -> Int64 {
        let start = rest
        guard let first = rest.first, first.isDigitByte else { throw RFC3339ParseFailure(layout, start) }
        var value = Int64(first - 48)
        rest = rest.dropFirst()
        if let second = rest.first, second.isDigitByte {
            value = value * 10 + Int64(second - 48)
            rest = rest.dropFirst()
        } else if twoDigits {
            throw RFC3339ParseFailure(layout, start)
        }
        if let range, !range.contains(value) {
            throw RFC3339ParseFailure(layout, rest, ": \(rangeName) out of range")
        }
        return value
    }

    private mutating func fraction() -> Int64 {
        guard rest.count >= 2, rest.first == UInt8(ascii: ".") || rest.first == UInt8(ascii: ","),
            rest[rest.startIndex + 1].isDigitByte
        else { return 0 }
        let digits = rest.dropFirst().prefix { $0.isDigitByte }
        rest = rest[digits.endIndex...]
        return RFC3339Parser.fractionNanoseconds(digits)
    }

    private mutating func zoneOffset() throws(RFC3339ParseFailure) -> Int64 {
        if rest.first == UInt8(ascii: "Z") {
            rest = rest.dropFirst()
            return 0
        }
        let start = rest
        guard rest.count >= 6, rest[rest.startIndex + 3] == UInt8(ascii: ":") else {
            throw RFC3339ParseFailure("Z07:00", start)
        }
        let zone = Array(rest.prefix(6))
        rest = rest.dropFirst(6)
        let hours = RFC3339Parser.twoDigitNumber(zone[1], zone[2])
        let minutes = hours == nil ? nil : RFC3339Parser.twoDigitNumber(zone[4], zone[5])
        if let minutes, minutes > 60 {
            throw RFC3339ParseFailure("Z07:00", rest, ": time zone offset minute out of range")
        }
        if let hours, hours > 24 {
            throw RFC3339ParseFailure("Z07:00", rest, ": time zone offset hour out of range")
        }
        guard let hours, let minutes, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-") else {
            throw RFC3339ParseFailure("Z07:00", start)
        }
        return (hours * 60 + minutes) * 60 * (zone[0] == UInt8(ascii: "-") ? -1 : 1)
    }
}

extension UInt8 {
    fileprivate var isDigitByte: Bool { self >= 48 && self <= 57 }
}
