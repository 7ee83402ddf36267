import HCL
import Lang
import Values

/// Resolves references inside one module the way Terraform does: `var.`, `local.`, `path.`,
/// `terraform.`, and errors naming undeclared objects.
public struct ModuleScope: ReferenceResolver {
    public let module: Module
    public var variableValues: [String: Value]
    public var localValues: [String: Value]
    /// The module's address (`module.net`), empty for the root module; errors name it.
    public var moduleAddress = ""
    public let rootDirectory: String
    public let workingDirectory: String
    public let workspace: String
    /// Objects of resources, data resources and module calls that have values (from state or
    /// planning); references to declared objects without one are unknown.
    public var objects: [String: Value] = [:]
    /// The `check` block whose expressions are being evaluated, if any: data resources
    /// declared inside a check can be referenced only from that check.
    public var check: String?

    public init(
        module: Module, variableValues: [String: Value], localValues: [String: Value] = [:],
        rootDirectory: String = ".", workingDirectory: String, workspace: String = "default"
    ) {
        self.module = module
        self.variableValues = variableValues
        self.localValues = localValues
        self.rootDirectory = rootDirectory
        self.workingDirectory = workingDirectory
        self.workspace = workspace
    }

    public func resolve(_ traversal: Traversal) -> Resolution {
        let first = traversal.steps.first
        let firstName: String? = if case .attribute(let name, _) = first { name } else { nil }
        switch traversal.root {
        case "var":
            let name = firstName ?? ""
            guard let variable = module.variables[name] else {
                let hint = suggestion(for: name, among: module.variables.keys)
                    ?? " This variable can be declared with a variable \(goQuoted(name)) {} block."
                return failure("Reference to undeclared input variable", "An input variable with the name \(goQuoted(name)) has not been declared.\(hint)", traversal)
            }
            var value = variableValues[name] ?? variable.defaultValue ?? .unknown(variable.constraint.type)
            if variable.isSensitive { value = value.marked(.sensitive) }
            return Resolution(value: value, consumedSteps: 1)
        case "local":
            let name = firstName ?? ""
            guard module.locals[name] != nil else {
                let hint = suggestion(for: name, among: module.locals.keys) ?? ""
                return failure("Reference to undeclared local value", "A local value with the name \(goQuoted(name)) has not been declared.\(hint)", traversal)
            }
            return Resolution(value: localValues[name] ?? .dynamicUnknown, consumedSteps: 1)
        case "path":
            let name = firstName ?? ""
            switch name {
            case "module": return Resolution(value: .string(module.directory), consumedSteps: 1)
            case "root": return Resolution(value: .string(rootDirectory), consumedSteps: 1)
            case "cwd": return Resolution(value: .string(workingDirectory), consumedSteps: 1)
            default:
                return failure("Invalid \"path\" attribute", "The \"path\" object does not have an attribute named \(goQuoted(name)).", traversal)
            }
        case "terraform":
            let name = firstName ?? ""
            switch name {
            case "workspace": return Resolution(value: .string(workspace), consumedSteps: 1)
            case "applying": return Resolution(value: .false, consumedSteps: 1)
            default:
                return failure("Invalid \"terraform\" attribute", "The \"terraform\" object does not have an attribute named \(goQuoted(name)). The only supported attributes are terraform.workspace, the name of the currently-selected workspace, and terraform.applying, a boolean which is true only during apply.", traversal)
            }
        case "count":
            return failure("Reference to \"count\" in non-counted context", "The \"count\" object can only be used in \"module\", \"resource\", and \"data\" blocks, and only when the \"count\" argument is set.", traversal)
        case "each":
            if firstName == "value" {
                return failure("each.value cannot be used in this context", "A reference to \"each.value\" has been used in a context in which it is unavailable, such as when the configuration no longer contains the value in its \"for_each\" expression. Remove this reference to each.value in your configuration to work around this error.", traversal)
            }
            return failure("Reference to \"each\" in context without for_each", "The \"each\" object can be used only in \"module\" or \"resource\" blocks, and only when the \"for_each\" argument is set.", traversal)
        case "self":
            return Resolution(value: .dynamicUnknown, consumedSteps: 0, diagnostics: [.error(
                "Invalid \"self\" reference",
                "The \"self\" object is not available in this context. This object can be used only in resource provisioner, connection, and postcondition blocks.",
                at: traversal.rootRange)])
        case "module":
            let name = firstName ?? ""
            guard module.moduleCalls[name] != nil else {
                var covered = 1
                if traversal.steps.count > covered, case .index = traversal.steps[covered] { covered += 1 }
                if traversal.steps.count > covered, case .attribute = traversal.steps[covered] { covered += 1 }
                let hint = suggestion(for: name, among: module.moduleCalls.keys) ?? ""
                return failure("Reference to undeclared module", "No module call named \(goQuoted(name)) is declared in \(moduleName).\(hint)", traversal, steps: covered)
            }
            return Resolution(value: objects["module.\(name)"] ?? .dynamicUnknown, consumedSteps: 1)
        case "data":
            let names = traversal.steps.prefix(2).compactMap { step -> String? in
                if case .attribute(let name, _) = step { return name }
                return nil
            }
            guard names.count == 2 else {
                return failure("Invalid reference", "A reference to a data source must be followed by at least one attribute access, specifying the resource name.", traversal)
            }
            let key = "\(names[0]).\(names[1])"
            guard let declaration = module.dataResources[key] else {
                return failure("Reference to undeclared resource", "A data resource \(goQuoted(names[0])) \(goQuoted(names[1])) has not been declared in \(moduleName).", traversal, steps: 2)
            }
            if let container = declaration.check, container != check {
                var covered = 2
                if traversal.steps.count > covered, case .index = traversal.steps[covered] { covered += 1 }
                return failure(
                    "Reference to scoped resource",
                    "The referenced data resource \(goQuoted(names[0])) \(goQuoted(names[1])) is not available from this context.",
                    traversal, steps: covered)
            }
            if let problem = instanceKeyProblem(declaration, traversal, nameSteps: 2) { return problem }
            return Resolution(value: objects["data.\(key)"] ?? .dynamicUnknown, consumedSteps: 2)
        default:
            var steps = traversal.steps[...]
            var type = traversal.root
            var kind = "A managed resource"
            if type == "resource" || type == "ephemeral", case .attribute(let name, _) = steps.first {
                kind = type == "ephemeral" ? "An ephemeral resource" : kind
                type = name
                steps = steps.dropFirst()
            }
            guard case .attribute(let name, _) = steps.first else {
                return failure("Invalid reference", "A reference to a resource type must be followed by at least one attribute access, specifying the resource name.", traversal)
            }
            let key = "\(type).\(name)"
            let ephemeral = kind != "A managed resource"
            let nameSteps = traversal.steps.count - steps.count + 1
            guard let declaration = ephemeral ? module.ephemeralResources[key] : module.resources[key] else {
                var detail = "\(kind) \(goQuoted(type)) \(goQuoted(name)) has not been declared in \(moduleName)."
                if !ephemeral, module.dataResources[key] != nil { detail += "\n\nDid you mean the data resource data.\(key)?" }
                return failure("Reference to undeclared resource", detail, traversal, steps: nameSteps)
            }
            if let problem = instanceKeyProblem(declaration, traversal, nameSteps: nameSteps) { return problem }
            let objectKey = ephemeral ? "ephemeral.\(key)" : key
            return Resolution(value: objects[objectKey] ?? .dynamicUnknown, consumedSteps: nameSteps)
        }
    }

