/// A parsed configuration file: its source, every token (comments included, so tools can point
/// at and rewrite any part), the syntax tree, and the problems found.
public struct ParsedFile: Sendable {
    public let source: SourceFile
    public let tokens: [Token]
    public let body: Body
    public let diagnostics: [Diagnostic]

    /// Every comment in the file, in order.
    public var comments: [Token] { tokens.filter { $0.kind == .comment } }
}
