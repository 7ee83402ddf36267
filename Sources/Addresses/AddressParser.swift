import HCL

/// Parses addresses given on the command line (`-target`, `-replace`, `state show`, `taint`)
/// with Terraform's rules and messages.
public enum AddressParser {
    /// A problem with an address, worded as Terraform words it.
    public struct Failure: Error, Sendable, Equatable {
        public var summary: String
        public var detail: String
    }

    /// Parses a module, resource or resource instance address.
    public static func target(_ text: String) -> Result<AddressTarget, Failure> {
        Result { () throws(Failure) in try parseTarget(text) }
    }

    /// Parses an address that must name one resource instance (`aws_instance.a` names instance
    /// `nil` of a resource without count or for_each).
    public static func instance(_ text: String) -> Result<ResourceInstanceAddress, Failure> {
        Result { () throws(Failure) in
            switch try parseTarget(text) {
            case .instance(let instance): return instance
            case .resource(let resource): return resource.instance(nil)
            case .module:
                throw Failure(summary: "Invalid address", detail: "Resource specification must include a resource type and name.")
            }
        }
    }

    private enum Step {
        case name(String)
        case key(InstanceKey)
    }

    private static func parseTarget(_ text: String) throws(Failure) -> AddressTarget {
        var steps = try traversalSteps(text)[...]
        var module = ModuleInstanceAddress.root
        while case .name("module")? = steps.first {
            steps = steps.dropFirst()
            guard case .name(let name)? = steps.first else {
                throw Failure(summary: "Invalid address operator", detail: "Prefix \"module.\" must be followed by a module name.")
            }
            steps = steps.dropFirst()
            var key: InstanceKey?
            if case .key(let given)? = steps.first {
                key = given
                steps = steps.dropFirst()
            }
            module = module.child(name, key: key)
        }
        if steps.isEmpty { return .module(module) }
        var mode = ResourceMode.managed
        if case .name(let prefix)? = steps.first, prefix == "data" || prefix == "ephemeral" {
            mode = prefix == "data" ? .data : .ephemeral
            steps = steps.dropFirst()
        }
        guard steps.count >= 2, case .name(let type) = steps[steps.startIndex],
              case .name(let name) = steps[steps.index(after: steps.startIndex)]
        else {
            throw Failure(summary: "Invalid address", detail: "Resource specification must include a resource type and name.")
        }
        steps = steps.dropFirst(2)
        let resource = AbsoluteResourceAddress(module: module, resource: ResourceAddress(mode: mode, type: type, name: name))
        guard let next = steps.first else { return .resource(resource) }
        guard case .key(let key) = next else {
            throw Failure(summary: "Invalid address", detail: "Resource instance key must be given in square brackets.")
        }
        guard steps.count == 1 else {
            throw Failure(summary: "Invalid address", detail: "Unexpected extra operators after address.")
        }
        return .instance(resource.instance(key))
    }

    /// The names and keys of a traversal such as `module.a["x"].b.c[0]`.
    private static func traversalSteps(_ text: String) throws(Failure) -> [Step] {
        let (expression, diagnostics) = Parser.parseExpression(SourceFile(filename: "", text: text))
        if let error = diagnostics.first(where: { $0.severity == .error }) {
            throw Failure(summary: error.summary, detail: error.detail)
        }
        var steps: [Step] = []
        var current = expression
        while true {
            switch current.kind {
            case .variable(let name):
                steps.append(.name(name))
                return steps.reversed()
            case .getAttribute(let source, let name, _):
                steps.append(.name(name))
                current = source
            case .index(let source, let key, _):
                steps.append(.key(try instanceKey(key)))
                current = source
            default:
                throw Failure(summary: "Invalid address", detail: "An address must be a sequence of names and bracketed keys, such as aws_instance.web[0].")
            }
        }
    }

    /// The text of a template made only of literal parts, as a quoted key is.
    private static func literalText(_ template: Template) -> String? {
        var text = ""
        for part in template.parts {
            guard case .literal(let literal, _) = part else { return nil }
            text += literal
        }
        return text
    }

    private static func instanceKey(_ expression: Expression) throws(Failure) -> InstanceKey {
        switch expression.kind {
        case .literal(.number(let digits)):
            guard let index = Int(digits), index >= 0 else {
                throw Failure(summary: "Invalid address operator", detail: "Index value must be a whole number.")
            }
            return .index(index)
        case .template(let template):
            guard let text = literalText(template) else {
                throw Failure(summary: "Invalid address operator", detail: "Index value must be a literal string or number.")
            }
            return .key(text)
        default:
            throw Failure(summary: "Invalid address operator", detail: "Index value must be a literal string or number.")
        }
    }
}
