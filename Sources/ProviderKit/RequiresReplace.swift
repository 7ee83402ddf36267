import Values

/// Which changes force a resource to be destroyed and created again, for
/// `PlannedResource.requiresReplace`.
public enum RequiresReplace {
    /// The paths among `candidates` whose planned value differs from the prior one, sorted and
    /// without repeats as Terraform's providers report them. None when creating (no prior
    /// object) or deleting (a null plan); an unknown planned value counts as a change.
    public static func paths(_ candidates: [ValuePath], prior: Value?, planned: Value) -> [ValuePath] {
        guard let prior, !prior.isNull, !planned.isNull else { return [] }
        let changed = candidates.filter { prior.value(at: $0) != planned.value(at: $0) }
        return sorted(changed)
    }

    /// `paths` sorted by their text, each once.
    public static func sorted(_ paths: [ValuePath]) -> [ValuePath] {
        var seen = Set<String>()
        return paths
            .map { (text: pathText($0), path: $0) }
            .sorted { $0.text < $1.text }
            .filter { seen.insert($0.text).inserted }
            .map(\.path)
    }

    /// Whether a change from `prior` to `config` of a map of strings forces replacement by the
    /// rule hashicorp's random and null providers apply to `keepers` and `triggers`: keys whose
    /// value is null count as absent, and a null map as one holding only null values.
    public static func stringMapChanged(prior: Value, config: Value) -> Bool {
        if prior == config { return false }
        let configured = config.attributes ?? [:]
        guard let current = prior.attributes else {
            return configured.values.contains { !$0.isNull }
        }
        for (key, value) in configured {
            let currentValue = current[key]
            if currentValue == nil && value.isNull { continue }
            if currentValue != value { return true }
        }
        return current.keys.contains { configured[$0] == nil }
    }
}
