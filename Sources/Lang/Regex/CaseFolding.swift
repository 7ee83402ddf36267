/// Simple case folding as Go's `unicode.SimpleFold` sees it: code points fall into orbits
/// (`k`, `K`, `K` (Kelvin sign)) whose members match each other under `(?i)`.
enum CaseFolding {
    private struct Tables: Sendable {
        /// Each code point that has fold partners, mapped to its whole orbit in ascending order.
        var orbits: [UInt32: [UInt32]] = [:]
        /// The keys of `orbits`, ascending.
        var foldableRunes: [UInt32] = []
    }

    private static let tables = buildTables()

    /// The members of `rune`'s orbit in ascending order, or nil when it folds to nothing else.
    static func orbit(of rune: UInt32) -> [UInt32]? { tables.orbits[rune] }

    /// The smallest code point equivalent to `rune` under case folding.
    static func smallestEquivalent(of rune: UInt32) -> UInt32 {
        tables.orbits[rune]?.first ?? rune
    }

    /// The set with every code point's fold partners added.
    static func closure(of set: RuneSet) -> RuneSet {
        var added: [ClosedRange<UInt32>] = []
        for rune in tables.foldableRunes where set.contains(rune) {
            for partner in tables.orbits[rune] ?? [] where !set.contains(partner) {
                added.append(partner...partner)
            }
        }
        guard !added.isEmpty else { return set }
        var result = set
        result.formUnion(RuneSet(added))
        return result
    }

    /// Orbits come from joining every code point that changes under case folding with its
    /// single-code-point lowercase, or failing that uppercase, mapping; U+1FBE (Greek prosgegrammeni)
    /// folds to U+03B9 in CaseFolding.txt although Swift's properties do not say it changes.
    private static func buildTables() -> Tables {
        var parent: [UInt32: UInt32] = [:]
        func root(_ rune: UInt32) -> UInt32 {
            var current = rune
            while let next = parent[current], next != current { current = next }
            return current
        }
        func join(_ first: UInt32, _ second: UInt32) {
            let (a, b) = (root(first), root(second))
            if parent[a] == nil { parent[a] = a }
            if parent[b] == nil { parent[b] = b }
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        for value in UInt32(0x41)...0x1FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseFolded else { continue }
            if let partner = singleScalar(scalar.properties.lowercaseMapping), partner != value {
                join(value, partner)
            } else if let partner = singleScalar(scalar.properties.uppercaseMapping), partner != value {
                join(value, partner)
            }
        }
        join(0x1FBE, 0x03B9)
        var members: [UInt32: [UInt32]] = [:]
        for rune in parent.keys { members[root(rune), default: []].append(rune) }
        var tables = Tables()
        for orbit in members.values where orbit.count > 1 {
            let sorted = orbit.sorted()
            for rune in sorted { tables.orbits[rune] = sorted }
        }
        tables.foldableRunes = tables.orbits.keys.sorted()
        return tables
    }

    private static func singleScalar(_ text: String) -> UInt32? {
        let scalars = text.unicodeScalars
        guard scalars.count == 1, let only = scalars.first else { return nil }
        return only.value
    }
}
