/// Durations written as Go writes them (`0s`, `10s`, `1m30s`, `500ms`, `2h`), as Terraform's
/// `-lock-timeout` takes them.
enum GoDuration {
    static func parse(_ text: String) -> Duration? {
        if text == "0" { return .zero }
        var total = Duration.zero
        var remaining = Substring(text)
        guard !remaining.isEmpty else { return nil }
        let units: [(String, Duration)] = [
            ("ns", .nanoseconds(1)), ("us", .microseconds(1)), ("µs", .microseconds(1)), ("ms", .milliseconds(1)),
            ("s", .seconds(1)), ("m", .seconds(60)), ("h", .seconds(3600)),
        ]
        while !remaining.isEmpty {
            let digits = remaining.prefix { $0.isNumber || $0 == "." }
            guard !digits.isEmpty, let amount = Double(digits) else { return nil }
            remaining = remaining.dropFirst(digits.count)
            guard let (unit, scale) = units.first(where: { remaining.hasPrefix($0.0) && !(($0.0 == "m") && remaining.hasPrefix("ms")) }) else {
                return nil
            }
            remaining = remaining.dropFirst(unit.count)
            total += scale * amount
        }
        return total
    }
}
