import Foundation

/// A version in the syntax of hashicorp/go-version: `v1.2.3-beta.1+meta`, with any number of
/// numeric segments (missing ones count as zero).
public struct SemanticVersion: Sendable, Hashable {
    public var segments: [Int]
    /// How many segments were written.
    public var specified: Int
    public var prerelease: String
    public var metadata: String

    public init(segments: [Int], prerelease: String = "", metadata: String = "") {
        self.specified = segments.count
        self.segments = segments + Array(repeating: 0, count: max(0, 3 - segments.count))
        self.prerelease = prerelease
        self.metadata = metadata
    }

    /// The Terraform release these constraints are checked against.
    public static let terraform = SemanticVersion(segments: [1, 15, 5])

    /// Parses a version; nil when it does not follow go-version's syntax.
    public init?(parsing text: String) {
        var rest = Substring(text)
        if rest.first == "v" { rest = rest.dropFirst() }
        var segments: [Int] = []
        while true {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, let value = Int(digits) else { return nil }
            segments.append(value)
            rest = rest.dropFirst(digits.count)
            if rest.first == ".", let next = rest.dropFirst().first, next.isASCII, next.isNumber {
                rest = rest.dropFirst()
                continue
            }
            break
        }
        var prerelease = ""
        var metadata = ""
        if let plus = rest.firstIndex(of: "+") {
            metadata = String(rest[rest.index(after: plus)...])
            rest = rest[..<plus]
            guard SemanticVersion.isDottedIdentifiers(metadata) else { return nil }
        }
        if !rest.isEmpty {
            if rest.first == "-" { rest = rest.dropFirst() }
            prerelease = String(rest)
            guard SemanticVersion.isDottedIdentifiers(prerelease) else { return nil }
        }
        self.init(segments: segments, prerelease: prerelease, metadata: metadata)
    }

    private static func isDottedIdentifiers(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "~") }
        }
    }

    /// go-version's ordering: segments first, then a version without prerelease is greater.
    func compare(_ other: SemanticVersion) -> Int {
        for index in 0..<max(segments.count, other.segments.count) {
            let left = index < segments.count ? segments[index] : 0
            let right = index < other.segments.count ? other.segments[index] : 0
            if left != right { return left < right ? -1 : 1 }
        }
        switch (prerelease.isEmpty, other.prerelease.isEmpty) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false): return prerelease == other.prerelease ? 0 : (prerelease < other.prerelease ? -1 : 1)
        }
    }
}

/// A comma-separated list of version constraints (`>= 1.2, < 2.0`, `~> 1.4`), all of which a
/// version must meet.
public struct VersionConstraints: Sendable, Hashable {
    public enum Operator: String, Sendable, Hashable, CaseIterable {
        case equal = "="
        case notEqual = "!="
        case greaterThan = ">"
        case lessThan = "<"
        case greaterOrEqual = ">="
        case lessOrEqual = "<="
        case pessimistic = "~>"
    }

    public struct Constraint: Sendable, Hashable {
        public var op: Operator
        public var version: SemanticVersion
        /// The constraint as written, for messages.
        public var text: String
    }

    public var constraints: [Constraint]

    /// Parses constraints as go-version's `NewConstraint` does; nil when malformed.
    public init?(parsing text: String) {
        var constraints: [Constraint] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = piece.trimmingCharacters(in: .whitespaces)
            var rest = Substring(trimmed)
            var op = Operator.equal
            for candidate in [Operator.greaterOrEqual, .lessOrEqual, .notEqual, .pessimistic, .greaterThan, .lessThan, .equal]
            where rest.hasPrefix(candidate.rawValue) {
                op = candidate
                rest = rest.dropFirst(candidate.rawValue.count)
                break
            }
            let versionText = rest.trimmingCharacters(in: .whitespaces)
            guard let version = SemanticVersion(parsing: versionText) else { return nil }
            constraints.append(Constraint(op: op, version: version, text: String(piece)))
        }
        self.constraints = constraints
    }

    /// Whether `version` meets every constraint.
    public func allow(_ version: SemanticVersion) -> Bool {
        constraints.allSatisfy { $0.allows(version) }
    }
}

extension VersionConstraints.Constraint {
    func allows(_ candidate: SemanticVersion) -> Bool {
        let order = candidate.compare(version)
        switch op {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .greaterThan: return order > 0 && prereleaseAllows(candidate)
        case .lessThan: return order < 0 && prereleaseAllows(candidate)
        case .greaterOrEqual: return order >= 0 && prereleaseAllows(candidate)
        case .lessOrEqual: return order <= 0 && prereleaseAllows(candidate)
        case .pessimistic:
            if candidate.prerelease.isEmpty != version.prerelease.isEmpty { return false }
            if order < 0 { return false }
            let count = version.segments.count
            if count > candidate.segments.count { return false }
            for index in 0..<max(0, version.specified - 1) where candidate.segments[index] != version.segments[index] {
                return false
            }
            return version.segments[count - 1] <= candidate.segments[count - 1]
        }
    }

    private func prereleaseAllows(_ candidate: SemanticVersion) -> Bool {
        switch (version.prerelease.isEmpty, candidate.prerelease.isEmpty) {
        case (false, false): return version.segments == candidate.segments
        case (true, false): return false
        default: return true
        }
    }
}
