import HCL
import Lang
import Values

/// How Terraform reads expressions while loading, before anything can be evaluated: constant
/// values (HCL's `Value(nil)`), static lists and maps, plain references and bare keywords,
/// each with HCL's messages.
enum StaticExpressions {
    /// The value of an expression evaluated with no variables and no functions. Every
    /// reference and every call is an error; the value is then unknown.
    static func constantValue(_ expression: HCL.Expression) -> (Value, [Diagnostic]) {
        var problems: [(SourceRange, Diagnostic)] = []
        for traversal in ExpressionVariables.traversals(in: expression) {
            problems.append((traversal.rootRange, .error("Variables not allowed", "Variables may not be used here.", at: traversal.rootRange)))
        }
        for call in functionCalls(in: expression) {
            problems.append((call, .error("Function calls not allowed", "Functions may not be called here.", at: call)))
        }
        if !problems.isEmpty {
            let diagnostics = problems.sorted { $0.0.start.byte < $1.0.start.byte }.map(\.1)
            return (.dynamicUnknown, diagnostics)
        }
        return Evaluator.evaluate(expression, in: EvaluationContext())
    }

    /// The ranges of every function call in `expression`.
    private static func functionCalls(in expression: HCL.Expression) -> [SourceRange] {
        var found: [SourceRange] = []
        visit(expression) { if case .functionCall = $0.kind { found.append($0.range) } }
        return found
    }

    /// Calls `body` for `expression` and every expression inside it.
    static func visit(_ expression: HCL.Expression, _ body: (HCL.Expression) -> Void) {
        body(expression)
        switch expression.kind {
        case .literal, .variable, .splatItem, .invalid:
            return
        case .getAttribute(let source, _, _), .unary(_, let source), .parenthesized(let source):
            visit(source, body)
        case .index(let source, let key, _):
            visit(source, body)
            visit(key, body)
        case .template(let template):
            visitTemplate(template, body)
        case .splat(let source, let each, _):
            visit(source, body)
            visit(each, body)
        case .functionCall(let call):
            for argument in call.arguments { visit(argument, body) }
        case .conditional(let condition, let then, let otherwise):
            for part in [condition, then, otherwise] { visit(part, body) }
        case .binary(_, let left, let right):
            visit(left, body)
            visit(right, body)
        case .tuple(let elements):
            for element in elements { visit(element, body) }
        case .object(let items):
            for item in items {
                if case .expression(let key) = item.key { visit(key, body) }
                visit(item.value, body)
            }
        case .forExpression(let loop):
            for part in [loop.collection, loop.keyExpression, loop.valueExpression, loop.condition].compactMap({ $0 }) {
                visit(part, body)
            }
        }
    }

    private static func visitTemplate(_ template: Template, _ body: (HCL.Expression) -> Void) {
        for part in template.parts {
            switch part {
            case .literal: continue
            case .interpolation(let expression, _): visit(expression, body)
            case .conditional(let condition, let then, let otherwise, _):
                visit(condition, body)
                visitTemplate(then, body)
                if let otherwise { visitTemplate(otherwise, body) }
            case .loop(_, _, let collection, let loopBody, _):
                visit(collection, body)
                visitTemplate(loopBody, body)
            }
        }
    }

    /// A constant bool, as `gohcl.DecodeExpression` reads one: conversion problems are
    /// "Unsuitable value type" at the start of the expression.
    static func bool(_ expression: HCL.Expression) -> (Bool?, [Diagnostic]) {
        let (value, diagnostics) = decoded(expression, as: .bool)
        return (value?.boolValue, diagnostics)
    }

    /// A constant string, read as `gohcl.DecodeExpression` reads one.
    static func string(_ expression: HCL.Expression) -> (String?, [Diagnostic]) {
        let (value, diagnostics) = decoded(expression, as: .string)
        return (value?.stringValue, diagnostics)
    }

