extension Value {
    /// Terraform's `==`: a bool, unknown when the answer depends on unknown values. Nulls of any
    /// types are equal; values of different types are not; marks of both sides carry over.
    public func equals(_ other: Value) -> Value {
        if isMarked || other.isMarked {
            let (left, leftMarks) = unmarked()
            let (right, rightMarks) = other.unmarked()
            return left.equals(right).marked(leftMarks.union(rightMarks))
        }
        switch (isKnown, other.isKnown) {
        case (false, false):
            return .unknown(.bool)
        case (true, false):
            return Self.equalsAgainstUnknown(known: self, unknown: other)
        case (false, true):
            return Self.equalsAgainstUnknown(known: other, unknown: self)
        case (true, true):
            break
        }
        if isNull || other.isNull { return .bool(isNull && other.isNull) }
        if !hasWhollyKnownType || !other.hasWhollyKnownType {
            if !type.couldConform(to: other.type) { return .false }
            return .unknown(.bool)
        }
        if type != other.type { return .false }
        switch (content, other.content) {
        case (.number(let left), .number(let right)): return .bool(left == right)
        case (.string(let left), .string(let right)): return .bool(left == right)
        case (.bool(let left), .bool(let right)): return .bool(left == right)
        case (.elements(let left), .elements(let right)):
            guard left.count == right.count else { return .false }
            return Self.allEqual(zip(left, right).map { ($0, $1) })
        case (.attributes(let left), .attributes(let right)):
            guard left.count == right.count, Set(left.keys) == Set(right.keys) else { return .false }
            return Self.allEqual(left.keys.sorted().compactMap { key in
                guard let lhs = left[key], let rhs = right[key] else { return nil }
                return (lhs, rhs)
            })
        default:
            return .false
        }
    }

    private static func allEqual(_ pairs: [(Value, Value)]) -> Value {
        var marks = Set<Mark>()
        for (lhs, rhs) in pairs {
            let result = lhs.equals(rhs)
            marks.formUnion(result.marks)
            guard let flag = result.boolValue else { return Value.unknown(.bool).marked(marks) }
            if !flag { return Value.false.marked(marks) }
        }
        return Value.true.marked(marks)
    }

    private static func equalsAgainstUnknown(known: Value, unknown: Value) -> Value {
        if known.isNull || unknown.type.hasDynamicTypes { return .unknown(.bool) }
        if known.type != unknown.type { return .false }
        return .unknown(.bool)
    }

    /// False when an unknown of undetermined type sits somewhere inside.
    var hasWhollyKnownType: Bool {
        switch content {
        case .unknown: return !type.hasDynamicTypes
        case .elements(let elements): return elements.allSatisfy(\.hasWhollyKnownType)
        case .attributes(let attributes): return attributes.values.allSatisfy(\.hasWhollyKnownType)
        default: return true
        }
    }
}

extension ValueType {
    /// Whether a value of this type could, once its dynamic parts are known, have type `other`.
    func couldConform(to other: ValueType) -> Bool {
        switch (self, other) {
        case (.dynamic, _), (_, .dynamic): return true
        case (.list(let a), .list(let b)), (.set(let a), .set(let b)), (.map(let a), .map(let b)):
            return a.couldConform(to: b)
        case (.tuple(let a), .tuple(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.couldConform(to: $1) }
        case (.object(let a, _), .object(let b, _)):
            return Set(a.keys) == Set(b.keys) && a.allSatisfy { key, type in
                b[key].map { type.couldConform(to: $0) } ?? false
            }
        default:
            return self == other
        }
    }
}