    /// How errors name the module: `the root module` or its address.
    private var moduleName: String { moduleAddress.isEmpty ? "the root module" : moduleAddress }

    /// Problems with the references an expression makes, found before it is evaluated, as
    /// Terraform reports undeclared objects even in branches that are not taken.
    public func checkReferences(in expression: HCL.Expression, bound: Set<String> = []) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for reference in ReferenceCollector.references(in: expression) where !bound.contains(reference.root) {
            for diagnostic in resolve(reference).diagnostics where !diagnostics.contains(diagnostic) {
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics
    }

    /// " Did you mean ...?" when a declared name is close to `name`.
    private func suggestion(for name: String, among names: Dictionary<String, some Any>.Keys) -> String? {
        NameSuggestion.closest(to: name, among: names.sorted()).map { " Did you mean \(goQuoted($0))?" }
    }

    /// A reference with an instance key to a resource that has no `count` or `for_each`, or
    /// to an attribute without one of a resource that has.
    private func instanceKeyProblem(_ resource: ResourceDeclaration, _ traversal: Traversal, nameSteps: Int) -> Resolution? {
        guard traversal.steps.count > nameSteps else { return nil }
        let address = resource.address
        switch traversal.steps[nameSteps] {
        case .index:
            guard resource.count == nil && resource.forEach == nil else { return nil }
            return failure(
                "Unexpected resource instance key",
                "Because \(address) does not have \"count\" or \"for_each\" set, references to it must not include an index key. Remove the bracketed index to refer to the single instance of this resource.",
                traversal, steps: nameSteps + 1)
        case .attribute:
            let (argument, key) = resource.count != nil ? ("count", "count.index") : ("for_each", "each.key")
            guard resource.count != nil || resource.forEach != nil else { return nil }
            return failure(
                "Missing resource instance key",
                "Because \(address) has \"\(argument)\" set, its attributes must be accessed on specific instances.\n\nFor example, to correlate with indices of a referring resource, use:\n    \(address)[\(key)]",
                traversal, steps: nameSteps)
        }
    }

    /// An error about a reference, pointing from its root through `steps` of its steps.
    private func failure(_ summary: String, _ detail: String, _ traversal: Traversal, steps: Int = 1) -> Resolution {
        let last = traversal.steps.prefix(steps).last
        let subject = last.map { traversal.rootRange.union($0.range) } ?? traversal.rootRange
        return Resolution(value: .dynamicUnknown, consumedSteps: 0, diagnostics: [.error(summary, detail, at: subject)])
    }
}
