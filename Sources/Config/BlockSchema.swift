import HCL

/// What the Terraform language allows at the top level of a module: each block type with the
/// names of its labels.
public enum TopLevelBlock: String, CaseIterable, Sendable {
    case terraform, provider, variable, locals, output, module, resource, data, ephemeral
    case moved, `import`, removed, check, action

    /// The names of the labels the block takes, used in "Missing name for resource" messages.
    public var labelNames: [String] {
        switch self {
        case .terraform, .locals, .moved, .import, .removed: []
        case .provider, .variable, .output, .module, .check: ["name"]
        case .resource, .data, .ephemeral, .action: ["type", "name"]
        }
    }
}
