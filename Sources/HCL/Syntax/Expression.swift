/// An expression of the native syntax with its exact source range.
public struct Expression: Sendable, Hashable {
    public var kind: ExpressionKind
    public var range: SourceRange

    public init(_ kind: ExpressionKind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// Every form an expression can take.
public indirect enum ExpressionKind: Sendable, Hashable {
    /// A number (its source text, for exact conversion), `true`/`false`, or `null`.
    case literal(Literal)
    /// A quoted string or heredoc, as literal parts, interpolations and directives.
    case template(Template)
    /// A bare name at the root of a reference: `var`, `aws_instance`, `count`.
    case variable(String)
    /// `source.name`
    case getAttribute(Expression, name: String, nameRange: SourceRange)
    /// `source[key]`, or the legacy `source.0` form.
    case index(Expression, key: Expression, isLegacyDot: Bool)
    /// `source.*.rest` (attribute-only splat) or `source[*].rest` (full splat); `each` is applied
    /// to every element, with `.splatItem` standing for the element.
    case splat(Expression, each: Expression, isFull: Bool)
    /// The element a splat's `each` expression is applied to.
    case splatItem
    /// `name(arguments...)`; `name` includes any `provider::p::` namespace.
    case functionCall(FunctionCall)
    /// `condition ? then : else`
    case conditional(Expression, then: Expression, else: Expression)
    case binary(BinaryOperator, Expression, Expression)
    case unary(UnaryOperator, Expression)
    /// `[a, b, c]`
    case tuple([Expression])
    /// `{ key = value, ... }`
    case object([ObjectItem])
    /// `[for ...]` or `{for ...}`
    case forExpression(ForExpression)
    /// `(expression)`
    case parenthesized(Expression)
    /// A piece that could not be parsed; an error was reported for it.
    case invalid
}

/// A literal value as written.
public enum Literal: Sendable, Hashable {
    /// A number, kept as its source text so that no precision is lost before evaluation.
    case number(String)
    case bool(Bool)
    case null
}

/// A function call.
public struct FunctionCall: Sendable, Hashable {
    public var name: String
    public var nameRange: SourceRange
    public var arguments: [Expression]
    /// Whether the last argument ends in `...` and is expanded into separate arguments.
    public var expandsFinalArgument: Bool
    public var openParenRange: SourceRange
    public var closeParenRange: SourceRange

    public init(
        name: String, nameRange: SourceRange, arguments: [Expression], expandsFinalArgument: Bool,
        openParenRange: SourceRange, closeParenRange: SourceRange
    ) {
        self.name = name
        self.nameRange = nameRange
        self.arguments = arguments
        self.expandsFinalArgument = expandsFinalArgument
        self.openParenRange = openParenRange
        self.closeParenRange = closeParenRange
    }
}

/// One `key = value` (or `key: value`) of an object constructor.
public struct ObjectItem: Sendable, Hashable {
    public var key: ObjectKey
    public var value: Expression

    public init(key: ObjectKey, value: Expression) {
        self.key = key
        self.value = value
    }
}

/// An object constructor key: a bare name stands for itself, anything else is evaluated.
public enum ObjectKey: Sendable, Hashable {
    case name(String, range: SourceRange)
    case expression(Expression)

    public var range: SourceRange {
        switch self {
        case .name(_, let range): range
        case .expression(let expression): expression.range
        }
    }
}

/// `[for k, v in collection : value if condition]` or `{for k, v in collection : key => value... if condition}`.
public struct ForExpression: Sendable, Hashable {
    public var keyVariable: String?
    public var valueVariable: String
    public var collection: Expression
    /// The key expression; present exactly when the result is an object.
    public var keyExpression: Expression?
    public var valueExpression: Expression
    public var condition: Expression?
    /// `...` after the value: values with the same key are grouped into lists.
    public var isGrouped: Bool
    public var openRange: SourceRange
    public var closeRange: SourceRange

    public init(
        keyVariable: String?, valueVariable: String, collection: Expression, keyExpression: Expression?,
        valueExpression: Expression, condition: Expression?, isGrouped: Bool,
        openRange: SourceRange, closeRange: SourceRange
    ) {
        self.keyVariable = keyVariable
        self.valueVariable = valueVariable
        self.collection = collection
        self.keyExpression = keyExpression
        self.valueExpression = valueExpression
        self.condition = condition
        self.isGrouped = isGrouped
        self.openRange = openRange
        self.closeRange = closeRange
    }

    /// Whether the result is an object (`{for ...}`) rather than a tuple (`[for ...]`).
    public var producesObject: Bool { keyExpression != nil }
}

public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case or = "||"
    case and = "&&"
    case equal = "=="
    case notEqual = "!="
    case greaterThan = ">"
    case greaterThanOrEqual = ">="
    case lessThan = "<"
    case lessThanOrEqual = "<="
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case modulo = "%"
}

public enum UnaryOperator: String, Sendable, Hashable {
    case not = "!"
    case negate = "-"
}
