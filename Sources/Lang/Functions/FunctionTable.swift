import Values

/// The functions an expression may call, by name.
public struct FunctionTable: Sendable {
    public private(set) var functions: [String: Function]

    public init(_ functions: [String: Function] = [:]) {
        self.functions = functions
    }

    public subscript(name: String) -> Function? { functions[name] }

    /// Adds functions, replacing any of the same name.
    public mutating func merge(_ other: [String: Function]) {
        functions.merge(other) { _, new in new }
    }

    /// Every name, sorted.
    public var names: [String] { functions.keys.sorted() }
}
