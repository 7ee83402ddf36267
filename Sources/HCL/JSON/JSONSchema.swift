/// How to read one body written in JSON. JSON cannot tell an argument from a block (both are
/// object properties), so the reader must be told which property names are blocks, how many
/// labels each takes, and the schema of each block's own body.
public struct JSONBodySchema: Sendable, Hashable {
    /// What becomes of a property that names neither a declared attribute nor a block type.
    public enum OtherProperties: Sendable, Hashable {
        /// It is an attribute, as a schema read later (a provider's) will judge; an attribute
        /// set twice is a "Duplicate argument".
        case attributes
        /// It is an attribute of a body read for whatever attributes it has (`locals`, a module
        /// call's inputs, a `.tfvars.json` file): the body must be a single JSON object, and an
        /// attribute set twice is a "Duplicate attribute definition".
        case dynamicAttributes
        /// It is an error, "Extraneous JSON object property", with a suggestion when a declared
        /// name is close.
        case rejected
    }

    /// How the strings in an attribute's value (at any depth) are read.
    public enum StringReading: Sendable, Hashable {
        /// As templates, `${...}` and `%{...}` evaluated: HCL's full expression mode.
        case template
        /// As they are, with `${` kept as written: what Terraform reads where it evaluates
        /// without a scope (descriptions, a module's `source` and `version`, `required_providers`).
        case literal
        /// Each as one native-syntax expression: how Terraform reads references and types
        /// (`depends_on`, `provider`, `ignore_changes`, `replace_triggered_by`, a variable's
        /// `type`, `moved`'s `from` and `to`). An object's keys are read the same way. Text that
        /// does not parse stays a literal string, without diagnostics: Terraform's static
        /// analysis gives up on it quietly and reports the whole string as not what it wants.
        /// (For `replace_triggered_by` Terraform shows the parse errors; a caller gets them
        /// from `JSONSyntax.parseExpressionString(_:in:)`.)
        case expression
    }

    /// Attribute names the body declares; they are suggested for misspelled properties.
    public var attributes: [String]
    /// Block types the body may hold, in the order suggestions try them.
    public var blocks: [JSONBlockSchema]
    public var otherProperties: OtherProperties
    /// How strings are read in the attributes named here; the others use `defaultStringReading`.
    public var stringReading: [String: StringReading]
    public var defaultStringReading: StringReading

    public init(
        attributes: [String] = [], blocks: [JSONBlockSchema] = [], otherProperties: OtherProperties = .attributes,
        stringReading: [String: StringReading] = [:], defaultStringReading: StringReading = .template
    ) {
        self.attributes = attributes
        self.blocks = blocks
        self.otherProperties = otherProperties
        self.stringReading = stringReading
        self.defaultStringReading = defaultStringReading
    }

    /// A body of attributes only, where any property is an attribute (`locals`, `.tfvars.json`).
    public static let dynamicAttributes = JSONBodySchema(otherProperties: .dynamicAttributes)

    /// The block type named `type`, if the body declares it.
    public func block(_ type: String) -> JSONBlockSchema? {
        blocks.first { $0.type == type }
    }
}

/// One block type a body may hold.
public struct JSONBlockSchema: Sendable, Hashable {
    public var type: String
    /// The names of the block's labels (`["type", "name"]` for a resource); each is one level
    /// of nested JSON objects, and the names appear in messages about missing labels.
    public var labels: [String]
    public var body: JSONBodySchema

    public init(_ type: String, labels: [String] = [], body: JSONBodySchema = JSONBodySchema()) {
        self.type = type
        self.labels = labels
        self.body = body
    }
}
