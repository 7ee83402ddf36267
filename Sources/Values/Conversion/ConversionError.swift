/// Why a value could not be converted to a type, with the path to the part at fault.
public struct ConversionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where inside the value the problem is; empty for the value itself.
    public let path: ValuePath
    /// What is wrong, in Terraform's words: "a number is required", "list of string required".
    public let message: String

    public init(path: ValuePath = [], message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { message }
}
