import Values
import HCL

/// The arguments and block types a body may hold, as HCL's `BodySchema` describes them to its
/// `Content` and `PartialContent` functions.
struct BodySchema {
    struct AttributeSpec {
        var name: String
        var required = false
    }

    struct BlockSpec {
        var type: String
        var labels: [String] = []
    }

    var attributes: [AttributeSpec] = []
    var blocks: [BlockSpec] = []

    init(attributes: [AttributeSpec] = [], blocks: [BlockSpec] = []) {
        self.attributes = attributes
        self.blocks = blocks
    }

    /// A schema of optional arguments and label-less blocks.
    init(optional names: [String], required: [String] = [], blocks: [String] = []) {
        self.attributes = required.map { AttributeSpec(name: $0, required: true) } + names.map { AttributeSpec(name: $0) }
        self.blocks = blocks.map { BlockSpec(type: $0) }
    }

    /// The same schema with nothing required, as override files are read.
    var relaxed: BodySchema {
        BodySchema(attributes: attributes.map { AttributeSpec(name: $0.name) }, blocks: blocks)
    }
}

/// What a schema picked out of a body: its declared arguments by name, its blocks with the
/// right number of labels in source order, and the rest.
struct BodyContent {
    var attributes: [String: Attribute] = [:]
    var blocks: [Block] = []
    /// The body without what the schema claimed, for a later reader (a provider's schema).
    var remaining: Body

    subscript(_ name: String) -> Attribute? { attributes[name] }
}

extension Body {
    /// HCL's `PartialContent`: the schema's arguments and blocks; anything else is left in
    /// `remaining` without complaint. `missingItemRange` is where a missing required argument
    /// is reported (the block's opening brace).
    func partialContent(_ schema: BodySchema, missingItemRange: SourceRange) -> (BodyContent, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var content = BodyContent(remaining: self)
        let present = Dictionary(attributes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for spec in schema.attributes {
            guard let attribute = present[spec.name] else {
                if spec.required {
                    diagnostics.append(.error(
                        "Missing required argument",
                        "The argument \(goQuoted(spec.name)) is required, but no definition was found.",
                        at: missingItemRange))
                }
                continue
            }
            content.attributes[spec.name] = attribute
        }
        let wanted = Dictionary(schema.blocks.map { ($0.type, $0) }, uniquingKeysWith: { first, _ in first })
        for block in blocks {
            guard let spec = wanted[block.type] else { continue }
            if let problem = Self.labelProblem(block, spec) {
                diagnostics.append(problem)
                continue
            }
            content.blocks.append(block)
        }
        let claimedBlocks = Set(schema.blocks.map(\.type))
        content.remaining = Body(items: items.filter { item in
            switch item {
            case .attribute(let attribute): content.attributes[attribute.name] == nil
            case .block(let block): !claimedBlocks.contains(block.type)
            }
        }, range: range)
        return (content, diagnostics)
    }

    /// HCL's `Content`: like `partialContent`, and anything the schema does not declare is an
    /// error, with a suggestion when a declared name is close.
    func content(_ schema: BodySchema, missingItemRange: SourceRange) -> (BodyContent, [Diagnostic]) {
        var (content, diagnostics) = partialContent(schema, missingItemRange: missingItemRange)
        for attribute in content.remaining.attributes {
            let unused = schema.attributes.map(\.name).filter { content.attributes[$0] == nil }
            var suggestion = NameSuggestion.closest(to: attribute.name, among: unused).map { " Did you mean \(goQuoted($0))?" } ?? ""
            if suggestion.isEmpty, schema.blocks.contains(where: { $0.type == attribute.name }) {
                suggestion = " Did you mean to define a block of type \(goQuoted(attribute.name))?"
            }
            diagnostics.append(.error(
                "Unsupported argument",
                "An argument named \(goQuoted(attribute.name)) is not expected here.\(suggestion)",
                at: attribute.nameRange))
        }
        for block in content.remaining.blocks {
            var suggestion = NameSuggestion.closest(to: block.type, among: schema.blocks.map(\.type)).map { " Did you mean \(goQuoted($0))?" } ?? ""
            if suggestion.isEmpty, schema.attributes.contains(where: { $0.name == block.type }) {
                suggestion = " Did you mean to define argument \(goQuoted(block.type))? If so, use the equals sign to assign it a value."
            }
            diagnostics.append(.error(
                "Unsupported block type",
                "Blocks of type \(goQuoted(block.type)) are not expected here.\(suggestion)",
                at: block.typeRange))
        }
        content.remaining = Body(items: [], range: range)
        return (content, diagnostics)
    }

    /// HCL's `JustAttributes`: every argument, the first definition of a name only (the
    /// parser reported the others); a block is an error (the first one is named), but the
    /// arguments are still returned.
    func justAttributes() -> ([Attribute], [Diagnostic]) {
        var seen: Set<String> = []
        let firsts = attributes.filter { seen.insert($0.name).inserted }
        guard let first = blocks.first else { return (firsts, []) }
        return (firsts, [.error("Unexpected \(goQuoted(first.type)) block", "Blocks are not allowed here.", at: first.typeRange)])
    }

    private static func labelProblem(_ block: Block, _ spec: BodySchema.BlockSpec) -> Diagnostic? {
        let names = spec.labels
        let context = block.typeRange.through(block.openBraceRange)
        if block.labels.count > names.count {
            let detail = names.isEmpty
                ? "No labels are expected for \(block.type) blocks."
                : "Only \(names.count) labels (\(names.joined(separator: ", "))) are expected for \(block.type) blocks."
            return .error("Extraneous label for \(block.type)", detail, at: block.labels[names.count].range, context: context)
        }
        if block.labels.count < names.count {
            return .error(
                "Missing \(names[block.labels.count]) for \(block.type)",
                "All \(block.type) blocks must have \(names.count) labels (\(names.joined(separator: ", "))).",
                at: block.openBraceRange, context: context)
        }
        return nil
    }
}

extension Block {
    /// Where HCL reports a missing required argument of this block's body: the opening brace,
    /// or in JSON the closing one.
    var missingItemRange: SourceRange {
        typeRange.filename.hasSuffix(".json") ? closeBraceRange : openBraceRange
    }

    /// Where the block is declared, as Terraform points at it: its type and labels, or in
    /// JSON the opening brace of its body.
    var declarationRange: SourceRange {
        typeRange.filename.hasSuffix(".json") ? openBraceRange : definitionRange
    }
}
