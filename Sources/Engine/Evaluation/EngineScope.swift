import Config
import HCL
import Lang
import Values

/// Resolves references during plan and apply: Config's module scope checks every reference
/// the way Terraform does, and the values of locals, resources and data sources come from
/// what the run has evaluated so far.
struct EngineScope: ReferenceResolver {
    var base: ModuleScope
    var objects: ObjectValues
    /// The object `self` stands for in postconditions.
    var selfValue: Value?

    func resolve(_ traversal: Traversal) -> Resolution {
        if traversal.root == "self", let selfValue {
            return Resolution(value: selfValue, consumedSteps: 0)
        }
        let checked = base.resolve(traversal)
        guard checked.diagnostics.isEmpty else { return checked }
        let names = traversal.steps.prefix(2).compactMap { step -> String? in
            if case .attribute(let name, _) = step { return name }
            return nil
        }
        let key: String? = switch traversal.root {
        case "local": names.first.map { "local.\($0)" }
        case "data": names.count == 2 ? "data.\(names[0]).\(names[1])" : nil
        case "module": names.first.map { "module.\($0)" }
        case "resource": names.count == 2 ? "\(names[0]).\(names[1])" : nil
        case "var", "path", "terraform", "count", "each", "self": nil
        default: names.first.map { "\(traversal.root).\($0)" }
        }
        guard let key, let value = objects[key] else { return checked }
        return Resolution(value: value, consumedSteps: checked.consumedSteps)
    }
}
