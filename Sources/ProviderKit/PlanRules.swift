import Values

/// A resource type's plan, the way terraform-plugin-framework plans one: defaults fill unset
/// optional+computed attributes, unset computed attributes become unknown when the object is new
/// or changed (unless they keep their prior value), and changed arguments that force a new object
/// are reported for replacement. Providers apply their own rules between the two steps.
public struct PlanRules: Sendable {
    /// Values for optional+computed attributes left unset.
    public var defaults: SchemaDefaults
    /// Computed attributes that keep their prior value instead of becoming unknown.
    public var keepingPrior: Set<String>
    /// Attributes whose change forces the object to be replaced.
    public var replacing: [ValuePath]

    public init(defaults: SchemaDefaults = SchemaDefaults(), keepingPrior: Set<String> = [], replacing: [ValuePath] = []) {
        self.defaults = defaults
        self.keepingPrior = keepingPrior
        self.replacing = replacing
    }

    /// The plan before any rule of the provider's own: `proposed` with defaults and unknown
    /// computed attributes.
    public func planned(schema: BlockSchema, prior: Value?, proposed: Value, config: Value) -> Value {
        let defaulted = defaults.applied(to: proposed, config: config)
        return ComputedPlanning.planned(
            defaulted, prior: prior, config: config, schema: schema, keepingPrior: keepingPrior, defaulted: Set(defaults.values.keys))
    }

    /// The attributes in `replacing` that `planned` changes.
    public func requiresReplace(prior: Value?, planned: Value) -> [ValuePath] {
        RequiresReplace.paths(replacing, prior: prior, planned: planned)
    }
}
