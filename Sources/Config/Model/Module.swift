import Addresses
import HCL
import Lang
import Values

/// One module directory as a model: what it declares and where, after its override files
/// have been merged in.
public struct Module: Sendable {
    /// The directory the module was loaded from.
    public var directory: String
    /// `required_version` constraints of every `terraform` block.
    public var coreVersionConstraints: [VersionConstraint] = []
    public var backend: Backend?
    public var cloud: CloudConfig?
    /// The `required_providers` entries by local name.
    public var requiredProviders: [String: RequiredProvider] = [:]
    /// Provider configurations by `name` or `name.alias`.
    public var providerConfigs: [String: ProviderConfig] = [:]
    public var providerMetas: [String: ProviderMeta] = [:]
    public var variables: [String: Variable] = [:]
    public var locals: [String: Local] = [:]
    public var outputs: [String: Output] = [:]
    /// Managed resources by `type.name`.
    public var resources: [String: ResourceDeclaration] = [:]
    /// Data resources by `type.name`, including those nested in `check` blocks.
    public var dataResources: [String: ResourceDeclaration] = [:]
    /// Ephemeral resources by `type.name`.
    public var ephemeralResources: [String: ResourceDeclaration] = [:]
    /// Actions by `type.name`.
    public var actions: [String: ActionDeclaration] = [:]
    /// Module calls by name.
    public var moduleCalls: [String: ModuleCall] = [:]
    public var moved: [MovedBlock] = []
    public var imports: [ImportBlock] = []
    public var removed: [RemovedBlock] = []
    public var checks: [String: CheckBlock] = [:]

    public init(directory: String) {
        self.directory = directory
    }
}

/// A version constraint string with where it was written.
public struct VersionConstraint: Sendable {
    public var constraints: VersionConstraints
    /// The whole `required_version = "..."` argument, where Terraform reports a mismatch.
    public var range: SourceRange
}

/// A `backend "type"` block inside `terraform`.
public struct Backend: Sendable {
    public var type: String
    public var typeRange: SourceRange
    public var body: Body
    public var range: SourceRange
}

/// A `cloud` block inside `terraform`.
public struct CloudConfig: Sendable {
    public var body: Body
    public var range: SourceRange
}

/// One entry of `required_providers`.
public struct RequiredProvider: Sendable {
    public var name: String
    /// The source as written, or nil when it is implied by the name.
    public var source: String?
    public var provider: ProviderAddress?
    public var versionConstraints: VersionConstraints?
    /// `configuration_aliases` as `name.alias`.
    public var configurationAliases: [String]
    public var range: SourceRange
}

/// A `provider` block.
public struct ProviderConfig: Sendable {
    public var name: String
    public var alias: String?
    public var body: Body
    public var range: SourceRange

    /// `name` or `name.alias`, how the module knows the configuration.
    public var key: String { alias.map { "\(name).\($0)" } ?? name }
}

/// A `provider_meta "name"` block inside `terraform`.
public struct ProviderMeta: Sendable {
    public var provider: String
    public var body: Body
    public var range: SourceRange
}

/// A `variable` block.
public struct Variable: Sendable {
    public var name: String
    public var constraint: TypeConstraint
    /// Whether values given as text (`-var`, `TF_VAR_`) are taken as literal strings: when the
    /// variable declares no type or a primitive one. Otherwise the text is an expression.
    public var takesLiteralText: Bool {
        !hasDeclaredType || constraint.type.isPrimitive
    }
    /// Whether the block has a `type` argument.
    public var hasDeclaredType = false
    /// The default, already converted to the type; nil when the variable is required.
    public var defaultValue: Value?
    public var description: String?
    public var isSensitive: Bool
    public var isNullable: Bool
    public var isEphemeral: Bool
    /// Whether the value is known before planning (`const = true`), so that module sources
    /// and versions may use it.
    public var isConst: Bool
    public var deprecation: String?
    public var validations: [CheckRule]
    public var range: SourceRange
}

/// A `validation`, `precondition`, `postcondition` or `assert` block.
public struct CheckRule: Sendable {
    public var condition: HCL.Expression?
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
    public var isEphemeral: Bool
    public var deprecation: String?
    /// The `deprecated` argument, where Terraform reports that a root output cannot be deprecated.
    public var deprecationRange: SourceRange?
    public var dependsOn: [Traversal]
    public var preconditions: [CheckRule]
    public var range: SourceRange
}

