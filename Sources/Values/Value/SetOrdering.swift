/// Terraform's rules for set elements: which are duplicates, and the order they are listed in.
enum SetOrdering {
    /// Removes duplicates (unknown elements are never duplicates) and sorts: known before
    /// unknown, nulls last, strings by bytes, numbers by value, `false` before `true`, other
    /// types by their hash text.
    static func normalise(_ elements: [Value]) -> [Value] {
        var unique: [Value] = []
        var seen: [String: [Int]] = [:]
        for element in elements {
            guard element.isKnown else {
                unique.append(element)
                continue
            }
            let key = hashText(element)
            let candidates = seen[key, default: []]
            if candidates.contains(where: { unique[$0].equals(element).boolValue == true }) { continue }
            seen[key, default: []].append(unique.count)
            unique.append(element)
        }
        return stableSorted(unique)
    }

    private static func stableSorted(_ elements: [Value]) -> [Value] {
        let indexed = elements.enumerated().map { ($0.offset, $0.element, hashText($0.element)) }
        return indexed.sorted { lhs, rhs in
            if precedes(lhs.1, rhs.1, lhsHash: lhs.2, rhsHash: rhs.2) { return true }
            if precedes(rhs.1, lhs.1, lhsHash: rhs.2, rhsHash: lhs.2) { return false }
            return lhs.0 < rhs.0
        }.map(\.1)
    }

    private static func precedes(_ lhs: Value, _ rhs: Value, lhsHash: String, rhsHash: String) -> Bool {
        if lhs == rhs { return false }
        if rhs.isNull && !lhs.isNull { return true }
        if lhs.isNull { return false }
        if lhs.isKnown && !rhs.isKnown { return true }
        if !lhs.isKnown { return false }
        switch (lhs.content, rhs.content) {
        case (.string(let left), .string(let right)):
            return Array(left.utf8).lexicographicallyPrecedes(Array(right.utf8))
        case (.bool(let left), .bool(let right)):
            return right || !left
        case (.number(let left), .number(let right)):
            return left < right
        default:
            return Array(lhsHash.utf8).lexicographicallyPrecedes(Array(rhsHash.utf8))
        }
    }

    /// A text that is equal for equal values, used to find duplicates and to order elements
    /// of types that have no natural order.
    static func hashText(_ value: Value) -> String {
        var text = ""
        appendHashText(value, to: &text)
        return text
    }

    private static func appendHashText(_ value: Value, to text: inout String) {
        switch value.content {
        case .unknown: text += "?"
        case .null: text += "~"
        case .number(let number): text += number.description
        case .bool(let flag): text += flag ? "T" : "F"
        case .string(let string): text += goQuoted(string)
        case .elements(let elements):
            let (open, close) = value.type.isTuple ? ("<", ">") : ("[", "]")
            text += open
            for element in elements {
                appendHashText(element, to: &text)
                text += ";"
            }
            text += close
        case .attributes(let attributes):
            let isMap = value.type.isMap
            text += isMap ? "{" : "<"
            for key in attributes.keys.sorted() {
                if isMap { text += goQuoted(key) + ":" }
                if let attribute = attributes[key] { appendHashText(attribute, to: &text) }
                text += ";"
            }
            text += isMap ? "}" : ">"
        }
    }
}
