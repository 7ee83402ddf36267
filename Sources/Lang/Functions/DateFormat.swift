import Values

/// Terraform's `formatdate` specification language: runs of a letter are verbs (`YYYY`, `MMM`,
/// `hh`, `ZZZZZ`, …), text in single quotes is literal (`''` is a quote), anything else is copied.
enum DateFormat {
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]
    private static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// Renders `timestamp` according to `format`, or explains the first bad verb or literal.
    static func render(_ timestamp: Timestamp, format: String) throws(DateFormatError) -> String {
        let fields = timestamp.local
        var output = ""
        for token in tokens(Array(format.utf8)) {
            guard let first = token.first else { continue }
            if first == quote {
                output += try literal(token)
            } else if first.isLetter {
                output += try verb(token, fields: fields, timestamp: timestamp)
            } else {
                output += String(decoding: token, as: UTF8.self)
            }
        }
        return output
    }

    private static let quote = UInt8(ascii: "'")

    /// Splits the format into quoted literals, runs of one letter, and other text.
    private static func tokens(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var tokens: [ArraySlice<UInt8>] = []
        var index = 0
        while index < bytes.count {
            let start = index
            if bytes[index] == quote {
                index += 1
                if index < bytes.count && bytes[index] == quote {
                    index += 1
                } else {
                    while index < bytes.count {
                        if bytes[index] == quote {
                            if index + 1 < bytes.count && bytes[index + 1] == quote {
                                index += 2
                                continue
                            }
                            index += 1
                            break
                        }
                        index += 1
                    }
                }
            } else if bytes[index].isLetter {
                let letter = bytes[index]
                while index < bytes.count && bytes[index] == letter { index += 1 }
            } else {
                index += 1
                while index < bytes.count && bytes[index] != quote && !bytes[index].isLetter { index += 1 }
            }
            tokens.append(bytes[start..<index])
        }
        return tokens
    }

    private static func literal(_ token: ArraySlice<UInt8>) throws(DateFormatError) -> String {
        guard token.count > 1, token.last == quote else { throw DateFormatError("unterminated literal '") }
        if token.count == 2 { return "'" }
        var text: [UInt8] = []
        var index = token.startIndex + 1
        while index < token.endIndex - 1 {
            text.append(token[index])
            index += token[index] == quote ? 2 : 1
        }
        return String(decoding: text, as: UTF8.self)
    }

    private static func verb(
        _ token: ArraySlice<UInt8>, fields: CivilDateTime, timestamp: Timestamp
    ) throws(DateFormatError) -> String {
        let length = token.count
        let name = goQuoted(String(decoding: token, as: UTF8.self))
        func invalid(_ explanation: String) -> DateFormatError {
            DateFormatError("invalid date format verb \(name): \(explanation)")
        }
        switch token.first {
        case UInt8(ascii: "Y"):
            switch length {
            case 2: return goZeroPadded(fields.year % 100, width: 2)
            case 4: return goZeroPadded(fields.year, width: 4)
            default: throw invalid(#"year must either be "YY" or "YYYY""#)
            }
        case UInt8(ascii: "M"):
            switch length {
            case 1: return String(fields.month)
            case 2: return goZeroPadded(fields.month, width: 2)
            case 3: return String(monthNames[Int(fields.month) - 1].prefix(3))
            case 4: return monthNames[Int(fields.month) - 1]
            default: throw invalid(#"month must be "M", "MM", "MMM", or "MMMM""#)
            }
        case UInt8(ascii: "D"):
            return try number(fields.day, length: length, orThrow: invalid(#"day of month must either be "D" or "DD""#))
        case UInt8(ascii: "E"):
            switch length {
            case 3: return String(weekdayNames[Int(fields.weekday)].prefix(3))
            case 4: return weekdayNames[Int(fields.weekday)]
            default: throw invalid(#"day of week must either be "EEE" or "EEEE""#)
            }
        case UInt8(ascii: "h"):
            return try number(fields.hour, length: length, orThrow: invalid(#"24-hour must either be "h" or "hh""#))
        case UInt8(ascii: "H"):
            let hour = fields.hour % 12 == 0 ? 12 : fields.hour % 12
            return try number(hour, length: length, orThrow: invalid(#"12-hour must either be "H" or "HH""#))
        case UInt8(ascii: "A"), UInt8(ascii: "a"):
            let letter = String(decoding: token.prefix(1), as: UTF8.self)
            guard length == 2 else { throw invalid("must be \"\(letter)\(letter)\"") }
            let marker = fields.hour < 12 ? "AM" : "PM"
            return letter == "A" ? marker : marker.lowercased()
        case UInt8(ascii: "m"):
            return try number(fields.minute, length: length, orThrow: invalid(#"minute must either be "m" or "mm""#))
        case UInt8(ascii: "s"):
            return try number(fields.second, length: length, orThrow: invalid(#"second must either be "s" or "ss""#))
        case UInt8(ascii: "Z"):
            switch length {
            case 1: return timestamp.offsetText(utcAsZ: true, colon: true)
            case 3: return timestamp.offset == 0 ? "UTC" : timestamp.offsetText(utcAsZ: false, colon: false)
            case 4: return timestamp.offsetText(utcAsZ: false, colon: false)
            case 5: return timestamp.offsetText(utcAsZ: false, colon: true)
            default: throw invalid("timezone must be Z, ZZZZ, or ZZZZZ")
            }
        default:
            throw DateFormatError("invalid date format verb \(name)")
        }
    }

    private static func number(_ value: Int64, length: Int, orThrow error: DateFormatError) throws(DateFormatError) -> String {
        switch length {
        case 1: return String(value)
        case 2: return goZeroPadded(value, width: 2)
        default: throw error
        }
    }

    /// Go's `%0Nd`: zero padding to `width` characters, after the sign of a negative number.
    private static func goZeroPadded(_ value: Int64, width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        let padding = max(0, width - sign.count - digits.count)
        return sign + String(repeating: "0", count: padding) + digits
    }
}

/// A `formatdate` specification Terraform rejects, with its message.
struct DateFormatError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}

extension UInt8 {
    fileprivate var isLetter: Bool { (self >= 65 && self <= 90) || (self >= 97 && self <= 122) }
}