/// A `provider = name.alias` reference.
public struct ProviderReference: Sendable {
    public var name: String
    public var alias: String?
    public var range: SourceRange
}

/// A `provisioner "type"` block.
public struct Provisioner: Sendable {
    public enum When: Sendable { case create, destroy }
    public enum OnFailure: Sendable { case fail, `continue` }

    public var type: String
    public var body: Body
    public var connection: Body?
    public var when: When
    public var onFailure: OnFailure
    public var range: SourceRange
}

/// The `lifecycle` settings of a managed resource.
public struct ManagedLifecycle: Sendable {
    public var createBeforeDestroy: Bool?
    public var preventDestroy: Bool?
    public var ignoreChanges: [Traversal] = []
    public var ignoresAllChanges = false
    public var replaceTriggeredBy: [HCL.Expression] = []
}

/// A `resource`, `data` or `ephemeral` block.
public struct ResourceDeclaration: Sendable {
    public var mode: ResourceMode
    public var type: String
    public var name: String
    public var count: HCL.Expression?
    public var forEach: HCL.Expression?
    public var provider: ProviderReference?
    public var dependsOn: [Traversal]
    public var lifecycle = ManagedLifecycle()
    public var preconditions: [CheckRule] = []
    public var postconditions: [CheckRule] = []
    public var provisioners: [Provisioner] = []
    public var connection: Body?
    /// The provider-specific arguments and blocks, meta-arguments removed (the content of a
    /// `_` escaping block included).
    public var body: Body
    /// The name of the `check` block this data resource is nested in.
    public var check: String?
    public var range: SourceRange

    /// `type.name`, or `data.type.name` / `ephemeral.type.name`.
    public var address: String {
        switch mode {
        case .managed: "\(type).\(name)"
        case .data: "data.\(type).\(name)"
        case .ephemeral: "ephemeral.\(type).\(name)"
        }
    }
}

/// An `action "type" "name"` block.
public struct ActionDeclaration: Sendable {
    public var type: String
    public var name: String
    public var count: HCL.Expression?
    public var forEach: HCL.Expression?
    public var provider: ProviderReference?
    public var config: Body?
    public var range: SourceRange
}

/// One `providers = { child = parent }` entry of a module call.
public struct PassedProvider: Sendable {
    public var inChild: ProviderReference
    public var inParent: ProviderReference
}

/// A `module` block.
public struct ModuleCall: Sendable {
    public var name: String
    public var sourceExpression: HCL.Expression?
    public var versionExpression: HCL.Expression?
    public var count: HCL.Expression?
    public var forEach: HCL.Expression?
    public var providers: [PassedProvider]
    public var dependsOn: [Traversal]
    /// The input variables given to the module, meta-arguments removed.
    public var body: Body
    public var range: SourceRange
    /// Where a missing input variable is reported: the block's opening brace (in JSON, its
    /// closing one).
    public var missingItemRange: SourceRange
}

/// A `moved` block.
public struct MovedBlock: Sendable {
    public var from: ConfigAddress?
    public var to: ConfigAddress?
    public var range: SourceRange
}

/// An `import` block.
public struct ImportBlock: Sendable {
    public var to: HCL.Expression?
    /// The resource the import targets, when `to` could be read without evaluating indexes.
    public var target: ConfigAddress?
    /// `to` as a static address including its instance key, for finding duplicates.
    public var staticTarget: String?
    public var id: HCL.Expression?
    public var identity: HCL.Expression?
    public var forEach: HCL.Expression?
    public var provider: ProviderReference?
    /// The whole `provider = ...` argument.
    public var providerArgumentRange: SourceRange?
    public var range: SourceRange
}

/// A `removed` block.
public struct RemovedBlock: Sendable {
    public var from: ConfigAddress?
    public var destroy: Bool
    public var provisioners: [Provisioner]
    public var connection: Body?
    public var range: SourceRange
}

/// A `check "name"` block.
public struct CheckBlock: Sendable {
    public var name: String
    public var dataResource: ResourceDeclaration?
    public var asserts: [CheckRule]
    public var range: SourceRange
}
