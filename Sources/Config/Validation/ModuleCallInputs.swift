import HCL

/// The arguments of every call to a loaded child module against the child's variables, as
/// Terraform checks them while it builds its graph, before anything is evaluated: each
/// argument must name a variable, and each variable without a default must be given. The
/// calls a child module makes are checked only when the call to it is right.
enum ModuleCallInputs {
    static func check(_ tree: ModuleTree) -> [Diagnostic] {
        tree.children.keys.sorted().flatMap { name -> [Diagnostic] in
            guard let child = tree.children[name], let call = tree.module.moduleCalls[name] else { return [] }
            let variables = child.module.variables.values.sorted {
                ($0.range.filename, $0.range.start.byte) < ($1.range.filename, $1.range.start.byte)
            }
            let schema = BodySchema(attributes: variables.map { .init(name: $0.name, required: $0.defaultValue == nil) })
            let problems = call.body.content(schema, missingItemRange: call.missingItemRange).1
            return problems.hasErrors ? problems : problems + check(child)
        }
    }
}
