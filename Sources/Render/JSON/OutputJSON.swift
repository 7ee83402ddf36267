import State
import Values

/// `iac output -json`: every output with its sensitivity, type and value, indented.
enum OutputJSON {
    static func all(_ outputs: [String: (state: OutputState, value: Value)]) -> String {
        let members = outputs.keys.sorted().compactMap { name -> (key: String, value: JSONTree)? in
            guard let output = outputs[name] else { return nil }
            return (name, .object([
                ("sensitive", .bool(output.state.sensitive)),
                ("type", JSONTree(output.value.type)),
                ("value", JSONTree(output.value)),
            ]))
        }
        return JSONTree.object(members).indented() + "\n"
    }
}
