import HCL
import Lang
import ProviderKit
import Values

/// Decodes a resource, data source or provider body against its schema into one object value,
/// as Terraform's hcldec does: every attribute present (null where unset), nested blocks by
/// their nesting mode, `dynamic` blocks expanded, and a located error for each argument that
/// is unknown to the schema, missing, or of the wrong type.
struct BodyDecoder {
    var context: EvaluationContext

    func decode(_ body: Body, schema: BlockSchema, blockRange: SourceRange?) -> (Value, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var attributes: [String: Value] = [:]
        var given: [String: HCL.Attribute] = [:]
        for attribute in body.attributes {
            guard let attributeSchema = schema.attributes[attribute.name] else {
                diagnostics.append(unsupportedArgument(attribute, schema: schema))
                continue
            }
            given[attribute.name] = attribute
            if attributeSchema.computed && !attributeSchema.optional && !attributeSchema.required {
                diagnostics.append(.error(
                    "Value for unconfigurable attribute",
                    "Can't configure a value for \(goQuoted(attribute.name)): its value will be decided automatically based on the result of applying this configuration.",
                    at: attribute.expression.range, context: attribute.range))
            }
        }
        for (name, attributeSchema) in schema.attributes {
            guard let attribute = given[name] else {
                if attributeSchema.required {
                    diagnostics.append(.error(
                        "Missing required argument",
                        "The argument \(goQuoted(name)) is required, but no definition was found.",
                        at: missingItemRange(body, blockRange: blockRange)))
                }
                attributes[name] = .null(attributeSchema.type)
                continue
            }
            let (value, found) = Evaluator.evaluate(attribute.expression, in: context)
            diagnostics += found
            if found.hasErrors {
                attributes[name] = .unknown(attributeSchema.type)
                continue
            }
            do {
                attributes[name] = try value.converted(to: attributeSchema.type)
            } catch {
                diagnostics.append(.error(
                    "Incorrect attribute value type",
                    "Inappropriate value for attribute \(goQuoted(name)): \(error.message).",
                    at: attribute.expression.range, context: attribute.range))
                attributes[name] = .unknown(attributeSchema.type)
            }
        }
        var blocksByType: [String: [BlockInstance]] = [:]
        for block in body.blocks {
            if block.type == "dynamic" {
                let (expanded, found) = expandDynamic(block, schema: schema)
                diagnostics += found
                for (type, instances) in expanded { blocksByType[type, default: []] += instances }
                continue
            }
            guard schema.blocks[block.type] != nil else {
                diagnostics.append(unsupportedBlock(block, schema: schema))
                continue
            }
            blocksByType[block.type, default: []].append(BlockInstance(block: block, context: context, unknownCount: false))
        }
        for (type, nested) in schema.blocks {
            let (value, found) = decodeBlocks(blocksByType[type] ?? [], type: type, schema: nested, body: body, blockRange: blockRange)
            diagnostics += found
            attributes[type] = value
        }
        return (.object(attributes), diagnostics)
    }

    /// One nested block to decode, with the context its content is evaluated in (a dynamic
    /// block's iterator bound).
    struct BlockInstance {
        var block: Block
        var context: EvaluationContext
        /// A dynamic block whose `for_each` is unknown: how many blocks there will be is not known.
        var unknownCount: Bool
    }

    private func decodeBlocks(
        _ instances: [BlockInstance], type: String, schema nested: NestedBlockSchema, body: Body, blockRange: SourceRange?
    ) -> (Value, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let objectType = nested.block.impliedType
        if instances.contains(where: \.unknownCount) {
            return (.unknown(nested.impliedType), [])
        }
        var objects: [Value] = []
        var labels: [String] = []
        for instance in instances {
            let decoder = BodyDecoder(context: instance.context)
            let (object, found) = decoder.decode(instance.block.body, schema: nested.block, blockRange: instance.block.range)
            diagnostics += found
            if nested.nesting == .map {
                guard let label = instance.block.labels.first?.value else {
                    diagnostics.append(.error("Missing name for \(type)", "All \(type) blocks must have 1 labels (name).", at: instance.block.definitionRange))
                    continue
                }
                labels.append(label)
            }
            objects.append(object)
        }
        switch nested.nesting {
        case .single, .group:
            if objects.count > 1, let extra = instances.dropFirst().first {
                diagnostics.append(.error(
                    "Duplicate \(type) block",
                    "Only one \(type) block is allowed. Another was defined at \(rangeText(instances[0].block.definitionRange)).",
                    at: extra.block.definitionRange))
            }
            if let first = objects.first { return (first, diagnostics) }
            if nested.minItems > 0 {
                diagnostics.append(.error("Missing \(type) block", "A block of type \(goQuoted(type)) is required here.", at: missingItemRange(body, blockRange: blockRange)))
            }
            return (nested.nesting == .group ? nested.block.nullObject : .null(objectType), diagnostics)
        case .list, .set:
            if nested.minItems > 0 && objects.count < nested.minItems {
                diagnostics.append(.error(
                    "Insufficient \(type) blocks",
                    "At least \(nested.minItems) \(goQuoted(type)) blocks are required.",
                    at: missingItemRange(body, blockRange: blockRange)))
            }
            if nested.maxItems > 0 && objects.count > nested.maxItems, let extra = instances.dropFirst(nested.maxItems).first {
                diagnostics.append(.error(
                    "Too many \(type) blocks",
                    "No more than \(nested.maxItems) \(goQuoted(type)) blocks are allowed",
                    at: extra.block.definitionRange))
            }
            return (nested.nesting == .list ? .list(objects, elementType: objectType) : .set(objects, elementType: objectType), diagnostics)
        case .map:
            var elements: [String: Value] = [:]
            for (label, object) in zip(labels, objects) { elements[label] = object }
            return (.map(elements, elementType: objectType), diagnostics)
        }
    }

    /// Zero-width at the opening brace of the block, where hcl reports what is missing.
    private func missingItemRange(_ body: Body, blockRange: SourceRange?) -> SourceRange {
        let range = blockRange ?? body.range
        return SourceRange(filename: range.filename, start: range.start, end: range.start)
    }

    private func rangeText(_ range: SourceRange) -> String {
        "\(range.filename):\(range.start.line),\(range.start.column)-\(range.end.column)"
    }

    private func unsupportedArgument(_ attribute: HCL.Attribute, schema: BlockSchema) -> Diagnostic {
        var detail = "An argument named \(goQuoted(attribute.name)) is not expected here."
        if schema.blocks[attribute.name] != nil {
            detail += " Did you mean to define a block of type \(goQuoted(attribute.name))?"
        } else if let close = NameSuggestion.closest(to: attribute.name, among: schema.attributes.keys.sorted()) {
            detail += " Did you mean \(goQuoted(close))?"
        }
        return .error("Unsupported argument", detail, at: attribute.nameRange)
    }

    private func unsupportedBlock(_ block: Block, schema: BlockSchema) -> Diagnostic {
        var detail = "Blocks of type \(goQuoted(block.type)) are not expected here."
        if schema.attributes[block.type] != nil {
            detail += " Did you mean to define argument \(goQuoted(block.type))? If so, use the equals sign to assign it a value."
        } else if let close = NameSuggestion.closest(to: block.type, among: schema.blocks.keys.sorted()) {
            detail += " Did you mean \(goQuoted(close))?"
        }
        return .error("Unsupported block type", detail, at: block.typeRange)
    }
}
