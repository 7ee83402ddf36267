import Config
import Values

/// What a plan or an apply works on: the root module and the modules it calls, where it
/// lives, the variable values, and the providers on offer.
public struct RunContext: Sendable {
    public var tree: ModuleTree
    /// The root module.
    public var module: Module { tree.module }
    /// The root module's directory, absolute; relative file names resolve against it.
    public var rootDirectory: String
    public var variables: [String: Value]
    public var catalog: ProviderCatalog
    public var workspace: String

    public init(tree: ModuleTree, rootDirectory: String, variables: [String: Value], catalog: ProviderCatalog, workspace: String = "default") {
        self.tree = tree
        self.rootDirectory = rootDirectory
        self.variables = variables
        self.catalog = catalog
        self.workspace = workspace
    }
}
