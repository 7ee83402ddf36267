import Config
import Values

/// What a plan or an apply works on: the root module, where it lives, the variable values,
/// and the providers on offer.
public struct RunContext: Sendable {
    public var module: Module
    /// The root module's directory, absolute; relative file names resolve against it.
    public var rootDirectory: String
    public var variables: [String: Value]
    public var catalog: ProviderCatalog
    public var workspace: String

    public init(module: Module, rootDirectory: String, variables: [String: Value], catalog: ProviderCatalog, workspace: String = "default") {
        self.module = module
        self.rootDirectory = rootDirectory
        self.variables = variables
        self.catalog = catalog
        self.workspace = workspace
    }
}
