import Values

/// The members of one JSON object in the state, decoded and as written, with the name of where
/// it sits for messages. A member that is null counts as absent, as Go's decoder treats it.
struct StateJSONFields {
    let members: [String: Value]
    let context: String
    private let spans: JSONSpans
    private let written: [String: Range<Int>]

    init(_ value: Value, span: Range<Int>, in spans: JSONSpans, at context: String) throws(TerraformStateDecoding.Failure) {
        guard let members = value.attributes, value.type.isObject else {
            throw TerraformStateDecoding.Failure("\(context) must be a JSON object.")
        }
        self.members = members
        self.context = context
        self.spans = spans
        written = spans.members(of: span)
    }

    /// A member as compact JSON, its object keys in the order they were written.
    func json(_ name: String) -> String? {
        guard value(name) != nil, let span = written[name] else { return nil }
        return spans.compactText(span)
    }

    /// The objects of an array-valued member, in order; `context` names the one at an index.
    func objects(listedIn name: String, at context: (Int) -> String) throws(TerraformStateDecoding.Failure) -> [StateJSONFields] {
        let values = try array(name)
        let elementSpans = written[name].map(spans.elements(of:)) ?? []
        var objects: [StateJSONFields] = []
        for (index, (value, span)) in zip(values, elementSpans).enumerated() {
            objects.append(try StateJSONFields(value, span: span, in: spans, at: context(index)))
        }
        return objects
    }

    /// The objects of an object-valued member, by name in sorted order; `context` names each.
    func objects(named name: String, at context: (String) -> String) throws(TerraformStateDecoding.Failure) -> [(String, StateJSONFields)] {
        guard let value = value(name) else { return [] }
        guard value.type.isObject, let sorted = value.sortedAttributes, let span = written[name] else {
            throw mistyped(name, "an object")
        }
        let memberSpans = spans.members(of: span)
        var objects: [(String, StateJSONFields)] = []
        for (key, member) in sorted {
            guard let memberSpan = memberSpans[key] else { continue }
            objects.append((key, try StateJSONFields(member, span: memberSpan, in: spans, at: context(key))))
        }
        return objects
    }

    func value(_ name: String) -> Value? {
        guard let value = members[name], !value.isNull else { return nil }
        return value
    }

    func string(_ name: String) throws(TerraformStateDecoding.Failure) -> String? {
        guard let value = value(name) else { return nil }
        guard let text = value.stringValue else { throw mistyped(name, "a string") }
        return text
    }

    func integer(_ name: String) throws(TerraformStateDecoding.Failure) -> Int? {
        guard let value = value(name) else { return nil }
        guard let integer = value.numberValue?.intValue else { throw mistyped(name, "a whole number") }
        return integer
    }

    func bool(_ name: String) throws(TerraformStateDecoding.Failure) -> Bool? {
        guard let value = value(name) else { return nil }
        guard let flag = value.boolValue else { throw mistyped(name, "true or false") }
        return flag
    }

    func array(_ name: String) throws(TerraformStateDecoding.Failure) -> [Value] {
        guard let value = value(name) else { return [] }
        guard let elements = value.elements else { throw mistyped(name, "a list") }
        return elements
    }

    private func mistyped(_ name: String, _ expected: String) -> TerraformStateDecoding.Failure {
        TerraformStateDecoding.Failure("\"\(name)\" in \(context) must be \(expected).")
    }
}
