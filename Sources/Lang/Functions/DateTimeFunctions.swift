import Foundation
import Values

/// Terraform's date and time functions: `formatdate`, `timeadd`, `timecmp` and `timestamp`.
///
/// `plantimestamp` is not in the table, since `terraform console` has no such function; a plan
/// adds it with `planTimestamp(at:)`.
public enum DateTimeFunctions {
    public static let all: [String: Function] = [
        "formatdate": formatdate,
        "timeadd": timeadd,
        "timecmp": timecmp,
        "timestamp": timestamp,
    ]

    /// `plantimestamp()`: the time the plan started, fixed for the whole run.
    public static func planTimestamp(at date: Date) -> Function {
        let text = rfc3339(date)
        return Function(parameters: [], returns: .string) { _ throws(FunctionError) in .string(text) }
    }

    static let formatdate = Function(
        parameters: [FunctionParameter("format", .string), FunctionParameter("time", .string)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let timestamp: Timestamp
        switch RFC3339Parser.parseStrict(arguments[1].stringValue ?? "") {
        case .success(let parsed): timestamp = parsed
        case .failure(let failure): throw .argument(index: 1, message: failure.ctyMessage)
        }
        do throws(DateFormatError) {
            return .string(try DateFormat.render(timestamp, format: arguments[0].stringValue ?? ""))
        } catch {
            throw .argument(index: 0, message: error.message)
        }
    }

    static let timeadd = Function(
        parameters: [FunctionParameter("timestamp", .string), FunctionParameter("duration", .string)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let timestamp: Timestamp
        switch RFC3339Parser.parseStrict(arguments[0].stringValue ?? "") {
        case .success(let parsed): timestamp = parsed
        case .failure(let failure): throw .call(failure.ctyMessage)
        }
        switch GoDuration.parse(arguments[1].stringValue ?? "") {
        case .success(let nanoseconds): return .string(timestamp.adding(nanoseconds: nanoseconds).rfc3339)
        case .failure(let error): throw .call(error.message)
        }
    }

    static let timecmp = Function(
        parameters: [FunctionParameter("timestamp_a", .string), FunctionParameter("timestamp_b", .string)],
        returns: .number
    ) { arguments throws(FunctionError) in
        var instants: [Timestamp] = []
        for index in 0..<2 {
            switch RFC3339Parser.parseLenient(arguments[index].stringValue ?? "") {
            case .success(let parsed): instants.append(parsed)
            case .failure(let failure): throw .argument(index: index, message: failure.terraformMessage)
            }
        }
        if instants[0].isSameInstant(as: instants[1]) { return .number(0) }
        return .number(instants[0].isBefore(instants[1]) ? -1 : 1)
    }

    static let timestamp = Function(parameters: [], returns: .string) { _ throws(FunctionError) in
        .string(rfc3339(Date()))
    }

    /// A moment as Terraform prints the current time: UTC, whole seconds, RFC 3339.
    static func rfc3339(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        return Timestamp(seconds: seconds).rfc3339
    }
}