    private static func decoded(_ expression: HCL.Expression, as type: ValueType) -> (Value?, [Diagnostic]) {
        var (value, diagnostics) = constantValue(expression)
        let unsuitable = { (message: String) in
            Diagnostic.error("Unsuitable value type", "Unsuitable value: \(message)", at: startRange(expression), context: expression.range)
        }
        do {
            value = try value.converted(to: type)
        } catch {
            return (nil, diagnostics + [unsuitable(ConversionMessage.text(error))])
        }
        if !value.isKnown { return (nil, diagnostics + [unsuitable("value must be known")]) }
        if value.isNull { return (nil, diagnostics + [unsuitable("null value is not allowed")]) }
        return (value, diagnostics)
    }

    /// HCL's `ExprList`: the elements of a tuple constructor.
    static func list(_ expression: HCL.Expression) -> ([HCL.Expression]?, [Diagnostic]) {
        if case .tuple(let elements) = unwrapped(expression).kind { return (elements, []) }
        return (nil, [.error("Invalid expression", "A static list expression is required.", at: startRange(expression))])
    }

    /// One item of a static map: the key as written (a bare name becomes a reference-like
    /// expression), and the value.
    struct MapItem {
        var key: HCL.Expression
        var value: HCL.Expression
    }

    /// HCL's `ExprMap`: the items of an object constructor.
    static func map(_ expression: HCL.Expression) -> ([MapItem]?, [Diagnostic]) {
        guard case .object(let items) = unwrapped(expression).kind else {
            return (nil, [.error("Invalid expression", "A static map expression is required.", at: startRange(expression))])
        }
        return (items.map { item in
            switch item.key {
            case .name(let name, let range): MapItem(key: HCL.Expression(.variable(name), range: range), value: item.value)
            case .expression(let key): MapItem(key: key, value: item.value)
            }
        }, [])
    }

    /// HCL's `AbsTraversalForExpr`: the plain reference an expression spells (in JSON, the
    /// reference a string spells).
    static func traversal(_ expression: HCL.Expression) -> (StaticTraversal?, [Diagnostic]) {
        if let traversal = StaticTraversal(jsonReference(expression)) { return (traversal, []) }
        return (nil, [.error(
            "Invalid expression",
            "A single static variable reference is required: only attribute access and indexing with constant keys. No calculations, function calls, template expressions, etc are allowed here.",
            at: expression.range)])
    }

    /// HCL's `ExprAsKeyword`: the name, when the expression is a single bare name.
    static func keyword(_ expression: HCL.Expression) -> String? {
        guard let traversal = StaticTraversal(jsonReference(expression)), traversal.steps.isEmpty else { return nil }
        return traversal.root
    }

    /// Whether the expression is a quoted string or heredoc of the native syntax (and not a
    /// single interpolation, which HCL unwraps).
    static func isQuotedString(_ expression: HCL.Expression) -> Bool {
        if isJSON(expression) { return false }
        if case .template(let template) = expression.kind { return template.soleInterpolation == nil }
        return false
    }

    /// Whether the expression comes from a `.tf.json` file, where every string is quoted and
    /// references are written in strings.
    static func isJSON(_ expression: HCL.Expression) -> Bool {
        expression.range.filename.hasSuffix(".json")
    }

    /// In JSON, a string read literally where Terraform wants a reference or keyword, parsed
    /// as the native expression its text spells; anything else as it is.
    static func jsonReference(_ expression: HCL.Expression) -> HCL.Expression {
        guard isJSON(expression), case .template(let template) = expression.kind else { return expression }
        var text = ""
        for part in template.parts {
            guard case .literal(let literal, _) = part else { return expression }
            text += literal
        }
        let (parsed, diagnostics) = JSONSyntax.parseExpressionString(text, range: expression.range)
        return diagnostics.hasErrors ? expression : parsed
    }

    private static func unwrapped(_ expression: HCL.Expression) -> HCL.Expression {
        if case .parenthesized(let inner) = expression.kind { return unwrapped(inner) }
        return expression
    }

