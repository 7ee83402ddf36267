import HCL

/// A module with the modules it calls, each loaded from its call's local `source` directory,
/// as Terraform builds a configuration from its root module and the installed modules.
/// Calls to registry or remote modules have no child here.
public struct ModuleTree: Sendable {
    /// The module's declarations; its `directory` is where it lives relative to the root
    /// module (`.` for the root, `modules/net` for a child), which is what `path.module` is.
    public var module: Module
    /// The names of the calls leading here from the root: empty for the root module,
    /// `["net", "sub"]` for `module.net.module.sub`.
    public var path: [String]
    /// The module's parsed configuration files.
    public var files: ModuleFiles
    /// The modules this one calls with local sources, by call name.
    public var children: [String: ModuleTree]
    /// The source address its call gives, as Terraform prints it (`./modules/net`); nil for
    /// the root module.
    public var source: String?

    public init(module: Module, path: [String], files: ModuleFiles, children: [String: ModuleTree] = [:], source: String? = nil) {
        self.module = module
        self.path = path
        self.files = files
        self.children = children
        self.source = source
    }

    /// Whether this is the root module.
    public var isRoot: Bool { path.isEmpty }

    /// How Terraform names the module in messages: `module.net.module.sub`, or empty for the root.
    public var address: String { ModuleTree.address(of: path) }

    /// `module.a.module.b` for the path `["a", "b"]`.
    public static func address(of path: [String]) -> String {
        path.map { "module.\($0)" }.joined(separator: ".")
    }

    /// This module and every module below it, parents before children and children by name.
    public var allModules: [ModuleTree] {
        [self] + children.keys.sorted().compactMap { children[$0] }.flatMap(\.allModules)
    }

    /// The module at `path` below this one (an empty path is this module).
    public func descendant(_ path: some Collection<String>) -> ModuleTree? {
        guard let first = path.first else { return self }
        return children[first]?.descendant(path.dropFirst())
    }
}
