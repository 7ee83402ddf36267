/// A path of module instances from the root: `module.net["a"].module.subnet[0]`. Empty for the
/// root module.
public struct ModuleInstanceAddress: Sendable, Hashable, Codable, Comparable {
    /// One `module.NAME[KEY]` step.
    public struct Step: Sendable, Hashable, Codable {
        public var name: String
        public var key: InstanceKey?

        public init(name: String, key: InstanceKey? = nil) {
            self.name = name
            self.key = key
        }
    }

    public var steps: [Step]

    public init(_ steps: [Step] = []) {
        self.steps = steps
    }

    public static let root = ModuleInstanceAddress()

    public var isRoot: Bool { steps.isEmpty }

    /// The path with every instance key removed: the module in configuration.
    public var moduleNames: [String] { steps.map(\.name) }

    /// The child instance `module.name[key]` of this module.
    public func child(_ name: String, key: InstanceKey? = nil) -> ModuleInstanceAddress {
        ModuleInstanceAddress(steps + [Step(name: name, key: key)])
    }

    /// The address as Terraform prints it; empty for the root.
    public var text: String {
        steps.map { "module.\($0.name)" + ($0.key.map { "[\($0.text)]" } ?? "") }.joined(separator: ".")
    }

    public static func < (lhs: ModuleInstanceAddress, rhs: ModuleInstanceAddress) -> Bool {
        for (left, right) in zip(lhs.steps, rhs.steps) {
            if left.name != right.name { return left.name < right.name }
            if left.key != right.key {
                guard let leftKey = left.key else { return true }
                guard let rightKey = right.key else { return false }
                return leftKey < rightKey
            }
        }
        return lhs.steps.count < rhs.steps.count
    }
}
