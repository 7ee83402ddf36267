/// HCL's JSON syntax, as Terraform reads `.tf.json` files: the JSON is parsed with exact ranges
/// and HCL's messages, then read by a schema into the same syntax tree the native parser
/// builds, so that nothing downstream needs to know which syntax a file used.
public enum JSONSyntax {
    /// Parses a JSON configuration file whose root object (or array of objects) is a body read
    /// by `schema`. Strings become templates, numbers keep their text, and a `"//"` property of
    /// a body is a comment. The file has no tokens or comments.
    ///
    /// How strings are read (template, literal or native expression) is set per attribute by
    /// the schema, so that the tree holds what Terraform evaluates.
    public static func parse(_ source: SourceFile, schema: JSONBodySchema) -> ParsedFile {
        var diagnostics: [Diagnostic] = []
        var root = JSONValueParser.parseDocument(JSONTokenizer.tokens(of: source), source: source, &diagnostics)
        switch root {
        case .object, .array:
            break
        default:
            diagnostics.append(.error(
                "Root value must be object",
                "The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects.",
                at: root.startRange))
            let start = SourceRange(filename: source.filename, at: .start)
            root = .object(JSONObject(properties: [], openRange: start, closeRange: start))
        }
        var counter = PositionCounter(bytes: source.bytes, start: 0)
        let whole = SourceRange(filename: source.filename, start: .start, end: counter.advance(to: source.bytes.count))
        var builder = JSONBodyBuilder(source: source)
        let body = builder.body(root, schema: schema, range: whole)
        return ParsedFile(source: source, tokens: [], body: body, diagnostics: diagnostics + builder.diagnostics)
    }

    /// Parses the content of a JSON string as one native-syntax expression rather than a
    /// template, as Terraform reads `depends_on`, `provider`, `ignore_changes` and other
    /// references or type expressions written in JSON. `range` is the string token, quotes
    /// included; like HCL and Terraform, the text is placed as if it began at the opening
    /// quote, so ranges in the result sit one column before the characters they name.
    public static func parseExpressionString(_ text: String, range: SourceRange) -> (Expression, [Diagnostic]) {
        JSONStringContent.expression(Array(text.utf8), token: range)
    }

    /// Parses the JSON string `expression` (a template this syntax built from a string) as one
    /// native-syntax expression, as `parseExpressionString(_:range:)` does with its decoded
    /// value. Nil when `expression` did not come from a valid JSON string of `source`.
    public static func parseExpressionString(_ expression: Expression, in source: SourceFile) -> (Expression, [Diagnostic])? {
        guard case .template = expression.kind, let content = JSONStringContent(of: expression.range, in: source) else { return nil }
        return JSONStringContent.expression(content.bytes, token: expression.range)
    }

    /// The exact value of the JSON string `expression`, without template processing: what
    /// Terraform reads where it evaluates without a scope (descriptions, `source`, `version`).
    /// Nil when `expression` did not come from a valid JSON string of `source`.
    public static func literalString(of expression: Expression, in source: SourceFile) -> String? {
        guard case .template = expression.kind else { return nil }
        return JSONStringContent(of: expression.range, in: source)?.text
    }

    /// Reads the value of `attribute` again as blocks of `schema`'s type, for bodies whose
    /// block types are known only later (a provider's nested blocks inside a resource): an
    /// object or array of objects is one block each, label levels included. Errors inside
    /// strings were reported with the attribute and are not repeated.
    public static func blocks(from attribute: Attribute, in source: SourceFile, schema: JSONBlockSchema) -> ([Block], [Diagnostic]) {
        let range = attribute.expression.range
        guard attribute.expression.kind != .invalid, range.byteRange.upperBound <= source.bytes.count else { return ([], []) }
        let tokens = JSONTokenizer.tokens(of: source, from: range.start, to: range.end.byte)
        var parseDiagnostics: [Diagnostic] = []
        var parser = JSONValueParser(tokens: tokens, source: source)
        let value = parser.parseValue(&parseDiagnostics)
        guard !parseDiagnostics.hasErrors else { return ([], []) }
        var builder = JSONBodyBuilder(source: source)
        builder.reportsExpressionDiagnostics = false
        var items: [BodyItem] = []
        builder.unpackBlock(value, schema: schema, typeRange: attribute.nameRange, labels: [], into: &items)
        return (Body(items: items, range: range).blocks, builder.diagnostics)
    }
}
