import Config
import HCL

/// One object of a module in the engine's graph: what it is, what it is called, and what it
/// must wait for.
struct GraphNode: Sendable {
    enum Kind: Sendable {
        case variable(Variable)
        case local(Local)
        case output(Output)
        case resource(ResourceDeclaration)
        case provider(key: String, config: ProviderConfig?)
        case moduleCall(ModuleCall)
    }

    var kind: Kind
    /// `var.x`, `local.x`, `output.x`, `type.name`, `data.type.name`, `module.x`, `provider.name[.alias]`.
    var key: String
    var range: SourceRange?
    var dependencies: Set<String>
}
