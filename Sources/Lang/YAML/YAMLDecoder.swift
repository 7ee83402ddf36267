import Values

/// Decodes one YAML document into a value as Terraform's `yamldecode` does: mappings become
/// objects (keys must be scalars), sequences tuples, and aliases repeat their anchor's value.
struct YAMLDecoder {
    private var parser: YAMLParser
    private var anchors: [String: Value] = [:]
    private var pendingAnchors: [String: Int] = [:]

    private init(_ text: String) {
        parser = YAMLParser(text.isEmpty ? "\n" : text)
    }

    static func decode(_ text: String) throws(FunctionError) -> Value {
        var decoder = YAMLDecoder(text)
        do throws(YAMLSyntaxError) {
            return try decoder.document()
        } catch {
            throw .call(error.message)
        }
    }

    private static func eventError(_ event: YAMLEvent, _ problem: String) -> YAMLSyntaxError {
        YAMLSyntaxError(problem: problem, problemMark: event.start, contextMark: nil, fromScanner: false)
    }

    private mutating func nextEvent() throws(YAMLSyntaxError) -> YAMLEvent {
        guard let event = try parser.next() else {
            throw YAMLSyntaxError(problem: "invalid YAML syntax", problemMark: YAMLMark(), contextMark: nil, fromScanner: false)
        }
        return event
    }

    private mutating func document() throws(YAMLSyntaxError) -> Value {
        let streamStart = try nextEvent()
        guard case .streamStart = streamStart.kind else { throw Self.eventError(streamStart, "missing stream start token") }
        let documentStart = try nextEvent()
        guard case .documentStart = documentStart.kind else {
            throw Self.eventError(documentStart, "missing start of document")
        }
        let value = try node(try nextEvent())
        let documentEnd = try nextEvent()
        if case .documentStart = documentEnd.kind {
            throw Self.eventError(documentEnd, "only a single document is allowed")
        }
        guard case .documentEnd = documentEnd.kind else {
            throw Self.eventError(documentEnd, "unexpected extra content after value")
        }
        let streamEnd = try nextEvent()
        guard case .streamEnd = streamEnd.kind else {
            throw Self.eventError(streamEnd, "unexpected extra content after value")
        }
        return value
    }

    private mutating func node(_ event: YAMLEvent) throws(YAMLSyntaxError) -> Value {
        switch event.kind {
        case .scalar(let text, let anchor, let tag, let plainImplicit):
            if let anchor { pendingAnchors[anchor, default: 0] += 1 }
            let value = try scalar(text, tag: tag, plainImplicit: plainImplicit, event: event)
            if let anchor { complete(anchor, value) }
            return value
        case .alias(let name):
            if pendingAnchors[name] != nil {
                throw Self.eventError(event, "cannot refer to anchor \(goQuoted(name)) from inside its own definition")
            }
            guard let value = anchors[name] else {
                throw Self.eventError(event, "reference to undefined anchor \(goQuoted(name))")
            }
            return value
        case .mappingStart(let anchor, let tag):
            if let tag, tag != YAMLScalarResolution.mapTag {
                throw Self.eventError(event, "can't interpret mapping as \(tag)")
            }
            if let anchor { pendingAnchors[anchor, default: 0] += 1 }
            let value = try mapping()
            if let anchor { complete(anchor, value) }
            return value
        case .sequenceStart(let anchor, let tag):
            if let tag, tag != YAMLScalarResolution.sequenceTag {
                throw Self.eventError(event, "can't interpret sequence as \(tag)")
            }
            if let anchor { pendingAnchors[anchor, default: 0] += 1 }
            var elements: [Value] = []
            while true {
                let next = try nextEvent()
                if case .sequenceEnd = next.kind { break }
                elements.append(try node(next))
            }
            let value = Value.tuple(elements)
            if let anchor { complete(anchor, value) }
            return value
        case .documentStart:
            throw Self.eventError(event, "only a single document is allowed")
        case .streamEnd:
            throw Self.eventError(event, "expecting value but found end of stream")
        default:
            throw Self.eventError(event, "unexpected parser event")
        }
    }

    private mutating func mapping() throws(YAMLSyntaxError) -> Value {
        var attributes: [String: Value] = [:]
        while true {
            let keyEvent = try nextEvent()
            if case .mappingEnd = keyEvent.kind { return .object(attributes) }
            guard case .scalar(let text, _, let tag, let plainImplicit) = keyEvent.kind else {
                throw Self.eventError(keyEvent, "only strings are allowed as mapping keys")
            }
            let key = try scalar(text, tag: tag, plainImplicit: plainImplicit, event: keyEvent)
            if key.isNull { throw Self.eventError(keyEvent, "mapping key cannot be null") }
            let name: String
            if let string = key.stringValue {
                name = string
            } else if let number = key.numberValue {
                name = number.description
            } else if let flag = key.boolValue {
                name = flag ? "true" : "false"
            } else {
                throw Self.eventError(keyEvent, "only strings are allowed as mapping keys")
            }
            attributes[name] = try node(try nextEvent())
        }
    }

    private func scalar(_ text: String, tag: String?, plainImplicit: Bool, event: YAMLEvent) throws(YAMLSyntaxError) -> Value {
        let effectiveTag = tag == nil && !plainImplicit ? YAMLScalarResolution.stringTag : tag
        do throws(FunctionError) {
            return try YAMLScalarResolution.resolve(text, tag: effectiveTag)
        } catch {
            guard case .call(let message) = error else { throw Self.eventError(event, "invalid scalar") }
            throw Self.eventError(event, message)
        }
    }

    private mutating func complete(_ anchor: String, _ value: Value) {
        pendingAnchors[anchor, default: 1] -= 1
        if pendingAnchors[anchor] == 0 { pendingAnchors[anchor] = nil }
        anchors[anchor] = value
    }
}
