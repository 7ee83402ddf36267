/// A parsed regular expression: a node of the syntax tree with the measures the parser limits.
struct RegexNode: Sendable {
    indirect enum Kind: Sendable {
        case noMatch
        case emptyMatch
        /// A run of code points; under `(?i)` each also matches the others of its case-folding
        /// orbit.
        case literal([UInt32], foldCase: Bool)
        case runeClass(RuneSet)
        case anyCharExceptNewline
        case anyChar
        case beginLine
        case endLine
        case beginText
        case endText
        case wordBoundary
        case notWordBoundary
        case capture(RegexNode, index: Int)
        case star(RegexNode, greedy: Bool)
        case plus(RegexNode, greedy: Bool)
        case quest(RegexNode, greedy: Bool)
        /// `{min,max}`; `max` is nil for `{min,}`.
        case `repeat`(RegexNode, min: Int, max: Int?, greedy: Bool)
        case concat([RegexNode])
        case alternate([RegexNode])
    }

    let kind: Kind
    /// The depth of the tree below and including this node.
    let height: Int
    /// An estimate of the compiled program's length, as Go's parser computes it.
    let size: Int

    init(_ kind: Kind) {
        self.kind = kind
        let children = kind.children
        height = 1 + (children.map(\.height).max() ?? 0)
        size = max(1, Self.size(of: kind))
    }

    private static func size(of kind: Kind) -> Int {
        switch kind {
        case .capture(let sub, _), .star(let sub, _): return 2 &+ sub.size
        case .plus(let sub, _), .quest(let sub, _): return 1 &+ sub.size
        case .concat(let subs): return subs.reduce(0) { $0 &+ $1.size }
        case .alternate(let subs): return subs.reduce(subs.count - 1) { $0 &+ $1.size }
        case .repeat(let sub, let min, let max, _):
            guard let max else { return min == 0 ? 2 &+ sub.size : 1 &+ min &* sub.size }
            return max &* sub.size &+ (max - min)
        case .literal(let runes, _): return runes.count
        default: return 1
        }
    }
}

extension RegexNode.Kind {
    var children: [RegexNode] {
        switch self {
        case .capture(let sub, _), .star(let sub, _), .plus(let sub, _), .quest(let sub, _),
            .repeat(let sub, _, _, _):
            [sub]
        case .concat(let subs), .alternate(let subs): subs
        default: []
        }
    }
}
