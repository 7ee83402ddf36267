/// Turns parsed JSON values into the native syntax tree by a schema, as HCL's JSON bodies give
/// up their content: attributes, blocks unpacked from their label levels, and expressions.
/// Problems HCL finds only when a body's content is read are reported here at once.
struct JSONBodyBuilder {
    let source: SourceFile
    /// Whether errors inside strings (template syntax) are reported; off when re-reading values
    /// whose strings were already read once.
    var reportsExpressionDiagnostics = true
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceFile) {
        self.source = source
    }

    // MARK: - bodies

    /// The body `value` holds, read by `schema`; `range` becomes the body's range.
    mutating func body(_ value: JSONValue, schema: JSONBodySchema, range: SourceRange) -> Body {
        let dynamic = schema.otherProperties == .dynamicAttributes
        // HCL reads declared names first (accepting an array of objects) and any others after
        // (requiring one object); a body with nothing declared is read only the second way.
        let readsDeclared = !dynamic || !schema.attributes.isEmpty || !schema.blocks.isEmpty
        let properties = readsDeclared ? collectProperties(value, labelName: nil) : objectProperties(value)
        let isObject = if case .object = value { true } else { false }
        if dynamic && !isObject {
            diagnostics.append(.error(
                "Incorrect JSON value type", "A JSON object is required here, setting the arguments for this block.",
                at: value.startRange))
        }
        let present = Set(properties.map(\.name))
        let suggestions = schema.attributes.filter { !present.contains($0) } + schema.blocks.map(\.type)

        var items: [BodyItem] = []
        var arguments: [String: SourceRange] = [:]
        var dynamicArguments: [String: SourceRange] = [:]
        /// Adds `property` as an attribute unless `seen` has it already, which is an error.
        func add(_ property: JSONProperty, seen: inout [String: SourceRange], duplicate summary: String, context: SourceRange?) {
            if let existing = seen[property.name] {
                diagnostics.append(.error(
                    summary,
                    "The argument \(JSONMessageText.quoted(property.name)) was already set at \(existing.displayString).",
                    at: property.nameRange, context: context))
                return
            }
            seen[property.name] = property.range
            items.append(.attribute(attribute(property, schema: schema)))
        }
        for property in properties where property.name != "//" {
            let name = property.name
            let block = schema.block(name)
            if schema.attributes.contains(name) || (block == nil && schema.otherProperties == .attributes) {
                add(property, seen: &arguments, duplicate: "Duplicate argument", context: property.nameRange)
            } else if let block {
                unpackBlock(property.value, schema: block, typeRange: property.nameRange, labels: [], into: &items)
            } else if dynamic {
                // A body read for any attributes must be one object; that was reported above.
                guard isObject else { continue }
                add(property, seen: &dynamicArguments, duplicate: "Duplicate attribute definition", context: nil)
            } else {
                let hint = JSONMessageText.suggestion(near: name, among: suggestions).map {
                    " Did you mean \(JSONMessageText.quoted($0))?"
                } ?? ""
                diagnostics.append(.error(
                    "Extraneous JSON object property",
                    "No argument or block type is named \(JSONMessageText.quoted(name)).\(hint)",
                    at: property.nameRange, context: property.nameRange))
            }
        }
        return Body(items: items, range: range)
    }

    /// The properties of a body or label level: an object's, or those of every object in an
    /// array, in order. Null has none.
    private mutating func collectProperties(_ value: JSONValue, labelName: String?) -> [JSONProperty] {
        switch value {
        case .null:
            return []
        case .object(let object):
            return object.properties
        case .array(let array):
            var properties: [JSONProperty] = []
            for element in array.elements {
                if case .object(let object) = element {
                    properties += object.properties
                    continue
                }
                let detail = labelName.map { "A JSON object is required here, to specify \($0) labels for this block." }
                    ?? "A JSON object is required here, to define arguments and child blocks."
                diagnostics.append(.error("Incorrect JSON value type", detail, at: element.startRange))
            }
            return properties
        default:
            let detail = labelName.map {
                "Either a JSON object or JSON array of objects is required here, to specify \($0) labels for this block."
            } ?? "Either a JSON object or JSON array of objects is required here, to define arguments and child blocks."
            diagnostics.append(.error("Incorrect JSON value type", detail, at: value.startRange))
            return []
        }
    }

    private func objectProperties(_ value: JSONValue) -> [JSONProperty] {
        if case .object(let object) = value { object.properties } else { [] }
    }

    // MARK: - blocks

    /// Adds the blocks that `value` defines: one level of object properties per label still to
    /// find, then an object (one block), an array of them (a block each) or null (none).
    mutating func unpackBlock(
        _ value: JSONValue, schema: JSONBlockSchema, typeRange: SourceRange, labels: [BlockLabel], into items: inout [BodyItem]
    ) {
        if labels.count < schema.labels.count {
            let labelName = schema.labels[labels.count]
            let properties = collectProperties(value, labelName: labelName)
            guard !properties.isEmpty else {
                diagnostics.append(.error(
                    "Missing block label",
                    "At least one object property is required, whose name represents the \(schema.type) block's \(labelName).",
                    at: value.startRange))
                return
            }
            for property in properties {
                let label = BlockLabel(value: property.name, range: property.nameRange, isQuoted: true)
                unpackBlock(property.value, schema: schema, typeRange: typeRange, labels: labels + [label], into: &items)
            }
            return
        }
        switch value {
        case .null:
            return
        case .object:
            items.append(.block(block(value, schema: schema, typeRange: typeRange, labels: labels, definedAt: value.startRange)))
        case .array(let array):
            for element in array.elements {
                items.append(.block(block(element, schema: schema, typeRange: typeRange, labels: labels, definedAt: array.openRange)))
            }
        default:
            diagnostics.append(.error(
                "Incorrect JSON value type",
                "Either a JSON object or a JSON array is required, representing the contents of one or more \(JSONMessageText.quoted(schema.type)) blocks.",
                at: value.startRange))
        }
    }

    /// One block whose body is `value`; anything but an object is reported when its body is read.
    /// Its opening-brace range is `definedAt`, where HCL's JSON blocks are declared (and where
    /// Terraform's diagnostics about a block point): the body's brace, or the bracket of the
    /// array that holds several bodies.
    private mutating func block(
        _ value: JSONValue, schema: JSONBlockSchema, typeRange: SourceRange, labels: [BlockLabel], definedAt: SourceRange
    ) -> Block {
        let inside: SourceRange
        let close: SourceRange
        switch value {
        case .object(let object):
            inside = SourceRange(filename: source.filename, start: object.openRange.end, end: object.closeRange.start)
            close = object.closeRange
        case .array(let array):
            inside = SourceRange(filename: source.filename, start: array.openRange.end, end: array.closeRange.start)
            close = array.closeRange
        default:
            inside = value.range
            close = value.range
        }
        return Block(
            type: schema.type, typeRange: typeRange, labels: labels, openBraceRange: definedAt, closeBraceRange: close,
            body: body(value, schema: schema.body, range: inside))
    }

    // MARK: - expressions

    private mutating func attribute(_ property: JSONProperty, schema: JSONBodySchema) -> Attribute {
        let reading = schema.stringReading[property.name] ?? schema.defaultStringReading
        return Attribute(
            name: property.name, nameRange: property.nameRange, equalsRange: property.colonRange,
            expression: expression(property.value, strings: reading))
    }

    /// A JSON value as an expression: arrays are tuples, objects objects, and strings (object
    /// keys included) are read as `strings` says.
    mutating func expression(_ value: JSONValue, strings: JSONBodySchema.StringReading) -> Expression {
        switch value {
        case .string(_, let range):
            return stringExpression(range, strings)
        case .number(let text, let range):
            return Expression(.literal(.number(text)), range: range)
        case .bool(let flag, let range):
            return Expression(.literal(.bool(flag)), range: range)
        case .null(let range):
            return Expression(.literal(.null), range: range)
        case .array(let array):
            return Expression(.tuple(array.elements.map { expression($0, strings: strings) }), range: array.range)
        case .object(let object):
            let items = object.properties.map { property in
                let key = stringExpression(property.nameRange, strings)
                // A bare name read as an expression is a name, as the native syntax has it.
                let objectKey: ObjectKey = if strings == .expression, case .variable(let name) = key.kind {
                    .name(name, range: key.range)
                } else {
                    .expression(key)
                }
                return ObjectItem(key: objectKey, value: expression(property.value, strings: strings))
            }
            return Expression(.object(items), range: object.range)
        case .invalid(let range):
            return Expression(.invalid, range: range)
        }
    }

    /// The string token at `range` read as `strings` says, its ranges pointing into the string.
    private mutating func stringExpression(_ range: SourceRange, _ strings: JSONBodySchema.StringReading) -> Expression {
        guard let content = JSONStringContent(of: range, in: source) else { return Expression(.invalid, range: range) }
        let found: [Diagnostic]
        let expression: Expression
        let literal = Expression(.template(Template(parts: [.literal(content.text, range: content.contentRange)])), range: range)
        switch strings {
        case .template:
            let template: Template
            (template, found) = content.template()
            expression = Expression(.template(template), range: range)
        case .literal:
            found = []
            expression = literal
        case .expression:
            // Terraform reads these strings by static analysis, which gives up quietly on
            // text that does not parse; the string then fails the caller's checks as a whole.
            let (parsed, problems) = JSONStringContent.expression(content.bytes, token: range)
            found = []
            expression = problems.hasErrors ? literal : parsed
        }
        if reportsExpressionDiagnostics { diagnostics += found }
        return expression
    }
}
