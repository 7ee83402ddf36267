/// Duration strings as Go's `time.ParseDuration` reads them: a sign, then number-and-unit pairs
/// such as `1h30m` or `1.5h`, with units ns, us (µs, μs), ms, s, m and h.
enum GoDuration {
    private static let units: [String: UInt64] = [
        "ns": 1, "us": 1_000, "µs": 1_000, "μs": 1_000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]
    private static let limit: UInt64 = 1 << 63

    /// The duration in nanoseconds, or Go's error text (`time: invalid duration "x"`, …).
    static func parse(_ text: String) -> Result<Int64, DurationError> {
        let original = Array(text.utf8)
        var rest = original[...]
        let invalid = DurationError("time: invalid duration " + goTimeQuoted(original))
        var negative = false
        if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            rest = rest.dropFirst()
        }
        if rest.elementsEqual("0".utf8) { return .success(0) }
        if rest.isEmpty { return .failure(invalid) }
        var total: UInt64 = 0
        while let first = rest.first {
            guard first == UInt8(ascii: ".") || first.isDurationDigit else { return .failure(invalid) }
            let integerDigits = rest.prefix { $0.isDurationDigit }
            guard var value = leadingInteger(integerDigits) else { return .failure(invalid) }
            rest = rest[integerDigits.endIndex...]
            var fraction: (value: UInt64, scale: Double) = (0, 1)
            var hasFraction = false
            if rest.first == UInt8(ascii: ".") {
                rest = rest.dropFirst()
                let fractionDigits = rest.prefix { $0.isDurationDigit }
                fraction = leadingFraction(fractionDigits)
                hasFraction = !fractionDigits.isEmpty
                rest = rest[fractionDigits.endIndex...]
            }
            if integerDigits.isEmpty && !hasFraction { return .failure(invalid) }
            let unitBytes = rest.prefix { $0 != UInt8(ascii: ".") && !$0.isDurationDigit }
            if unitBytes.isEmpty {
                return .failure(DurationError("time: missing unit in duration " + goTimeQuoted(original)))
            }
            rest = rest[unitBytes.endIndex...]
            guard let unit = units[String(decoding: unitBytes, as: UTF8.self)] else {
                return .failure(DurationError(
                    "time: unknown unit " + goTimeQuoted(unitBytes) + " in duration " + goTimeQuoted(original)
                ))
            }
            if value > limit / unit { return .failure(invalid) }
            value *= unit
            if fraction.value > 0 {
                value += UInt64(Double(fraction.value) * (Double(unit) / fraction.scale))
                if value > limit { return .failure(invalid) }
            }
            total += value
            if total > limit { return .failure(invalid) }
        }
        if negative { return .success(total == limit ? Int64.min : -Int64(total)) }
        if total > limit - 1 { return .failure(invalid) }
        return .success(Int64(total))
    }

    private static func leadingInteger(_ digits: ArraySlice<UInt8>) -> UInt64? {
        var value: UInt64 = 0
        for digit in digits {
            if value > limit / 10 { return nil }
            value = value * 10 + UInt64(digit - 48)
            if value > limit { return nil }
        }
        return value
    }

    /// The digits after a decimal point as a value and the power of ten it is scaled by; digits
    /// that would overflow are dropped.
    private static func leadingFraction(_ digits: ArraySlice<UInt8>) -> (value: UInt64, scale: Double) {
        var value: UInt64 = 0
        var scale = 1.0
        var overflowed = false
        for digit in digits where !overflowed {
            if value > (limit - 1) / 10 {
                overflowed = true
                continue
            }
            let next = value * 10 + UInt64(digit - 48)
            if next > limit {
                overflowed = true
                continue
            }
            value = next
            scale *= 10
        }
        return (value, scale)
    }
}

/// A duration string Go would reject, with Go's message.
struct DurationError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}

/// Go's `time` package quoting: double quotes, with bytes outside printable ASCII as `\xNN`.
func goTimeQuoted(_ bytes: some Sequence<UInt8>) -> String {
    let hex = Array("0123456789abcdef".utf8)
    var output: [UInt8] = [UInt8(ascii: "\"")]
    for byte in bytes {
        if byte < 0x20 || byte >= 0x80 {
            output += [UInt8(ascii: "\\"), UInt8(ascii: "x"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
        } else {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
        }
    }
    output.append(UInt8(ascii: "\""))
    return String(decoding: output, as: UTF8.self)
}

extension UInt8 {
    fileprivate var isDurationDigit: Bool { self >= 48 && self <= 57 }
}
