import Values

/// Where the members and elements of a JSON text sit, found without decoding them, so that
/// parts such as resource attributes can be kept as written (key order included). The text
/// must already be known to be valid JSON.
struct JSONSpans {
    private let bytes: [UInt8]

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// The whole text's value.
    var root: Range<Int> {
        let start = skippingSpace(from: 0)
        return start..<valueEnd(from: start)
    }

    /// The members of the object at `span`, by name; a repeated name keeps its last value.
    func members(of span: Range<Int>) -> [String: Range<Int>] {
        var members: [String: Range<Int>] = [:]
        guard span.count > 1, bytes[span.lowerBound] == UInt8(ascii: "{") else { return members }
        var position = skippingSpace(from: span.lowerBound + 1)
        while position < span.upperBound, bytes[position] == UInt8(ascii: "\"") {
            let keyEnd = stringEnd(from: position)
            let key = name(bytes[position..<keyEnd])
            position = skippingSpace(from: skippingSpace(from: keyEnd) + 1)
            let valueEnd = valueEnd(from: position)
            members[key] = position..<valueEnd
            position = skippingSpace(from: valueEnd)
            if position < span.upperBound, bytes[position] == UInt8(ascii: ",") {
                position = skippingSpace(from: position + 1)
            }
        }
        return members
    }

    /// The elements of the array at `span`, in order.
    func elements(of span: Range<Int>) -> [Range<Int>] {
        var elements: [Range<Int>] = []
        guard span.count > 1, bytes[span.lowerBound] == UInt8(ascii: "[") else { return elements }
        var position = skippingSpace(from: span.lowerBound + 1)
        while position < span.upperBound - 1 {
            let end = valueEnd(from: position)
            elements.append(position..<end)
            position = skippingSpace(from: end)
            if position < span.upperBound, bytes[position] == UInt8(ascii: ",") {
                position = skippingSpace(from: position + 1)
            }
        }
        return elements
    }

    /// The value at `span` as compact JSON text.
    func compactText(_ span: Range<Int>) -> String {
        GoJSONLayout.compact(bytes[span])
    }

    /// A member name from its quoted text, escapes undone.
    private func name(_ quoted: ArraySlice<UInt8>) -> String {
        let text = String(decoding: quoted, as: UTF8.self)
        guard quoted.contains(UInt8(ascii: "\\")) else { return String(text.dropFirst().dropLast()) }
        return (try? Value.decodingJSON(text))?.stringValue ?? text
    }

    private func skippingSpace(from start: Int) -> Int {
        var position = start
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) {
            position += 1
        }
        return position
    }

    /// The end of the string whose opening quote is at `start`.
    private func stringEnd(from start: Int) -> Int {
        var position = start + 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 2
            case UInt8(ascii: "\""): return position + 1
            default: position += 1
            }
        }
        return bytes.count
    }

    /// The end of the value that starts at `start`.
    private func valueEnd(from start: Int) -> Int {
        guard start < bytes.count else { return start }
        switch bytes[start] {
        case UInt8(ascii: "\""):
            return stringEnd(from: start)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var position = start
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    position = stringEnd(from: position)
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return position + 1 }
                default:
                    break
                }
                position += 1
            }
            return bytes.count
        default:
            var position = start
            while position < bytes.count, !",}] \t\n\r".utf8.contains(bytes[position]) {
                position += 1
            }
            return position
        }
    }
}
