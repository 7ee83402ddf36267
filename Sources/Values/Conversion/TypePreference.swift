/// The preference order among candidate types when unifying: the most general first.
enum TypePreference {
    /// Indices into `types`, most preferred first (a topological order of "more general than").
    static func order(_ types: [ValueType]) -> [Int] {
        let count = types.count
        var edges = Array(repeating: [Int](), count: count)
        for i in 0..<count {
            for j in (i + 1)..<max(i + 1, count) {
                let comparison = compare(types[i], types[j])
                if comparison < 0 { edges[i].append(j) } else if comparison > 0 { edges[j].append(i) }
            }
        }
        var inDegree = Array(repeating: 0, count: count)
        for targets in edges { for target in targets { inDegree[target] += 1 } }
        var queue = (0..<count).filter { inDegree[$0] == 0 }
        var position = 0
        while position < queue.count {
            let node = queue[position]
            position += 1
            for target in edges[node] {
                inDegree[target] -= 1
                if inDegree[target] == 0 { queue.append(target) }
            }
        }
        return queue
    }

    /// Negative when `a` is preferred over `b` (more general), positive when less, zero when
    /// unrelated; `dynamic` is least preferred, so that unknown types settle on their neighbours.
    static func compare(_ a: ValueType, _ b: ValueType) -> Int {
        if a == .dynamic || b == .dynamic {
            if a != .dynamic { return -1 }
            if b != .dynamic { return 1 }
            return 0
        }
        if a.isPrimitive && b.isPrimitive && (a == .string || b == .string) {
            if a != .string { return 1 }
            if b != .string { return -1 }
            return 0
        }
        switch (a, b) {
        case (.list(let x), .list(let y)), (.set(let x), .set(let y)), (.map(let x), .map(let y)):
            return compare(x, y)
        default:
            break
        }
        var (a, b, swap) = (a, b, 1)
        if (a.isTuple && b.isList) || (a.isObject && b.isMap) || (a.isSet && b.isTuple) || (a.isSet && b.isList) {
            (a, b, swap) = (b, a, -1)
        }
        if b.isSet && (a.isTuple || a.isList) { return -swap }
        if a.isList && b.isTuple { return -swap }
        if a.isMap && b.isObject { return -swap }
        if case .object(let left, _) = a, case .object(let right, _) = b {
            guard left.count == right.count else { return 0 }
            var pairs: [(ValueType, ValueType)] = []
            for (name, type) in left {
                guard let other = right[name] else { return 0 }
                pairs.append((type, other))
            }
            return supersetOrder(pairs) * swap
        }
        if case .tuple(let left) = a, case .tuple(let right) = b {
            guard left.count == right.count else { return 0 }
            return supersetOrder(Array(zip(left, right))) * swap
        }
        return 0
    }

    private static func supersetOrder(_ pairs: [(ValueType, ValueType)]) -> Int {
        var aSuper = false, bSuper = false
        for (left, right) in pairs {
            let comparison = compare(left, right)
            if comparison < 0 { aSuper = true } else if comparison > 0 { bSuper = true }
        }
        if aSuper && !bSuper { return -1 }
        if bSuper && !aSuper { return 1 }
        return 0
    }
}
