import Addresses
import Config
import HCL
import Lang
import Values

extension Run {
    /// One instance of a module call: its key and the values of the child's variables.
    struct ModuleInstance {
        var key: InstanceKey?
        var variables: [String: Value]
    }

    /// The instances a module call declares, each with its input variables evaluated here and
    /// prepared as the child declares them (defaults, type conversion); nil after an error.
    func expand(_ call: ModuleCall) -> (InstanceExpansion, [ModuleInstance], ModuleTree)? {
        guard let child = tree.children[call.name] else {
            report([.error(
                "Module not installed",
                "This module's source is not a local directory, so iac cannot read it. iac reads modules from local paths (\"./...\" or \"../...\").",
                at: call.range)])
            return nil
        }
        let (expansion, found) = InstanceExpansion.expand(count: call.count, forEach: call.forEach, context: evaluationContext())
        report(found)
        guard let expansion else { return nil }
        let inputs = Dictionary(call.body.attributes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var instances: [ModuleInstance] = []
        var succeeded = true
        for instance in expansion.instances {
            var variables: [String: Value] = [:]
            let address = moduleAddress.child(call.name, key: instance.key)
            for (name, variable) in child.module.variables {
                guard let input = inputs[name] else {
                    if let value = variable.defaultValue { variables[name] = value }
                    continue
                }
                let (value, problems) = evaluate(input.expression, bindings: instance.bindings)
                report(problems)
                if problems.hasErrors {
                    succeeded = false
                    continue
                }
                switch InputPreparation.prepare(value, of: variable, address: "\(address.text).var.\(name)", source: .expression(input.expression.range)) {
                case .success(let prepared): variables[name] = variable.isSensitive ? prepared.marked(.sensitive) : prepared
                case .failure(let problem):
                    report([problem])
                    succeeded = false
                }
            }
            instances.append(ModuleInstance(key: instance.key, variables: variables))
        }
        return succeeded ? (expansion, instances, child) : nil
    }

    /// The value `module.NAME` has for one instance: an object of the child's outputs.
    func outputsObject() -> Value {
        var attributes: [String: Value] = [:]
        for output in tree.module.outputs.values {
            let value = objects["output.\(output.name)"] ?? .dynamicUnknown
            attributes[output.name] = output.isSensitive ? value.marked(.sensitive) : value
        }
        return .object(attributes)
    }
}
