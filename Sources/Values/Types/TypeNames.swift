extension ValueType {
    /// The short name Terraform uses in error messages: `string`, `list of number`, `object`.
    public var friendlyName: String {
        switch self {
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .list(let element): "list of \(element.friendlyName)"
        case .set(let element): "set of \(element.friendlyName)"
        case .map(let element): "map of \(element.friendlyName)"
        case .tuple: "tuple"
        case .object: "object"
        case .dynamic: "dynamic"
        }
    }

    /// The name used when the type is a constraint: `dynamic` reads "any type" there.
    public var friendlyNameForConstraint: String {
        switch self {
        case .dynamic: "any type"
        case .list(let element): "list of \(element.friendlyNameForConstraint)"
        case .set(let element): "set of \(element.friendlyNameForConstraint)"
        case .map(let element): "map of \(element.friendlyNameForConstraint)"
        default: friendlyName
        }
    }

    /// The type in Terraform's type-constraint syntax on one line: `list(string)`,
    /// `object({name=string})`, `any`.
    public var typeExpression: String {
        switch self {
        case .string: return "string"
        case .number: return "number"
        case .bool: return "bool"
        case .dynamic: return "any"
        case .list(let element): return "list(\(element.typeExpression))"
        case .set(let element): return "set(\(element.typeExpression))"
        case .map(let element): return "map(\(element.typeExpression))"
        case .tuple(let elements):
            return "tuple([" + elements.map(\.typeExpression).joined(separator: ",") + "])"
        case .object(let attributes, let optional):
            let parts = attributes.keys.sorted().map { name -> String in
                let type = attributes[name]?.typeExpression ?? "any"
                return optional.contains(name) ? "\(name)=optional(\(type))" : "\(name)=\(type)"
            }
            return "object({" + parts.joined(separator: ",") + "})"
        }
    }
}
