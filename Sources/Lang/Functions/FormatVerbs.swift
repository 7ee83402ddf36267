import Values

/// One `%…` sequence of a format string: its flags, width, precision, which argument it takes
/// and its verb letter.
struct FormatVerb {
    /// The sequence as written, from `%` to the verb letter.
    var raw = ""
    /// The byte offset of the `%`.
    var offset = 0
    /// The one-based argument it formats.
    var argumentNumber: Int
    var mode: Unicode.Scalar = "v"
    var zero = false
    var sharp = false
    var plus = false
    var minus = false
    var space = false
    var width: Int?
    var precision: Int?
}

/// Why a format string could not be applied: a message for the call as a whole, or arguments
/// left over (reported against the first one that was not used).
enum FormatFailure: Error {
    case message(String)
    case unusedArgument(index: Int, message: String)

    var message: String {
        switch self {
        case .message(let text), .unusedArgument(_, let text): text
        }
    }
}

/// Applies a format string to arguments the way go-cty's `format` scanner does: literal text is
/// copied, `%%` is a percent sign, and each verb consumes the next argument unless `[n]` picks
/// one; every argument must be used.
struct FormatScanner {
    /// The widest field and the longest precision honoured, so that a format string cannot
    /// demand gigabytes of padding.
    static let largestField = 10_000_000

    private let bytes: [UInt8]
    private let arguments: [Value]
    private var position = 0
    private var output: [UInt8] = []
    private var nextArgument = 1
    private var highestArgument = 0

    private init(format: String, arguments: [Value]) {
        bytes = Array(format.utf8)
        self.arguments = arguments
    }

    /// The formatted text, or why the format string and arguments do not fit together.
    static func format(_ format: String, _ arguments: [Value]) throws(FormatFailure) -> String {
        var scanner = FormatScanner(format: format, arguments: arguments)
        return try scanner.run()
    }

    private mutating func run() throws(FormatFailure) -> String {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "%") {
                output.append(bytes[position])
                position += 1
            } else if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "%") {
                output.append(UInt8(ascii: "%"))
                position += 2
            } else {
                try formatVerb()
            }
        }
        if highestArgument < arguments.count {
            let message = highestArgument == 0
                ? "too many arguments; no verbs in format string"
                : "too many arguments; only \(highestArgument) used by format string"
            throw .unusedArgument(index: highestArgument + 1, message: message)
        }
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func formatVerb() throws(FormatFailure) {
        let start = position
        var verb = FormatVerb(argumentNumber: nextArgument)
        position += 1
        scanFlags(into: &verb)
        if let digit = try peekDigit(), digit != 0 {
            verb.width = scanNumber()
        }
        if try peek() == UInt8(ascii: ".") {
            position += 1
            verb.precision = try peekDigit() == nil ? 0 : scanNumber()
        }
        if try peek() == UInt8(ascii: "[") {
            position += 1
            guard let digit = try peekDigit(), digit != 0 else { throw unrecognizedCharacter() }
            verb.argumentNumber = scanNumber()
            guard try peek() == UInt8(ascii: "]") else { throw unrecognizedCharacter() }
            position += 1
        }
        let letter = try peek()
        guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(letter)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(letter)
        else { throw unrecognizedCharacter() }
        position += 1
        verb.mode = Unicode.Scalar(letter)
        verb.raw = String(decoding: bytes[start..<position], as: UTF8.self)
        verb.offset = start
        guard (verb.width ?? 0) <= Self.largestField, (verb.precision ?? 0) <= Self.largestField else {
            throw .message("width or precision too large in \(goQuoted(verb.raw)) at offset \(start)")
        }
        highestArgument = max(highestArgument, verb.argumentNumber)
        try append(verb)
        nextArgument = verb.argumentNumber + 1
    }

    private mutating func append(_ verb: FormatVerb) throws(FormatFailure) {
        let index = verb.argumentNumber - 1
        guard index < arguments.count else {
            throw .message(
                "not enough arguments for \(goQuoted(verb.raw)) at \(verb.offset): "
                    + "need index \(verb.argumentNumber) but have \(arguments.count) total"
            )
        }
        output.append(contentsOf: try FormatRendering.render(arguments[index], as: verb).utf8)
    }

    private mutating func scanFlags(into verb: inout FormatVerb) {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "0"): verb.zero = true
            case UInt8(ascii: "#"): verb.sharp = true
            case UInt8(ascii: "-"): verb.minus = true
            case UInt8(ascii: "+"): verb.plus = true
            case UInt8(ascii: " "): verb.space = true
            default: return
            }
            position += 1
        }
    }

    /// Reads decimal digits; values too large for `Int` saturate.
    private mutating func scanNumber() -> Int {
        var value = 0
        while position < bytes.count, let digit = digitValue(bytes[position]) {
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = shifted.addingReportingOverflow(digit)
            value = overflow1 || overflow2 ? .max : sum
            position += 1
        }
        return value
    }

    /// The next byte; the end of the format string in the middle of a verb is an error.
    private func peek() throws(FormatFailure) -> UInt8 {
        guard position < bytes.count else {
            throw .message("invalid format string starting at offset \(bytes.count)")
        }
        return bytes[position]
    }

    private func peekDigit() throws(FormatFailure) -> Int? {
        digitValue(try peek())
    }

    private func digitValue(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private func unrecognizedCharacter() -> FormatFailure {
        let rest = String(decoding: bytes[position...], as: UTF8.self)
        let character = rest.unicodeScalars.first ?? "\u{FFFD}"
        return .message("unrecognized format character \(goQuotedRune(character)) at offset \(position)")
    }
}

/// Quotes one character the way Go's `%q` verb quotes a rune: in single quotes, with Go's escapes.
func goQuotedRune(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "'": return #"'\''"#
    case "\"": return #"'"'"#
    default: return "'" + goQuoted(String(scalar)).dropFirst().dropLast() + "'"
    }
}
