import HCL
import Lang
import Values

/// A small interpreter for the hcldec specs of HCL's specification suite (`literal`, `object`,
/// `attr`, `block`, `block_list`, `block_map`), enough to decode a case's input into the value
/// its `.t` file expects.
struct SpecDecoder {
    let functions = FunctionTable()
    var variables: [String: Value] = [:]

    /// Decodes `body` with the top-level spec block of `spec`.
    func decode(_ body: Body, spec: Body) -> (Value, [Diagnostic]) {
        guard let root = spec.blocks.first(where: { $0.type != "variables" }) else { return (.dynamicUnknown, []) }
        var diagnostics: [Diagnostic] = []
        let value = decode(body, with: root, &diagnostics)
        return (value, diagnostics)
    }

    private func decode(_ body: Body, with spec: Block, _ diagnostics: inout [Diagnostic]) -> Value {
        switch spec.type {
        case "literal":
            return evaluate(spec.body.attributes.first { $0.name == "value" }?.expression, &diagnostics)
        case "object":
            var attributes: [String: Value] = [:]
            for child in spec.body.blocks {
                guard let name = child.labels.first?.value else { continue }
                attributes[name] = decodeNamed(body, with: child, name: name, &diagnostics)
            }
            return .object(attributes)
        default:
            return decodeNamed(body, with: spec, name: spec.labels.first?.value ?? "", &diagnostics)
        }
    }

    private func decodeNamed(_ body: Body, with spec: Block, name: String, _ diagnostics: inout [Diagnostic]) -> Value {
        let inner = spec.body.blocks.first
        let blockType = constantString(spec.body, "block_type") ?? name
        switch spec.type {
        case "attr":
            let type = typeOf(spec.body)
            guard let attribute = body.attributes.first(where: { $0.name == name }) else { return .null(type) }
            let value = evaluate(attribute.expression, &diagnostics)
            return (try? value.converted(to: type)) ?? value
        case "block":
            guard let block = body.blocks.first(where: { $0.type == blockType }), let inner else { return .dynamicUnknown }
            return decode(block.body, with: inner, &diagnostics)
        case "block_list":
            guard let inner else { return .emptyTuple }
            return .tuple(body.blocks.filter { $0.type == blockType }.map { decode($0.body, with: inner, &diagnostics) })
        case "block_map":
            guard let inner else { return .emptyObject }
            var entries: [String: Value] = [:]
            for block in body.blocks where block.type == blockType {
                guard let label = block.labels.first?.value else { continue }
                entries[label] = decode(block.body, with: inner, &diagnostics)
            }
            return .object(entries)
        default:
            return .dynamicUnknown
        }
    }

    private func typeOf(_ spec: Body) -> ValueType {
        guard let expression = spec.attributes.first(where: { $0.name == "type" })?.expression else { return .dynamic }
        return TypeConstraintParser.parse(expression).0?.type ?? .dynamic
    }

    private func constantString(_ body: Body, _ name: String) -> String? {
        guard let expression = body.attributes.first(where: { $0.name == name })?.expression else { return nil }
        return Evaluator.evaluate(expression, in: EvaluationContext()).0.stringValue
    }

    func evaluate(_ expression: HCL.Expression?, _ diagnostics: inout [Diagnostic]) -> Value {
        guard let expression else { return .null(.dynamic) }
        let (value, found) = Evaluator.evaluate(expression, in: EvaluationContext(variables: variables, functions: functions))
        diagnostics += found
        return value
    }
}