    /// HCL's `StartRange`: where an expression begins, for messages about its value.
    static func startRange(_ expression: HCL.Expression) -> SourceRange {
        if isJSON(expression) {
            switch expression.kind {
            case .tuple, .object: break
            default: return expression.range
            }
        }
        switch expression.kind {
        case .template(let template):
            if let sole = template.soleInterpolation { return startRange(sole) }
            switch template.parts.first {
            case .literal(_, let range)?: return range
            case .interpolation(let inner, _)?: return startRange(inner)
            case let part?: return part.range
            case nil:
                let inside = SourcePosition(line: expression.range.start.line, column: expression.range.start.column + 1, byte: expression.range.start.byte + 1)
                return SourceRange(filename: expression.range.filename, at: inside)
            }
        case .functionCall(let call):
            return call.nameRange.through(call.openParenRange)
        case .conditional(let condition, _, _):
            return startRange(condition)
        case .binary(_, let left, _):
            return startRange(left)
        case .splat(let source, _, _):
            return startRange(source)
        case .tuple, .object, .forExpression:
            let start = expression.range.start
            let next = SourcePosition(line: start.line, column: start.column + 1, byte: start.byte + 1)
            return SourceRange(filename: expression.range.filename, start: start, end: next)
        case .unary:
            let start = expression.range.start
            let next = SourcePosition(line: start.line, column: start.column + 1, byte: start.byte + 1)
            return SourceRange(filename: expression.range.filename, start: start, end: next)
        default:
            return expression.range
        }
    }

    /// Terraform's compatibility shim for references written in quotes (`"aws.west"`): the
    /// string is read as a reference and a deprecation warning given.
    static func shimQuotedReference(_ expression: HCL.Expression, keyword: Bool) -> (HCL.Expression, [Diagnostic]) {
        guard isQuotedString(expression), case .template(let template) = expression.kind else { return (expression, []) }
        var text = ""
        for part in template.parts {
            guard case .literal(let literal, _) = part else { return (expression, []) }
            text += literal
        }
        let range = expression.range
        let start = SourcePosition(line: range.start.line, column: range.start.column + 1, byte: range.start.byte + 1)
        var diagnostics: [Diagnostic] = []
        let parsed = QuotedTraversal.parse(text, filename: range.filename, start: start, &diagnostics)
        diagnostics.append(keyword
            ? .warning(
                "Quoted keywords are deprecated",
                "In this context, keywords are expected literally rather than in quotes. Terraform 0.11 and earlier required quotes, but quoted keywords are now deprecated and will be removed in a future version of Terraform. Remove the quotes surrounding this keyword to silence this warning.",
                at: range)
            : .warning(
                "Quoted references are deprecated",
                "In this context, references are expected literally rather than in quotes. Terraform 0.11 and earlier required quotes, but quoted references are now deprecated and will be removed in a future version of Terraform. Remove the quotes surrounding this reference to silence this warning.",
                at: range))
        guard let parsed else { return (HCL.Expression(.invalid, range: range), diagnostics) }
        return (parsed.expression(wholeRange: range), diagnostics)
    }
}

/// A reference parsed out of a quoted string, as HCL's `ParseTraversalAbs` reads one.
struct QuotedTraversal {
    var traversal: StaticTraversal

    /// The traversal as an expression covering the whole quoted string.
    func expression(wholeRange: SourceRange) -> HCL.Expression {
        var expression = HCL.Expression(.variable(traversal.root), range: traversal.rootRange)
        for step in traversal.steps {
            switch step.kind {
            case .attribute(let name):
                expression = HCL.Expression(
                    .getAttribute(expression, name: name, nameRange: step.range.trimmingDot),
                    range: expression.range.through(step.range))
            case .index(let key):
                let keyExpression: HCL.Expression = if let number = key.numberValue {
                    HCL.Expression(.literal(.number(number.description)), range: step.range)
                } else {
                    HCL.Expression(.template(Template(parts: [.literal(key.stringValue ?? "", range: step.range)])), range: step.range)
                }
                expression = HCL.Expression(.index(expression, key: keyExpression, isLegacyDot: false), range: expression.range.through(step.range))
            }
        }
        return HCL.Expression(expression.kind, range: wholeRange)
    }

