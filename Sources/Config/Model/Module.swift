import HCL
import Lang
import Values

/// One module directory as a model: what it declares and where.
public struct Module: Sendable {
    /// The directory the module was loaded from.
    public var directory: String
    public var variables: [String: Variable] = [:]
    public var locals: [String: Local] = [:]
    public var outputs: [String: Output] = [:]
    /// Managed resources by `type.name`.
    public var resources: [String: ResourceDeclaration] = [:]
    /// Data resources by `type.name`.
    public var dataResources: [String: ResourceDeclaration] = [:]
    /// Module calls by name.
    public var moduleCalls: [String: ModuleCall] = [:]

    public init(directory: String) {
        self.directory = directory
    }
}

/// A `variable` block.
public struct Variable: Sendable {
    public var name: String
    public var constraint: TypeConstraint
    /// The default, already converted to the type; nil when the variable is required.
    public var defaultValue: Value?
    public var description: String?
    public var isSensitive: Bool
    public var isNullable: Bool
    public var isEphemeral: Bool
    public var validations: [CheckRule]
    public var range: SourceRange
}

/// A `validation`, `precondition` or `postcondition` block.
public struct CheckRule: Sendable {
    public var condition: HCL.Expression
    public var errorMessage: HCL.Expression?
    public var range: SourceRange
}

/// One entry of a `locals` block.
public struct Local: Sendable {
    public var name: String
    public var expression: HCL.Expression
    public var range: SourceRange
}

/// An `output` block.
public struct Output: Sendable {
    public var name: String
    public var expression: HCL.Expression?
    public var description: String?
    public var isSensitive: Bool
    public var dependsOn: [Traversal]
    public var preconditions: [CheckRule]
    public var range: SourceRange
}

/// Whether a resource block manages an object or reads one.
public enum ResourceMode: String, Sendable {
    case managed
    case data
}

/// A `resource` or `data` block.
public struct ResourceDeclaration: Sendable {
    public var mode: ResourceMode
    public var type: String
    public var name: String
    public var count: HCL.Expression?
    public var forEach: HCL.Expression?
    public var provider: String?
    public var dependsOn: [Traversal]
    public var body: Body
    public var range: SourceRange
}

/// A `module` block.
public struct ModuleCall: Sendable {
    public var name: String
    public var source: String?
    public var count: HCL.Expression?
    public var forEach: HCL.Expression?
    public var body: Body
    public var range: SourceRange
}
