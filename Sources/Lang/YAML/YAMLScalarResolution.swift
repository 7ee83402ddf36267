import Foundation
import Values

/// How Terraform's YAML decoder (go-cty-yaml) gives a scalar its value: booleans include
/// `yes`/`on`, numbers follow the YAML 1.2 core schema (decimal, `0x`, `0o`), timestamps become
/// RFC 3339 strings, and explicit `!!` tags are honoured.
enum YAMLScalarResolution {
    static let tagPrefix = "tag:yaml.org,2002:"
    static let stringTag = tagPrefix + "str"
    static let boolTag = tagPrefix + "bool"
    static let intTag = tagPrefix + "int"
    static let floatTag = tagPrefix + "float"
    static let nullTag = tagPrefix + "null"
    static let timestampTag = tagPrefix + "timestamp"
    static let binaryTag = tagPrefix + "binary"
    static let mapTag = tagPrefix + "map"
    static let sequenceTag = tagPrefix + "seq"

    private static let fixed: [String: Value] = {
        var table: [String: Value] = [:]
        for word in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { table[word] = .true }
        for word in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] { table[word] = .false }
        for word in ["", "~", "null", "Null", "NULL"] { table[word] = .null(.dynamic) }
        for word in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { table[word] = .number(.infinity) }
        for word in ["-.inf", "-.Inf", "-.INF"] { table[word] = .number(-Number.infinity) }
        return table
    }()

    /// The value of a scalar with the given tag (nil when untagged and plain).
    static func resolve(_ text: String, tag: String?) throws(FunctionError) -> Value {
        let tag = tag ?? ""
        let known = ["", stringTag, boolTag, intTag, floatTag, nullTag, timestampTag, binaryTag]
        guard known.contains(tag) else { throw .call("unsupported tag \(goQuoted(tag))") }
        let first = text.unicodeScalars.first
        let hint: Character? = switch first {
        case nil: "N"
        case "+", "-": "S"
        case ("0"..."9")?: "D"
        case "y", "Y", "n", "N", "t", "T", "f", "F", "o", "O", "~": "M"
        case ".": "."
        default: nil
        }
        if hint != nil && tag != stringTag && tag != binaryTag {
            if let value = fixed[text] { return value }
            if [".nan", ".NaN", ".NAN"].contains(text) { throw .call("floating point NaN is not supported") }
            if hint == "D" || hint == "S", tag.isEmpty || tag == timestampTag, let time = timestamp(text) {
                return .string(time)
            }
            if hint != "M", let number = number(text) { return .number(number) }
        }
        switch tag {
        case stringTag, "":
            return .string(text)
        case binaryTag:
            guard case .success = Base64.decoded(text) else {
                throw .call("cannot parse \(goQuoted(text)) as \(tag): not valid base64")
            }
            return .string(text)
        case boolTag:
            guard let value = fixed[text], value.type == .bool else { throw .call("cannot parse \(goQuoted(text)) as \(tag)") }
            return value
        case nullTag:
            return .null(.dynamic)
        case timestampTag:
            guard let time = timestamp(text) else { throw .call("cannot parse \(goQuoted(text)) as \(tag)") }
            return .string(time)
        default:
            throw .call("cannot parse \(goQuoted(text)) as \(tag)")
        }
    }

    /// A YAML 1.2 core schema number: decimal with optional fraction and exponent, or an
    /// unsigned `0x` hexadecimal or `0o` octal integer.
    static func number(_ text: String) -> Number? {
        let scalars = Array(text.unicodeScalars)
        if scalars.count > 2, scalars[0] == "0", scalars[1] == "x" || scalars[1] == "o" {
            let radix = scalars[1] == "x" ? 16 : 8
            guard let value = UInt64(String(text.dropFirst(2)), radix: radix) else { return nil }
            return Number(parsing: String(value))
        }
        guard isDecimal(scalars) else { return nil }
        return Number(parsing: text)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`
    private static func isDecimal(_ scalars: [Unicode.Scalar]) -> Bool {
        var index = 0
        func digits() -> Int {
            let start = index
            while index < scalars.count && ("0"..."9").contains(scalars[index]) { index += 1 }
            return index - start
        }
        if index < scalars.count && (scalars[index] == "+" || scalars[index] == "-") { index += 1 }
        if index < scalars.count && scalars[index] == "." {
            index += 1
            guard digits() > 0 else { return false }
        } else {
            guard digits() > 0 else { return false }
            if index < scalars.count && scalars[index] == "." {
                index += 1
                _ = digits()
            }
        }
        if index < scalars.count && (scalars[index] == "e" || scalars[index] == "E") {
            index += 1
            if index < scalars.count && (scalars[index] == "+" || scalars[index] == "-") { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == scalars.count
    }

    /// The timestamp as RFC 3339 text, for the forms Go's `time.Parse` accepts in go-cty-yaml:
    /// `2006-1-2`, `2006-1-2 15:4:5.999999999` (UTC) and `2006-1-2T15:4:5.999999999Z07:00`.
    static func timestamp(_ text: String) -> String? {
        var reader = TimestampReader(Array(text.unicodeScalars))
        guard let year = reader.number(minimum: 4, maximum: 4), reader.take("-"),
              let month = reader.number(minimum: 1, maximum: 2), reader.take("-"),
              let day = reader.number(minimum: 1, maximum: 2),
              (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        let date = pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
        if reader.atEnd { return date + "T00:00:00Z" }
        let separator = reader.next()
        guard separator == "T" || separator == "t" || separator == " ",
              let hour = reader.number(minimum: 1, maximum: 2), hour < 24, reader.take(":"),
              let minute = reader.number(minimum: 1, maximum: 2), minute < 60, reader.take(":"),
              let second = reader.number(minimum: 1, maximum: 2), second < 60
        else { return nil }
        if reader.peek() == "." || reader.peek() == "," {
            _ = reader.next()
            guard reader.number(minimum: 1, maximum: 9) != nil else { return nil }
        }
        let time = date + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        if separator == " " {
            return reader.atEnd ? time + "Z" : nil
        }
        if reader.take("Z") { return reader.atEnd ? time + "Z" : nil }
        guard let sign = reader.next(), sign == "+" || sign == "-",
              let zoneHour = reader.number(minimum: 2, maximum: 2), reader.take(":"),
              let zoneMinute = reader.number(minimum: 2, maximum: 2), reader.atEnd
        else { return nil }
        if zoneHour == 0 && zoneMinute == 0 { return time + "Z" }
        return time + String(sign) + pad(zoneHour, 2) + ":" + pad(zoneMinute, 2)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private struct TimestampReader {
        let scalars: [Unicode.Scalar]
        var index = 0

        init(_ scalars: [Unicode.Scalar]) {
            self.scalars = scalars
        }

        var atEnd: Bool { index == scalars.count }
        func peek() -> Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

        mutating func next() -> Unicode.Scalar? {
            defer { index += 1 }
            return peek()
        }

        mutating func take(_ expected: Unicode.Scalar) -> Bool {
            guard peek() == expected else { return false }
            index += 1
            return true
        }

        mutating func number(minimum: Int, maximum: Int) -> Int? {
            var value = 0
            var count = 0
            while count < maximum, let digit = peek(), ("0"..."9").contains(digit) {
                value = value * 10 + Int(digit.value - 48)
                count += 1
                index += 1
            }
            return count >= minimum ? value : nil
        }
    }
}
