import Values

/// Attribute and output names as plans print them: as written when they are valid HCL
/// identifiers, otherwise quoted.
enum AttributeName {
    static func display(_ name: String) -> String {
        isIdentifier(name) ? name : goQuoted(name)
    }

    /// Whether the name is one HCL identifier: a letter or `_`, then letters, digits, `_` or `-`.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isIDStart else { return false }
        return name.unicodeScalars.dropFirst().allSatisfy { $0 == "-" || $0.properties.isIDContinue }
    }
}
