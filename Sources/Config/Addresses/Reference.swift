import Addresses
import HCL
import Values

/// What a reference in an expression points at, as Terraform's `addrs.ParseRef` classifies it.
enum ReferenceSubject: Sendable, Hashable {
    case inputVariable(String)
    case localValue(String)
    case countAttribute(String)
    case forEachAttribute(String)
    case pathAttribute(String)
    case terraformAttribute(String)
    case `self`
    case moduleCall(String)
    case moduleOutput(call: String, output: String)
    /// A whole resource (`aws_instance.web`) or one instance (`aws_instance.web[0]`).
    case resource(ResourceMode, type: String, name: String, instance: Bool)
    case action(type: String, name: String)
}

/// A parsed reference: its subject, the range naming the subject, and what follows it.
struct Reference: Sendable {
    var subject: ReferenceSubject
    var range: SourceRange
    var remaining: [StaticTraversal.Step]
}

enum ReferenceParser {
    /// The reference `traversal` makes, or Terraform's error for a malformed one.
    static func parse(_ traversal: StaticTraversal) -> Result<Reference, Diagnostic> {
        let root = traversal.root
        switch root {
        case "count", "each", "local", "path", "terraform", "var":
            return singleAttribute(traversal).map { name, range, remaining in
                let subject: ReferenceSubject = switch root {
                case "count": .countAttribute(name)
                case "each": .forEachAttribute(name)
                case "local": .localValue(name)
                case "path": .pathAttribute(name)
                case "terraform": .terraformAttribute(name)
                default: .inputVariable(name)
                }
                return Reference(subject: subject, range: range, remaining: remaining)
            }
        case "data", "ephemeral", "resource":
            guard traversal.steps.count >= 2 else {
                let what = switch root {
                case "data": "the data source type and the resource name"
                case "ephemeral": "the ephemeral resource type and the resource name"
                default: "the resource type and the resource name"
                }
                return .failure(.error(
                    "Invalid reference",
                    "The \(goQuoted(root)) object must be followed by two attribute names: \(what).",
                    at: traversal.range))
            }
            let mode: ResourceMode = root == "data" ? .data : root == "ephemeral" ? .ephemeral : .managed
            let first = traversal.steps[0]
            return resource(
                mode: mode, typeName: first.name, typeRange: first.range, start: traversal.rootRange,
                rest: Array(traversal.steps.dropFirst()))
        case "module":
            return singleAttribute(traversal).flatMap { name, range, remaining in
                var remaining = remaining[...]
                var range = range
                if let step = remaining.first, case .index = step.kind {
                    range = range.through(step.range)
                    remaining = remaining.dropFirst()
                    if remaining.isEmpty {
                        return .success(Reference(subject: .moduleCall(name), range: range, remaining: []))
                    }
                }
                guard let step = remaining.first else {
                    return .success(Reference(subject: .moduleCall(name), range: range, remaining: []))
                }
                guard let output = step.name else {
                    return .failure(.error("Invalid reference", "Module instance objects do not support this operation.", at: step.range))
                }
                return .success(Reference(
                    subject: .moduleOutput(call: name, output: output), range: range.through(step.range),
                    remaining: Array(remaining.dropFirst())))
            }
        case "self":
            return .success(Reference(subject: .self, range: traversal.rootRange, remaining: traversal.steps))
        case "action":
            guard traversal.steps.count >= 2, let type = traversal.steps[0].name, let name = traversal.steps[1].name else {
                return .failure(.error(
                    "Invalid reference",
                    "The \"action\" object must be followed by two attribute names: the action type and the action name.",
                    at: traversal.range))
            }
            return .success(Reference(
                subject: .action(type: type, name: name), range: traversal.rootRange.through(traversal.steps[1].range),
                remaining: Array(traversal.steps.dropFirst(2))))
        case "template", "lazy", "arg":
            return .failure(.error(
                "Reserved symbol name",
                "The symbol name \(goQuoted(root)) is reserved for use in a future Terraform version. If you are using a provider that already uses this as a resource type name, add the prefix \"resource.\" to force interpretation as a resource type name.",
                at: traversal.rootRange))
        default:
            return resource(
                mode: .managed, typeName: root, typeRange: traversal.rootRange, start: traversal.rootRange,
                rest: traversal.steps)
        }
    }

    static func singleAttribute(
        _ traversal: StaticTraversal
    ) -> Result<(String, SourceRange, [StaticTraversal.Step]), Diagnostic> {
        guard let first = traversal.steps.first else {
            return .failure(.error(
                "Invalid reference",
                "The \(goQuoted(traversal.root)) object cannot be accessed directly. Instead, access one of its attributes.",
                at: traversal.rootRange))
        }
        guard let name = first.name else {
            return .failure(.error(
                "Invalid reference", "The \(goQuoted(traversal.root)) object does not support this operation.", at: first.range))
        }
        return .success((name, traversal.rootRange.through(first.range), Array(traversal.steps.dropFirst())))
    }

    private static func resource(
        mode: ResourceMode, typeName: String?, typeRange: SourceRange, start: SourceRange,
        rest: [StaticTraversal.Step]
    ) -> Result<Reference, Diagnostic> {
        guard let typeName else {
            return .failure(.error(
                "Invalid reference", "The \"data\" object does not support this operation.", at: typeRange))
        }
        guard let nameStep = rest.first else {
            return .failure(.error(
                "Invalid reference",
                "A reference to a resource type must be followed by at least one attribute access, specifying the resource name.",
                at: typeRange))
        }
        guard let name = nameStep.name else {
            let what = switch mode {
            case .data: "data source"
            case .ephemeral: "ephemeral resource type"
            case .managed: "resource type"
            }
            return .failure(.error(
                "Invalid reference",
                "A reference to a \(what) must be followed by at least one attribute access, specifying the resource name.",
                at: nameStep.range))
        }
        var range = start.through(nameStep.range)
        var remaining = rest.dropFirst()
        var instance = false
        if let step = remaining.first, case .index(let key) = step.kind {
            if key.numberValue.map({ !$0.isInteger }) ?? false {
                return .failure(.error(
                    "Invalid index key", "Invalid index for resource instance: key value must be an integer.", at: step.range))
            }
            instance = true
            range = range.through(step.range)
            remaining = remaining.dropFirst()
        }
        return .success(Reference(
            subject: .resource(mode, type: typeName, name: name, instance: instance), range: range,
            remaining: Array(remaining)))
    }

    /// Every reference `expression` makes, with the errors of malformed ones.
    static func references(in expression: HCL.Expression) -> ([Reference], [Diagnostic]) {
        var references: [Reference] = []
        var diagnostics: [Diagnostic] = []
        for traversal in ExpressionVariables.traversals(in: expression) {
            switch parse(traversal) {
            case .success(let reference): references.append(reference)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (references, diagnostics)
    }
}
