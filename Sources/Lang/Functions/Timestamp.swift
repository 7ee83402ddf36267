/// An instant together with the fixed UTC offset it was written with, the way Terraform's
/// date functions see a parsed RFC 3339 timestamp (Go's `time.Time` in a fixed zone).
struct Timestamp: Sendable, Equatable {
    /// Whole seconds since 1970-01-01T00:00:00Z.
    let seconds: Int64
    /// Nanoseconds past `seconds`, in 0..<1_000_000_000.
    let nanoseconds: Int64
    /// Seconds east of UTC that the local fields are shown in.
    let offset: Int64

    static let nanosecondsPerSecond: Int64 = 1_000_000_000

    init(seconds: Int64, nanoseconds: Int64 = 0, offset: Int64 = 0) {
        let carry = nanoseconds.floorDivided(by: Self.nanosecondsPerSecond)
        self.seconds = seconds + carry
        self.nanoseconds = nanoseconds - carry * Self.nanosecondsPerSecond
        self.offset = offset
    }

    /// The instant whose local date and time, at `offset` seconds east of UTC, are the given fields;
    /// fields past their usual range carry into the next larger one.
    init(
        year: Int64, month: Int64, day: Int64, hour: Int64, minute: Int64, second: Int64,
        nanosecond: Int64 = 0, offset: Int64 = 0
    ) {
        let days = CivilDate.daysSinceEpoch(year: year, month: month, day: day)
        let local = ((days * 24 + hour) * 60 + minute) * 60 + second
        self.init(seconds: local - offset, nanoseconds: nanosecond, offset: offset)
    }

    /// The same instant shifted by a signed number of nanoseconds, keeping the offset.
    func adding(nanoseconds delta: Int64) -> Timestamp {
        let wholeSeconds = delta / Self.nanosecondsPerSecond
        let remainder = delta % Self.nanosecondsPerSecond
        return Timestamp(seconds: seconds + wholeSeconds, nanoseconds: nanoseconds + remainder, offset: offset)
    }

    /// Whether this instant is earlier than `other`, whatever their offsets.
    func isBefore(_ other: Timestamp) -> Bool {
        (seconds, nanoseconds) < (other.seconds, other.nanoseconds)
    }

    /// Whether both name the same instant, whatever their offsets.
    func isSameInstant(as other: Timestamp) -> Bool {
        seconds == other.seconds && nanoseconds == other.nanoseconds
    }

    /// The calendar fields of this instant at its own offset.
    var local: CivilDateTime {
        let localSeconds = seconds + offset
        let days = localSeconds.floorDivided(by: 86_400)
        let secondOfDay = localSeconds - days * 86_400
        let date = CivilDate(daysSinceEpoch: days)
        return CivilDateTime(
            year: date.year, month: date.month, day: date.day,
            hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60, second: secondOfDay % 60,
            weekday: (days + 4).floorModulo(7)
        )
    }

    /// Go's RFC 3339 layout without fractional seconds: `2006-01-02T15:04:05Z07:00`.
    var rfc3339: String {
        let fields = local
        let year = fields.year < 0 ? "-" + Self.padded(-fields.year, width: 4) : Self.padded(fields.year, width: 4)
        return year + "-" + Self.padded(fields.month, width: 2) + "-" + Self.padded(fields.day, width: 2) + "T"
            + Self.padded(fields.hour, width: 2) + ":" + Self.padded(fields.minute, width: 2) + ":"
            + Self.padded(fields.second, width: 2) + offsetText(utcAsZ: true, colon: true)
    }

    /// The UTC offset as `±hhmm` or `±hh:mm`, or `Z` for UTC when `utcAsZ` is set.
    func offsetText(utcAsZ: Bool, colon: Bool) -> String {
        if offset == 0 && utcAsZ { return "Z" }
        let minutes = abs(offset) / 60
        let sign = offset < 0 ? "-" : "+"
        return sign + Self.padded(minutes / 60, width: 2) + (colon ? ":" : "") + Self.padded(minutes % 60, width: 2)
    }

    /// Decimal digits of a non-negative number, zero-padded to `width`.
    static func padded(_ number: Int64, width: Int) -> String {
        let digits = String(number)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

/// Local calendar fields of a timestamp; `weekday` counts from Sunday = 0.
struct CivilDateTime: Equatable {
    let year: Int64
    let month: Int64
    let day: Int64
    let hour: Int64
    let minute: Int64
    let second: Int64
    let weekday: Int64
}

/// A date of the proleptic Gregorian calendar and its distance from 1970-01-01.
struct CivilDate: Equatable {
    let year: Int64
    let month: Int64
    let day: Int64

    init(daysSinceEpoch days: Int64) {
        let shifted = days + 719_468
        let era = shifted.floorDivided(by: 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    static func daysSinceEpoch(year: Int64, month: Int64, day: Int64) -> Int64 {
        let marchYear = month <= 2 ? year - 1 : year
        let era = marchYear.floorDivided(by: 400)
        let yearOfEra = marchYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }
}

fileprivate extension Int64 {
    /// Division rounding toward negative infinity.
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// The remainder that goes with `floorDivided(by:)`, with the sign of the divisor.
    func floorModulo(_ divisor: Int64) -> Int64 {
        self - floorDivided(by: divisor) * divisor
    }
}
