import Foundation
import Testing
@testable import Lang
import Values

private func dateFunction(_ name: String) throws -> Function {
    try #require(DateTimeFunctions.all[name])
}

private func callString(_ name: String, _ arguments: String...) throws -> String? {
    try dateFunction(name).call(arguments.map { Value.string($0) }).stringValue
}

private func failure(_ name: String, _ arguments: String...) throws -> FunctionError? {
    do {
        _ = try dateFunction(name).call(arguments.map { Value.string($0) })
        return nil
    } catch let error as FunctionError {
        return error
    }
}

@Suite("date and time functions")
struct DateTimeFunctionsTests {
    @Test("formatdate renders every verb as Terraform does", arguments: [
        ("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z", "02 Jan 2018 23:12 UTC"),
        ("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z", "Tuesday, 02-Jan-18 23:12:01 UTC"),
        ("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00", "Tue, 02 Jan 2018 23:12:01 -0800"),
        ("HH:mm:ss", "2018-01-02T23:12:01Z", "11:12:01"),
        ("h:mmaa", "2018-01-02T23:12:01Z", "23:12pm"),
        ("h:mmAA", "2018-01-02T03:12:01Z", "3:12AM"),
        ("YYYY-MM-DD'T'hh:mm:ssZ", "2018-01-02T23:12:01+05:30", "2018-01-02T23:12:01+05:30"),
        ("ZZZZ ZZZZZ ZZZ Z", "2018-01-02T23:12:01+05:30", "+0530 +05:30 +0530 +05:30"),
        ("ZZZZ ZZZZZ ZZZ Z", "2018-01-02T23:12:01Z", "+0000 +00:00 UTC Z"),
        ("Z ZZZ", "2018-01-02T23:12:01-00:00", "Z UTC"),
        ("YY YYYY M MM MMM MMMM D DD", "2018-01-02T23:12:01Z", "18 2018 1 01 Jan January 2 02"),
        ("EEE EEEE", "2024-02-29T00:00:00Z", "Thu Thursday"),
        ("H HH h hh m mm s ss", "2018-01-02T03:04:05Z", "3 03 3 03 4 04 5 05"),
        ("'literal' 'it''s' ''", "2018-01-02T23:12:01Z", "literal it's '"),
        ("YYYY", "2018-01-02T23:12:01.123456789Z", "2018"),
        ("", "2018-01-02T23:12:01Z", ""),
        ("YYYY", "0001-01-01T00:00:00Z", "0001"),
        ("DD MMM YYYY", "2000-02-29T12:00:00Z", "29 Feb 2000"),
    ])
    func formatdate(format: String, time: String, expected: String) throws {
        #expect(try callString("formatdate", format, time) == expected)
    }

