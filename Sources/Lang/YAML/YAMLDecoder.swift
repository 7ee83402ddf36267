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

    private struct Frame {
        let anchor: String?
        let isSequence: Bool
        var elements: [Value] = []
        var attributes: [String: Value] = [:]
        var pendingKey: String?
    }

    /// Reads the value that starts with `first`, keeping open collections on an explicit stack
    /// so that deep nesting cannot exhaust the call stack.
    private mutating func node(_ first: YAMLEvent) throws(YAMLSyntaxError) -> Value {
        var stack: [Frame] = []
        var event = first
        while true {
            var completed: Value
            if let top = stack.last, !top.isSequence, top.pendingKey == nil {
                if case .mappingEnd = event.kind {
                    stack.removeLast()
                    completed = .object(top.attributes)
                    if let anchor = top.anchor { complete(anchor, completed) }
                } else {
                    stack[stack.count - 1].pendingKey = try mappingKey(event)
                    event = try nextEvent()
                    continue
                }
            } else {
                switch event.kind {
                case .scalar(let text, let anchor, let tag, let plainImplicit):
                    if let anchor { pendingAnchors[anchor, default: 0] += 1 }
                    completed = try scalar(text, tag: tag, plainImplicit: plainImplicit, event: event)
                    if let anchor { complete(anchor, completed) }
                case .alias(let name):
                    if pendingAnchors[name] != nil {
                        throw Self.eventError(event, "cannot refer to anchor \(goQuoted(name)) from inside its own definition")
                    }
                    guard let value = anchors[name] else {
                        throw Self.eventError(event, "reference to undefined anchor \(goQuoted(name))")
                    }
                    completed = value
                case .mappingStart(let anchor, let tag):
                    if let tag, tag != YAMLScalarResolution.mapTag {
                        throw Self.eventError(event, "can't interpret mapping as \(tag)")
                    }
                    if let anchor { pendingAnchors[anchor, default: 0] += 1 }
                    try Self.checkDepth(stack, event)
                    stack.append(Frame(anchor: anchor, isSequence: false))
                    event = try nextEvent()
                    continue
                case .sequenceStart(let anchor, let tag):
                    if let tag, tag != YAMLScalarResolution.sequenceTag {
                        throw Self.eventError(event, "can't interpret sequence as \(tag)")
                    }
                    if let anchor { pendingAnchors[anchor, default: 0] += 1 }
                    try Self.checkDepth(stack, event)
                    stack.append(Frame(anchor: anchor, isSequence: true))
                    event = try nextEvent()
                    continue
                case .sequenceEnd:
                    guard let top = stack.popLast() else { throw Self.eventError(event, "unexpected parser event") }
                    completed = .tuple(top.elements)
                    if let anchor = top.anchor { complete(anchor, completed) }
                case .documentStart:
                    throw Self.eventError(event, "only a single document is allowed")
                case .streamEnd:
                    throw Self.eventError(event, "expecting value but found end of stream")
                default:
                    throw Self.eventError(event, "unexpected parser event")
                }
            }
            guard let last = stack.indices.last else { return completed }
            if stack[last].isSequence {
                stack[last].elements.append(completed)
            } else if let key = stack[last].pendingKey {
                stack[last].attributes[key] = completed
                stack[last].pendingKey = nil
            }
            event = try nextEvent()
        }
    }

    /// Values nested deeper than this could not be released without exhausting the stack.
    static let maxDepth = 10000

    private static func checkDepth(_ stack: [Frame], _ event: YAMLEvent) throws(YAMLSyntaxError) {
        if stack.count >= maxDepth { throw eventError(event, "exceeded max depth of \(maxDepth)") }
    }

    /// The name a mapping key's scalar stands for; keys must be non-null scalars.
    private func mappingKey(_ event: YAMLEvent) throws(YAMLSyntaxError) -> String {
        guard case .scalar(let text, _, let tag, let plainImplicit) = event.kind else {
            throw Self.eventError(event, "only strings are allowed as mapping keys")
        }
        let key = try scalar(text, tag: tag, plainImplicit: plainImplicit, event: event)
        if key.isNull { throw Self.eventError(event, "mapping key cannot be null") }
        if let string = key.stringValue { return string }
        if let number = key.numberValue { return number.description }
        if let flag = key.boolValue { return flag ? "true" : "false" }
        throw Self.eventError(event, "only strings are allowed as mapping keys")
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
