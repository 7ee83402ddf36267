import Values

/// Sensitive attribute paths in the JSON form Terraform's state uses:
/// `[[{"type":"get_attr","value":"tags"},{"type":"index","value":{"value":"k","type":"string"}}]]`.
enum SensitivePathsJSON {
    /// The paths as JSON; throws when an index key cannot be written (unknown or marked).
    static func encode(_ paths: [ValuePath]) throws(JSONCodingError) -> String {
        var encoded: [String] = []
        for path in paths {
            encoded.append(try encode(path))
        }
        return "[" + encoded.joined(separator: ",") + "]"
    }

    /// One path as a JSON list of steps.
    static func encode(_ path: ValuePath) throws(JSONCodingError) -> String {
        var steps: [String] = []
        for step in path {
            switch step {
            case .attribute(let name):
                steps.append(#"{"type":"get_attr","value":"# + JSONText.quoted(name) + "}")
            case .index(let key):
                steps.append(#"{"type":"index","value":"# + (try key.jsonEncoded(as: .dynamic)) + "}")
            }
        }
        return "[" + steps.joined(separator: ",") + "]"
    }

    /// The paths `text` lists, or a message saying what is wrong with it.
    static func decode(_ text: String) -> Result<[ValuePath], JSONCodingError> {
        Result { () throws(JSONCodingError) in try paths(in: Value.decodingJSON(text)) }
    }

    /// The paths a decoded JSON value lists.
    static func paths(in value: Value) throws(JSONCodingError) -> [ValuePath] {
        guard let list = value.elements else { throw JSONCodingError("sensitive attributes must be a list of paths") }
        var paths: [ValuePath] = []
        for element in list {
            guard let steps = element.elements else { throw JSONCodingError("a sensitive attribute path must be a list of steps") }
            var path: ValuePath = []
            for step in steps {
                path.append(try pathStep(step))
            }
            paths.append(path)
        }
        return paths
    }

    private static func pathStep(_ step: Value) throws(JSONCodingError) -> PathStep {
        guard let kind = step.attributes?["type"]?.stringValue, let value = step.attributes?["value"] else {
            throw JSONCodingError("a path step must have a type and a value")
        }
        switch kind {
        case "get_attr":
            guard let name = value.stringValue else { throw JSONCodingError("a get_attr step's value must be a string") }
            return .attribute(name)
        case "index":
            return .index(try Value.decodingJSON(value.jsonEncoded(), as: .dynamic))
        default:
            throw JSONCodingError("unsupported path step type \"\(kind)\"")
        }
    }
}
