import Addresses
import Config
import HCL
import Lang
import Values

/// The instances a resource block declares: one without `count` or `for_each`, else one per
/// index or key, each with the `count` or `each` object its expressions see.
struct InstanceExpansion {
    struct Instance {
        var key: InstanceKey?
        /// `count` or `each`, bound while evaluating the instance's expressions.
        var bindings: [String: Value]
    }

    /// Whether the resource has `count` or `for_each`: references then see a tuple or object
    /// of instances, not one object.
    enum Shape {
        case single
        case counted
        case keyed
    }

    var shape: Shape
    var instances: [Instance]

    static func expand(_ resource: ResourceDeclaration, context: EvaluationContext) -> (InstanceExpansion?, [Diagnostic]) {
        expand(count: resource.count, forEach: resource.forEach, context: context)
    }

    /// The instances a resource block or module call with these `count` and `for_each`
    /// arguments declares.
    static func expand(count: HCL.Expression?, forEach: HCL.Expression?, context: EvaluationContext) -> (InstanceExpansion?, [Diagnostic]) {
        if let expression = count {
            let (value, found) = Evaluator.evaluate(expression, in: context)
            if found.hasErrors { return (nil, found) }
            guard value.isKnown else {
                return (nil, found + [.error(
                    "Invalid count argument",
                    "The \"count\" value depends on resource attributes that cannot be determined until apply, so Terraform cannot predict how many instances will be created. To work around this, use the -target argument to first apply only the resources that the count depends on.",
                    at: expression.range)])
            }
            let (count, problems) = RepetitionRules.count(value, at: expression.range)
            guard let count else { return (nil, found + problems) }
            let instances = (0..<count).map { index in
                Instance(key: .index(index), bindings: ["count": .object(["index": .number(index)])])
            }
            return (InstanceExpansion(shape: .counted, instances: instances), found)
        }
        if let expression = forEach {
            let (value, found) = Evaluator.evaluate(expression, in: context)
            if found.hasErrors { return (nil, found) }
            let problems = RepetitionRules.forEach(value, at: expression.range)
            if problems.hasErrors { return (nil, found + problems) }
            guard value.isWhollyKnown || (value.isKnown && !value.type.isSet) else {
                let what = value.type.isSet ? "set includes values" : "map includes keys"
                return (nil, found + [.error(
                    "Invalid for_each argument",
                    "The \"for_each\" \(what) derived from resource attributes that cannot be determined until apply, and so Terraform cannot determine the full set of keys that will identify the instances of this resource.\n\nWhen working with unknown values in for_each, it's better to define the map keys statically in your configuration and place apply-time results only in the map values.\n\nAlternatively, you could use the -target planning option to first apply only the resources that the for_each value depends on, and then apply a second time to fully converge.",
                    at: expression.range)])
            }
            var instances: [Instance] = []
            if let attributes = value.sortedAttributes {
                for (key, element) in attributes {
                    instances.append(Instance(key: .key(key), bindings: ["each": .object(["key": .string(key), "value": element])]))
                }
            } else {
                for element in value.elements ?? [] {
                    let key = element.stringValue ?? ""
                    instances.append(Instance(key: .key(key), bindings: ["each": .object(["key": element, "value": element])]))
                }
            }
            return (InstanceExpansion(shape: .keyed, instances: instances), found)
        }
        return (InstanceExpansion(shape: .single, instances: [Instance(key: nil, bindings: [:])]), [])
    }

    /// The value references to the whole resource see: the object of the single instance, a
    /// tuple of the counted ones, or an object keyed like for_each.
    func referenceValue(_ values: [InstanceKey?: Value]) -> Value {
        switch shape {
        case .single:
            return values[nil] ?? .dynamicUnknown
        case .counted:
            return .tuple(instances.map { values[$0.key] ?? .dynamicUnknown })
        case .keyed:
            var attributes: [String: Value] = [:]
            for instance in instances {
                if case .key(let key)? = instance.key { attributes[key] = values[instance.key] ?? .dynamicUnknown }
            }
            return .object(attributes)
        }
    }
}