    @Test("formatdate rejects bad verbs and literals in the format argument", arguments: [
        ("no tokens here!", #"invalid date format verb "n""#),
        ("YYYYY", #"invalid date format verb "YYYYY": year must either be "YY" or "YYYY""#),
        ("x'unterminated", #"invalid date format verb "x""#),
        ("'unterminated", "unterminated literal '"),
        ("Q", #"invalid date format verb "Q""#),
        ("aaa", #"invalid date format verb "aaa": must be "aa""#),
        ("ZZ", #"invalid date format verb "ZZ": timezone must be Z, ZZZZ, or ZZZZZ"#),
    ])
    func formatdateBadFormat(format: String, message: String) throws {
        #expect(try failure("formatdate", format, "2018-01-02T23:12:01Z") == .argument(index: 0, message: message))
    }

    @Test("formatdate explains bad timestamps the way go-cty does", arguments: [
        ("2018-01-02", "missing required time introducer 'T'"),
        ("2018-01-02T23:12:01", "end of string before UTC offset"),
        ("2018-13-02T23:12:01Z", #"cannot use "-02T23:12:01Z" as month"#),
        ("2018-02-30T23:12:01Z", "day out of range"),
        ("not a date", #"cannot use "not a date" as year"#),
        ("2018-01-02 23:12:01Z", "missing required time introducer 'T'"),
        ("2018-01-02t23:12:01z", "missing required time introducer 'T'"),
        ("2018-01-02T3:04:05Z", "hour must have exactly two digits"),
        ("2018-01-02T25:00:00Z", "hour must be between 0 and 23 inclusive"),
        ("2018-01-02T23:12:01+24:00", #"cannot use "+24:00" as UTC offset"#),
        ("2018-01-02T23:12:01,5Z", #"cannot use "," as timestamp segment"#),
        ("2018-01-02T23:12:01.Z", #"cannot use ".Z" as UTC offset"#),
        ("2018-01-02T23:12:01Zjunk", #"cannot use "junk" as timestamp segment"#),
        ("2018-01-02T23:12", #"end of string where ":" is expected"#),
        ("2018-01-02T23:1:01Z", "minute must have exactly two digits"),
        ("2018-01-02T23:60:01Z", "minute must have exactly two digits"),
        ("2018-01-02T23:12:60Z", #"cannot use "Z" as second"#),
        ("2018-01-02T23:12:01+0530", #"cannot use "+0530" as UTC offset"#),
        ("2018-01-02T23:12:01+05:61", "end of string before UTC offset"),
        ("2018-01-02T23:12:01*05:00", #"cannot use "*05:00" as UTC offset"#),
        ("2018/01/02T23:12:01Z", #"found "/01/02T23:12:01Z" where "-" is expected"#),
        ("", "end of string before year"),
        ("2018", #"end of string where "-" is expected"#),
        ("2018-", "end of string before month"),
        ("2018-01-02T", "end of string before hour"),
    ])
    func formatdateBadTimestamp(time: String, message: String) throws {
        #expect(
            try failure("formatdate", "YYYY", time)
                == .argument(index: 1, message: "not a valid RFC3339 timestamp: " + message)
        )
    }

    @Test("timeadd adds Go durations and keeps the offset", arguments: [
        ("2017-11-22T00:00:00Z", "10m", "2017-11-22T00:10:00Z"),
        ("2017-11-22T00:00:00Z", "-10m", "2017-11-21T23:50:00Z"),
        ("2017-11-22T00:00:00Z", "1h30m", "2017-11-22T01:30:00Z"),
        ("2017-11-22T00:00:00Z", "1.5h", "2017-11-22T01:30:00Z"),
        ("2017-11-22T00:00:00Z", ".5h", "2017-11-22T00:30:00Z"),
        ("2017-11-22T00:00:00Z", "1.h", "2017-11-22T01:00:00Z"),
        ("2017-11-22T00:00:00Z", "+1h", "2017-11-22T01:00:00Z"),
        ("2017-11-22T00:00:00Z", "-0", "2017-11-22T00:00:00Z"),
        ("2017-11-22T00:00:00Z", "1µs", "2017-11-22T00:00:00Z"),
        ("2017-11-22T00:00:00+05:00", "1h", "2017-11-22T01:00:00+05:00"),
        ("2017-11-22T00:00:00.5Z", "1h", "2017-11-22T01:00:00Z"),
        ("2017-12-31T23:59:59Z", "1s", "2018-01-01T00:00:00Z"),
        ("2024-02-28T12:00:00Z", "24h", "2024-02-29T12:00:00Z"),
        ("2017-11-22T00:00:00Z", "876000h", "2117-10-29T00:00:00Z"),
        ("9999-12-31T23:59:59Z", "1s", "10000-01-01T00:00:00Z"),
        ("2018-01-02T23:12:01-00:00", "1s", "2018-01-02T23:12:02Z"),
        ("0001-01-01T00:00:00Z", "-8784h", "0000-01-01T00:00:00Z"),
        ("0001-01-01T00:00:00Z", "-8785h", "-0001-12-31T23:00:00Z"),
    ])
    func timeadd(timestamp: String, duration: String, expected: String) throws {
        #expect(try callString("timeadd", timestamp, duration) == expected)
    }

    @Test("timeadd fails with Go's duration and go-cty's timestamp messages", arguments: [
        ("2017-11-22T00:00:00Z", "1d", #"time: unknown unit "d" in duration "1d""#),
        ("2017-11-22T00:00:00Z", "", #"time: invalid duration """#),
        ("2017-11-22T00:00:00Z", "10", #"time: missing unit in duration "10""#),
        ("2017-11-22T00:00:00Z", "9999999999h", #"time: invalid duration "9999999999h""#),
        ("2017-11-22T00:00:00Z", "1日", #"time: unknown unit "\xe6\x97\xa5" in duration "1\xe6\x97\xa5""#),
        ("2017-11-22T00:00:00Z", "1h-1m", #"time: unknown unit "h-" in duration "1h-1m""#),
        ("2017-11-22T00:00:00Z", "1.5.5h", #"time: missing unit in duration "1.5.5h""#),
        ("2017-11-22T00:00:00Z", "-", #"time: invalid duration "-""#),
        ("2017-11-22T00:00:00Z", "1H", #"time: unknown unit "H" in duration "1H""#),
        ("2017-11-22", "1h", "not a valid RFC3339 timestamp: missing required time introducer 'T'"),
        ("bad", "1h", #"not a valid RFC3339 timestamp: cannot use "bad" as year"#),
    ])
    func timeaddFailures(timestamp: String, duration: String, message: String) throws {
        #expect(try failure("timeadd", timestamp, duration) == .call(message))
    }

    @Test("timecmp compares instants across offsets")
    func timecmp() throws {
        let cases: [(String, String, Int)] = [
            ("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z", 0),
            ("2017-11-22T00:00:00Z", "2017-11-22T01:00:00Z", -1),
            ("2017-11-22T01:00:00Z", "2017-11-22T00:00:00Z", 1),
            ("2017-11-22T01:00:00+01:00", "2017-11-22T00:00:00Z", 0),
            ("2017-11-22T00:00:00.001Z", "2017-11-22T00:00:00Z", 1),
            ("2018-01-02T3:04:05Z", "2018-01-02T03:04:05Z", 0),
            ("2018-01-02T23:12:01+24:00", "2018-01-02T03:04:05Z", -1),
            ("2018-01-02T23:12:01,5Z", "2018-01-02T23:12:01Z", 1),
        ]
        for (first, second, expected) in cases {
            let result = try dateFunction("timecmp").call([.string(first), .string(second)])
            #expect(result == .number(expected), "timecmp(\(first), \(second))")
        }
    }

    @Test("timecmp reports Terraform's own parser errors per argument")
    func timecmpFailures() throws {
        #expect(
            try failure("timecmp", "2017-11-22", "2017-11-22T00:00:00Z")
                == .argument(index: 0, message: "not a valid RFC3339 timestamp: missing required time introducer 'T'")
        )
        #expect(
            try failure("timecmp", "2017-11-22T00:00:00Z", "bad")
                == .argument(index: 1, message: #"not a valid RFC3339 timestamp: cannot use "bad" as year"#)
        )
        #expect(
            try failure("timecmp", "2018-01-02T25:00:00Z", "2018-01-02T03:04:05Z")
                == .argument(index: 0, message: #"not a valid RFC3339 timestamp: cannot use ":00:00Z" as hour"#)
        )
        #expect(
            try failure("timecmp", "2018-01-02T23:1:01Z", "2018-01-02T23:12:01Z")
                == .argument(index: 0, message: #"not a valid RFC3339 timestamp: cannot use "1:01Z" as minute"#)
        )
    }

    @Test("timestamp is the current UTC time in whole seconds")
    func timestamp() throws {
        let before = Date()
        let text = try #require(try callString("timestamp"))
        #expect(text.count == 20 && text.hasSuffix("Z"))
        let parsed = try RFC3339Parser.parseStrict(text).get()
        #expect(abs(Double(parsed.seconds) - before.timeIntervalSince1970) < 5)
        #expect(DateTimeFunctions.all["plantimestamp"] == nil)
    }

    @Test("plantimestamp prints the plan's start time")
    func planTimestamp() throws {
        let function = DateTimeFunctions.planTimestamp(at: Date(timeIntervalSince1970: 1_511_308_800.75))
        #expect(try function.call([]) == .string("2017-11-22T00:00:00Z"))
    }

    @Test("null, unknown and sensitive arguments follow Terraform's rules")
    func specialArguments() throws {
        let formatdate = try dateFunction("formatdate")
        #expect(throws: FunctionError.argument(index: 0, message: "argument must not be null")) {
            try formatdate.call([.null(.string), .string("2018-01-02T23:12:01Z")])
        }
        #expect(try formatdate.call([.string("YYYY"), .unknown(.string)]) == .unknown(.string))
        let secret = try formatdate.call([.string("YYYY"), Value.string("2018-01-02T23:12:01Z").marked(.sensitive)])
        #expect(secret == Value.string("2018").marked(.sensitive))
    }
}
