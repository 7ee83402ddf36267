/// The content of a file or of a block: attributes and nested blocks, in source order.
public struct Body: Sendable, Hashable {
    public var items: [BodyItem]
    /// From the first byte of the content to its last (the whole file, or inside the braces).
    public var range: SourceRange

    public init(items: [BodyItem], range: SourceRange) {
        self.items = items
        self.range = range
    }

    /// The attributes, in source order.
    public var attributes: [Attribute] {
        items.compactMap { if case .attribute(let attribute) = $0 { attribute } else { nil } }
    }

    /// The nested blocks, in source order.
    public var blocks: [Block] {
        items.compactMap { if case .block(let block) = $0 { block } else { nil } }
    }
}

/// One item of a body.
public enum BodyItem: Sendable, Hashable {
    case attribute(Attribute)
    case block(Block)

    public var range: SourceRange {
        switch self {
        case .attribute(let attribute): attribute.range
        case .block(let block): block.range
        }
    }
}

/// `name = expression`
public struct Attribute: Sendable, Hashable {
    public var name: String
    public var nameRange: SourceRange
    public var equalsRange: SourceRange
    public var expression: Expression

    public init(name: String, nameRange: SourceRange, equalsRange: SourceRange, expression: Expression) {
        self.name = name
        self.nameRange = nameRange
        self.equalsRange = equalsRange
        self.expression = expression
    }

    /// From the name to the end of the expression.
    public var range: SourceRange { nameRange.through(expression.range) }
}

/// `type "label" label { body }`
public struct Block: Sendable, Hashable {
    public var type: String
    public var typeRange: SourceRange
    public var labels: [BlockLabel]
    public var openBraceRange: SourceRange
    public var closeBraceRange: SourceRange
    public var body: Body

    public init(
        type: String, typeRange: SourceRange, labels: [BlockLabel],
        openBraceRange: SourceRange, closeBraceRange: SourceRange, body: Body
    ) {
        self.type = type
        self.typeRange = typeRange
        self.labels = labels
        self.openBraceRange = openBraceRange
        self.closeBraceRange = closeBraceRange
        self.body = body
    }

    /// From the type name to the closing brace.
    public var range: SourceRange { typeRange.through(closeBraceRange) }

    /// The block's header: its type and labels, up to the opening brace; where diagnostics about the block point.
    public var definitionRange: SourceRange { typeRange.through(labels.last?.range ?? typeRange) }
}

/// One label of a block header, quoted (`"web"`) or bare (`web`).
public struct BlockLabel: Sendable, Hashable {
    public var value: String
    public var range: SourceRange
    public var isQuoted: Bool

    public init(value: String, range: SourceRange, isQuoted: Bool) {
        self.value = value
        self.range = range
        self.isQuoted = isQuoted
    }
}
