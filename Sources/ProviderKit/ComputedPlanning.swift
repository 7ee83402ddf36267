import Values

/// How a plan treats the computed attributes that the configuration leaves unset, the way
/// terraform-plugin-framework plans: when anything about the object changes they become unknown
/// ("known after apply"), except those that keep their prior value (`UseStateForUnknown`).
public enum ComputedPlanning {
    /// `planned` with the top-level computed attributes that `config` leaves null unknown when
    /// the object is new or changed (except those in `defaulted`, which have their defaults),
    /// then the attributes in `keepingPrior` set back to their prior value where there is one.
    public static func planned(
        _ planned: Value, prior: Value?, config: Value, schema: BlockSchema, keepingPrior: Set<String> = [], defaulted: Set<String> = []
    ) -> Value {
        guard !planned.isNull else { return planned }
        let prior = prior.flatMap { $0.isNull ? nil : $0 }
        guard prior == nil || planned != prior else { return planned }
        var result = planned
        for (name, attribute) in schema.attributes.sorted(by: { $0.key < $1.key }) where attribute.computed && !defaulted.contains(name) {
            if config[attribute: name]?.isNull ?? true {
                result = result.settingAttribute(name, to: .unknown(attribute.type))
            }
        }
        guard let prior else { return result }
        for name in keepingPrior.sorted() {
            guard let priorValue = prior[attribute: name], !priorValue.isNull,
                  result[attribute: name]?.isKnown == false, config[attribute: name]?.isKnown ?? true else { continue }
            result = result.settingAttribute(name, to: priorValue)
        }
        return result
    }
}
