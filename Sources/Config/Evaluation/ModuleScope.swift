import HCL
import Lang
import Values

/// Resolves references inside one module the way Terraform does: `var.`, `local.`, `path.`,
/// `terraform.`, and errors naming undeclared objects.
public struct ModuleScope: ReferenceResolver {
    public let module: Module
    public let variableValues: [String: Value]
    public var localValues: [String: Value]
    public let rootDirectory: String
    public let workingDirectory: String
    public let workspace: String
    /// Objects of resources, data resources and module calls that have values (from state or
    /// planning); references to declared objects without one are unknown.
    public var objects: [String: Value] = [:]

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
            guard let name = firstName else { return wholeObject("var", traversal) }
            guard let variable = module.variables[name] else {
                return failure("Reference to undeclared input variable", "An input variable with the name \(goQuoted(name)) has not been declared. This variable can be declared with a variable \(goQuoted(name)) {} block.", traversal)
            }
            var value = variableValues[name] ?? variable.defaultValue ?? .unknown(variable.constraint.type)
            if variable.isSensitive { value = value.marked(.sensitive) }
            return Resolution(value: value, consumedSteps: 1)
        case "local":
            guard let name = firstName else { return wholeObject("local", traversal) }
            guard module.locals[name] != nil else {
                var detail = "A local value with the name \(goQuoted(name)) has not been declared."
                if let suggestion = NameSuggestion.closest(to: name, among: module.locals.keys.sorted()) {
                    detail += " Did you mean \(goQuoted(suggestion))?"
                }
                return failure("Reference to undeclared local value", detail, traversal)
            }
            return Resolution(value: localValues[name] ?? .dynamicUnknown, consumedSteps: 1)
        case "path":
            guard let name = firstName else { return wholeObject("path", traversal) }
            switch name {
            case "module": return Resolution(value: .string(module.directory), consumedSteps: 1)
            case "root": return Resolution(value: .string(rootDirectory), consumedSteps: 1)
            case "cwd": return Resolution(value: .string(workingDirectory), consumedSteps: 1)
            default:
                return failure("Invalid \"path\" attribute", "The \"path\" object does not have an attribute named \(goQuoted(name)). The supported attributes are path.cwd, path.module, and path.root.", traversal)
            }
        case "terraform":
            guard let name = firstName else { return wholeObject("terraform", traversal) }
            guard name == "workspace" else {
                return failure("Invalid \"terraform\" attribute", "The \"terraform\" object does not have an attribute named \(goQuoted(name)). The only supported attribute is terraform.workspace, the name of the currently-selected workspace.", traversal)
            }
            return Resolution(value: .string(workspace), consumedSteps: 1)
        case "count":
            return failure("Reference to \"count\" in non-counted context", "The \"count\" object can only be used in \"module\", \"resource\", and \"data\" blocks, and only when the \"count\" argument is set.", traversal)
        case "each":
            return failure("Reference to \"each\" in context without for_each", "The \"each\" object can be used only in \"module\" or \"resource\" blocks, and only when the \"for_each\" argument is set.", traversal)
        case "self":
            return failure("Invalid \"self\" reference", "The \"self\" object is not available in this context. This object can be used only in resource provisioner, connection, and postcondition blocks.", traversal)
        case "module":
            guard let name = firstName else { return wholeObject("module", traversal) }
            guard module.moduleCalls[name] != nil else {
                return failure("Reference to undeclared module", "No module call named \(goQuoted(name)) is declared in the root module.", traversal)
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
            guard module.dataResources[key] != nil else {
                return failure("Reference to undeclared resource", "A data resource \(goQuoted(names[0])) \(goQuoted(names[1])) has not been declared in the root module.", traversal)
            }
            return Resolution(value: objects["data.\(key)"] ?? .dynamicUnknown, consumedSteps: 2)
        default:
            guard let name = firstName else {
                return failure("Invalid reference", "A reference to a resource type must be followed by at least one attribute access, specifying the resource name.", traversal)
            }
            let key = "\(traversal.root).\(name)"
            guard module.resources[key] != nil else {
                return failure("Reference to undeclared resource", "A managed resource \(goQuoted(traversal.root)) \(goQuoted(name)) has not been declared in the root module.", traversal)
            }
            return Resolution(value: objects[key] ?? .dynamicUnknown, consumedSteps: 1)
        }
    }

    private func wholeObject(_ root: String, _ traversal: Traversal) -> Resolution {
        failure("Invalid reference", "The \(goQuoted(root)) object cannot be accessed directly. Instead, access one of its attributes.", traversal)
    }

    private func failure(_ summary: String, _ detail: String, _ traversal: Traversal) -> Resolution {
        let subject = traversal.steps.first.map { traversal.rootRange.union($0.range) } ?? traversal.rootRange
        return Resolution(value: .dynamicUnknown, consumedSteps: 0, diagnostics: [.error(summary, detail, at: subject)])
    }
}
