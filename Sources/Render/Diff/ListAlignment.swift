import Values

/// Lines up the elements of an old and a new list for display, as Terraform does: elements
/// outside the longest common subsequence are shown removed and added, except that two objects
/// in the same place are compared with each other; list elements (not the lines of a heredoc)
/// of lists of the same length that are not a reordering are compared one by one.
enum ListAlignment {
    /// Index pairs in display order; nil on a side where the element is absent.
    static func pairs(
        _ before: [Value], _ after: [Value], pairingSameLength: Bool = true, isObject: (Value) -> Bool
    ) -> [(Int?, Int?)] {
        let old = before.map(plain)
        let new = after.map(plain)
        if pairingSameLength && old.count == new.count && !isReorder(old, new) {
            return old.indices.map { ($0, $0) }
        }
        let common = longestCommonSubsequence(old, new)
        var pairs: [(Int?, Int?)] = []
        var (oldIndex, newIndex, commonIndex) = (0, 0, 0)
        while oldIndex < old.count || newIndex < new.count || commonIndex < common.count {
            while oldIndex < old.count && (commonIndex >= common.count || old[oldIndex] != common[commonIndex]) {
                let pairsObjects = isObject(before[oldIndex]) && newIndex < new.count && isObject(after[newIndex])
                    && (commonIndex >= common.count || new[newIndex] != common[commonIndex])
                if pairsObjects {
                    pairs.append((oldIndex, newIndex))
                    newIndex += 1
                } else {
                    pairs.append((oldIndex, nil))
                }
                oldIndex += 1
            }
            while newIndex < new.count && (commonIndex >= common.count || new[newIndex] != common[commonIndex]) {
                pairs.append((nil, newIndex))
                newIndex += 1
            }
            if commonIndex < common.count {
                pairs.append((oldIndex, newIndex))
                oldIndex += 1
                newIndex += 1
                commonIndex += 1
            }
        }
        return pairs
    }

    /// The value without marks anywhere: equality here is about data, as in the JSON plan.
    private static func plain(_ value: Value) -> Value {
        value.unmarkedDeep().0
    }

    private static func isReorder(_ old: [Value], _ new: [Value]) -> Bool {
        old.allSatisfy { element in new.contains(element) }
    }

    /// The longest common subsequence, preferring, among equally long ones, the one the backward
    /// walk finds by stepping back through the new list first.
    private static func longestCommonSubsequence(_ xs: [Value], _ ys: [Value]) -> [Value] {
        guard !xs.isEmpty, !ys.isEmpty else { return [] }
        let width = xs.count
        var lengths = [Int](repeating: 0, count: xs.count * ys.count)
        var equal = [Bool](repeating: false, count: xs.count * ys.count)
        for y in ys.indices {
            for x in xs.indices {
                let cell = width * y + x
                if xs[x] == ys[y] {
                    equal[cell] = true
                    lengths[cell] = (x > 0 && y > 0 ? lengths[width * (y - 1) + x - 1] : 0) + 1
                } else {
                    let left = x > 0 ? lengths[cell - 1] : 0
                    let up = y > 0 ? lengths[cell - width] : 0
                    lengths[cell] = max(left, up)
                }
            }
        }
        var result: [Value] = []
        var (x, y) = (xs.count - 1, ys.count - 1)
        while x >= 0 && y >= 0 {
            let cell = width * y + x
            if equal[cell] {
                result.append(xs[x])
                x -= 1
                y -= 1
            } else {
                let left = x > 0 ? lengths[cell - 1] : 0
                let up = y > 0 ? lengths[cell - width] : 0
                if left > up { x -= 1 } else { y -= 1 }
            }
        }
        return result.reversed()
    }
}
