/// The kind of object a resource block declares: `resource`, `data` or `ephemeral`.
public enum ResourceMode: String, Sendable, Hashable, Codable {
    case managed
    case data
    case ephemeral

    /// The prefix an address of this mode starts with: `data.`, `ephemeral.` or nothing.
    public var addressPrefix: String {
        switch self {
        case .managed: ""
        case .data: "data."
        case .ephemeral: "ephemeral."
        }
    }
}