    static func parse(
        _ text: String, filename: String, start: SourcePosition, _ diagnostics: inout [Diagnostic]
    ) -> QuotedTraversal? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func position(_ offset: Int) -> SourcePosition {
            let bytes = String(String.UnicodeScalarView(scalars[0..<offset])).utf8.count
            return SourcePosition(line: start.line, column: start.column + offset, byte: start.byte + bytes)
        }
        func range(_ from: Int, _ to: Int) -> SourceRange {
            SourceRange(filename: filename, start: position(from), end: position(to))
        }
        func identifier() -> String? {
            let begin = index
            guard index < scalars.count, scalars[index].properties.isIDStart || scalars[index] == "_" else { return nil }
            index += 1
            while index < scalars.count, scalars[index].properties.isIDContinue || scalars[index] == "-" { index += 1 }
            return String(String.UnicodeScalarView(scalars[begin..<index]))
        }
        guard let root = identifier() else {
            diagnostics.append(.error("Invalid traversal", "A traversal must begin with a name.", at: range(0, min(1, scalars.count))))
            return nil
        }
        var traversal = StaticTraversal(root: root, rootRange: range(0, index), steps: [])
        while index < scalars.count {
            let stepStart = index
            if scalars[index] == "." {
                index += 1
                if let name = identifier() {
                    traversal.steps.append(.init(kind: .attribute(name), range: range(stepStart, index)))
                    continue
                }
                let digits = scalars[index...].prefix { ("0"..."9").contains($0) }
                if !digits.isEmpty, let number = Number(parsing: String(String.UnicodeScalarView(digits))) {
                    index += digits.count
                    traversal.steps.append(.init(kind: .index(.number(number)), range: range(stepStart, index)))
                    continue
                }
                diagnostics.append(.error("Invalid attribute name", "An attribute name is required after a dot.", at: range(stepStart, min(index + 1, scalars.count))))
                return nil
            }
            if scalars[index] == "[" {
                index += 1
                let keyStart = index
                if index < scalars.count, scalars[index] == "\"" {
                    index += 1
                    while index < scalars.count, scalars[index] != "\"" { index += 1 }
                    let key = String(String.UnicodeScalarView(scalars[(keyStart + 1)..<min(index, scalars.count)]))
                    index += 1
                    guard index < scalars.count, scalars[index] == "]" else { break }
                    index += 1
                    traversal.steps.append(.init(kind: .index(.string(key)), range: range(stepStart, index)))
                    continue
                }
                let digits = scalars[index...].prefix { ("0"..."9").contains($0) }
                index += digits.count
                guard !digits.isEmpty, index < scalars.count, scalars[index] == "]",
                      let number = Number(parsing: String(String.UnicodeScalarView(digits))) else { break }
                index += 1
                traversal.steps.append(.init(kind: .index(.number(number)), range: range(stepStart, index)))
                continue
            }
            break
        }
        if index < scalars.count {
            diagnostics.append(.error(
                "Extra characters after traversal",
                "The string given was not a valid traversal, because it contained extra characters after the traversal.",
                at: range(index, scalars.count)))
            return nil
        }
        return QuotedTraversal(traversal: traversal)
    }
}

/// Conversion errors worded as Terraform's `tfdiags.FormatError` words them, with the path to
/// the part at fault first: `["key"].field: a bool is required`.
enum ConversionMessage {
    static func text(_ error: ConversionError) -> String {
        guard !error.path.isEmpty else { return error.message }
        var path = ""
        for step in error.path {
            switch step {
            case .attribute(let name): path += ".\(name)"
            case .index(let key):
                if key.isNull { path += "[null]" } else if !key.isKnown { path += "[(not yet known)]" } else {
                    path += "[\(InstanceKeyText.text(key))]"
                }
            }
        }
        return "\(path): \(error.message)"
    }
}
