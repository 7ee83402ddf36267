extension Value {
    /// The value with `added` marks joined to its own.
    public func marked(_ added: Set<Mark>) -> Value {
        if added.isEmpty || added.isSubset(of: marks) { return self }
        return Value(type: type, content: content, marks: marks.union(added))
    }

    /// The value with one more mark.
    public func marked(_ mark: Mark) -> Value { marked([mark]) }

    /// The value without its own marks, and those marks.
    public func unmarked() -> (Value, Set<Mark>) {
        if marks.isEmpty { return (self, []) }
        return (Value(type: type, content: content), marks)
    }

    /// The value with every mark removed at every depth, and the union of the removed marks.
    public func unmarkedDeep() -> (Value, Set<Mark>) {
        var collected = marks
        let plain = stripMarks(collecting: &collected)
        return (plain, collected)
    }

    /// Every mark found on this value or inside it.
    public var deepMarks: Set<Mark> { unmarkedDeep().1 }

    /// Whether `sensitive` is on this value itself.
    public var isSensitive: Bool { marks.contains(.sensitive) }

    private func stripMarks(collecting collected: inout Set<Mark>) -> Value {
        collected.formUnion(marks)
        switch content {
        case .elements(let elements):
            guard elements.contains(where: \.containsMarks) || !marks.isEmpty else { return self }
            let plain = elements.map { $0.stripMarks(collecting: &collected) }
            return Value(type: type, content: .elements(plain))
        case .attributes(let attributes):
            guard attributes.values.contains(where: \.containsMarks) || !marks.isEmpty else { return self }
            let plain = attributes.mapValues { $0.stripMarks(collecting: &collected) }
            return Value(type: type, content: .attributes(plain))
        default:
            return marks.isEmpty ? self : Value(type: type, content: content)
        }
    }
}
