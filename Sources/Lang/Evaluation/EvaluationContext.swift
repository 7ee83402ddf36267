import HCL
import Values

/// What an expression can see while it is evaluated: local names (for-expression variables,
/// `each`, `count`), the functions it may call, and the resolver for references such as
/// `var.region` or `aws_instance.web.id`.
public struct EvaluationContext: Sendable {
    /// Names bound directly, consulted before the resolver.
    public var variables: [String: Value]
    public var functions: FunctionTable
    /// Resolves references whose root is not in `variables`; without one such names are unknown.
    public var resolver: (any ReferenceResolver)?
    /// The element a splat expression is currently applied to.
    var splatItem: Value?

    public init(variables: [String: Value] = [:], functions: FunctionTable = FunctionTable(), resolver: (any ReferenceResolver)? = nil) {
        self.variables = variables
        self.functions = functions
        self.resolver = resolver
    }

    /// A child context with more names bound.
    func binding(_ names: [String: Value]) -> EvaluationContext {
        var child = self
        child.variables.merge(names) { _, new in new }
        return child
    }
}

/// One step of a reference after its root name: `.name` or `[key]` with a constant key.
public enum TraversalStep: Sendable, Hashable {
    case attribute(String, range: SourceRange)
    case index(Value, range: SourceRange)

    public var range: SourceRange {
        switch self {
        case .attribute(_, let range), .index(_, let range): range
        }
    }
}

/// A reference as written: a root name and the constant steps after it (`var.tags["env"]`).
public struct Traversal: Sendable, Hashable {
    public let root: String
    public let rootRange: SourceRange
    public let steps: [TraversalStep]

    public init(root: String, rootRange: SourceRange, steps: [TraversalStep]) {
        self.root = root
        self.rootRange = rootRange
        self.steps = steps
    }

    /// The source range from the root to the end of the last step.
    public var range: SourceRange {
        steps.last.map { rootRange.union($0.range) } ?? rootRange
    }
}

/// The value of a reference's leading part and how many steps it used; the evaluator applies
/// the remaining steps itself.
public struct Resolution: Sendable {
    public let value: Value
    public let consumedSteps: Int
    public let diagnostics: [Diagnostic]

    public init(value: Value, consumedSteps: Int, diagnostics: [Diagnostic] = []) {
        self.value = value
        self.consumedSteps = consumedSteps
        self.diagnostics = diagnostics
    }
}

/// Gives meaning to references in expressions: Terraform's `var.`, `local.`, resources, and so on.
public protocol ReferenceResolver: Sendable {
    func resolve(_ traversal: Traversal) -> Resolution
}
