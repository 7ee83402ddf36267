/// A set of code points as sorted, disjoint, non-adjacent ranges: the character classes of a
/// regular expression.
struct RuneSet: Hashable, Sendable {
    /// The largest code point, U+10FFFF.
    static let maxRune: UInt32 = 0x10FFFF

    private(set) var ranges: [ClosedRange<UInt32>]

    init() { ranges = [] }

    /// A set from ranges in any order, overlapping or not.
    init(_ unsorted: [ClosedRange<UInt32>]) {
        ranges = unsorted
        normalise()
    }

    /// A set from text like `"41-5A 61-7A 2126"`: hexadecimal code points and ranges.
    init(hexRanges text: String) {
        var parsed: [ClosedRange<UInt32>] = []
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let bounds = token.split(separator: "-").compactMap { UInt32($0, radix: 16) }
            guard let low = bounds.first, let high = bounds.last, low <= high else { continue }
            parsed.append(low...high)
        }
        self.init(parsed)
    }

    static let all = RuneSet([0...maxRune])

    /// The number of code points, counted as Go counts class size: two per range.
    var runeCount: Int { ranges.count * 2 }

    func contains(_ rune: UInt32) -> Bool {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            let range = ranges[middle]
            if rune < range.lowerBound {
                high = middle
            } else if rune > range.upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    mutating func formUnion(_ other: RuneSet) {
        ranges.append(contentsOf: other.ranges)
        normalise()
    }

    /// Every code point not in this set.
    var inverted: RuneSet {
        var result: [ClosedRange<UInt32>] = []
        var next: UInt32 = 0
        var exhausted = false
        for range in ranges {
            if range.lowerBound > next { result.append(next...(range.lowerBound - 1)) }
            if range.upperBound >= RuneSet.maxRune {
                exhausted = true
                break
            }
            next = range.upperBound + 1
        }
        if !exhausted { result.append(next...RuneSet.maxRune) }
        var set = RuneSet()
        set.ranges = result
        return set
    }

    private mutating func normalise() {
        guard ranges.count > 1 else { return }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var merged: [ClosedRange<UInt32>] = []
        merged.reserveCapacity(ranges.count)
        for range in ranges {
            if let last = merged.last, range.lowerBound <= last.upperBound + 1 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        ranges = merged
    }
}
