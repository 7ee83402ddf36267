/// One YAML parsing event, as libyaml's parser produces them.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias(String)
        /// `plainImplicit`: untagged and plain, so the value's type is resolved from its text.
        case scalar(String, anchor: String?, tag: String?, plainImplicit: Bool)
        case sequenceStart(anchor: String?, tag: String?)
        case sequenceEnd
        case mappingStart(anchor: String?, tag: String?)
        case mappingEnd
    }

    let kind: Kind
    let start: YAMLMark
    let end: YAMLMark
}

/// Turns tokens into events following libyaml's parser state machine, with its error texts.
struct YAMLParser {
    private enum State {
        case streamStart, implicitDocumentStart, documentStart, documentContent, documentEnd
        case blockNode, blockSequenceFirstEntry, blockSequenceEntry, indentlessSequenceEntry
        case blockMappingFirstKey, blockMappingKey, blockMappingValue
        case flowSequenceFirstEntry, flowSequenceEntry
        case flowSequenceEntryMappingKey, flowSequenceEntryMappingValue, flowSequenceEntryMappingEnd
        case flowMappingFirstKey, flowMappingKey, flowMappingValue, flowMappingEmptyValue
        case end
    }

    private var scanner: YAMLScanner
    private var state = State.streamStart
    private var states: [State] = []
    private var marks: [YAMLMark] = []
    private var tagHandles: [String: String] = [:]
    private static let defaultTagHandles = ["!": "!", "!!": "tag:yaml.org,2002:"]

    init(_ text: String) {
        scanner = YAMLScanner(text)
    }

    private func parserError(_ context: YAMLMark?, _ problem: String, at mark: YAMLMark) -> YAMLSyntaxError {
        YAMLSyntaxError(problem: problem, problemMark: mark, contextMark: context, fromScanner: false)
    }

    private mutating func popState() -> State { states.popLast() ?? .end }
    private mutating func popMark() -> YAMLMark { marks.popLast() ?? YAMLMark() }

    private func emptyScalar(at mark: YAMLMark) -> YAMLEvent {
        YAMLEvent(kind: .scalar("", anchor: nil, tag: nil, plainImplicit: true), start: mark, end: mark)
    }

    /// The next event; nil once the stream has ended.
    mutating func next() throws(YAMLSyntaxError) -> YAMLEvent? {
        switch state {
        case .end: return nil
        case .streamStart:
            let token = try scanner.peek()
            guard token.kind == .streamStart else {
                throw parserError(nil, "did not find expected <stream-start>", at: token.start)
            }
            state = .implicitDocumentStart
            scanner.skip()
            return YAMLEvent(kind: .streamStart, start: token.start, end: token.end)
        case .implicitDocumentStart: return try documentStart(implicit: true)
        case .documentStart: return try documentStart(implicit: false)
        case .documentContent:
            let token = try scanner.peek()
            switch token.kind {
            case .versionDirective, .tagDirective, .documentStart, .documentEnd, .streamEnd:
                state = popState()
                return emptyScalar(at: token.start)
            default:
                return try node(block: true, indentlessSequence: false)
            }
        case .documentEnd:
            let token = try scanner.peek()
            var end = token.start
            if token.kind == .documentEnd {
                end = token.end
                scanner.skip()
            }
            tagHandles = [:]
            state = .documentStart
            return YAMLEvent(kind: .documentEnd, start: token.start, end: end)
        case .blockNode: return try node(block: true, indentlessSequence: false)
        case .blockSequenceFirstEntry: return try blockSequenceEntry(first: true)
        case .blockSequenceEntry: return try blockSequenceEntry(first: false)
        case .indentlessSequenceEntry: return try indentlessSequenceEntry()
        case .blockMappingFirstKey: return try blockMappingKey(first: true)
        case .blockMappingKey: return try blockMappingKey(first: false)
        case .blockMappingValue: return try blockMappingValue()
        case .flowSequenceFirstEntry: return try flowSequenceEntry(first: true)
        case .flowSequenceEntry: return try flowSequenceEntry(first: false)
        case .flowSequenceEntryMappingKey: return try flowSequenceEntryMappingKey()
        case .flowSequenceEntryMappingValue: return try flowSequenceEntryMappingValue()
        case .flowSequenceEntryMappingEnd:
            let token = try scanner.peek()
            state = .flowSequenceEntry
            return YAMLEvent(kind: .mappingEnd, start: token.start, end: token.start)
        case .flowMappingFirstKey: return try flowMappingKey(first: true)
        case .flowMappingKey: return try flowMappingKey(first: false)
        case .flowMappingValue: return try flowMappingValue(empty: false)
        case .flowMappingEmptyValue: return try flowMappingValue(empty: true)
        }
    }

    private mutating func documentStart(implicit: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        var token = try scanner.peek()
        if !implicit {
            while token.kind == .documentEnd {
                scanner.skip()
                token = try scanner.peek()
            }
        }
        let isDirectiveOrStart: Bool = switch token.kind {
        case .versionDirective, .tagDirective, .documentStart, .streamEnd: true
        default: false
        }
        if implicit && !isDirectiveOrStart {
            tagHandles = [:]
            states.append(.documentEnd)
            state = .blockNode
            return YAMLEvent(kind: .documentStart, start: token.start, end: token.start)
        }
        if token.kind == .streamEnd {
            state = .end
            scanner.skip()
            return YAMLEvent(kind: .streamEnd, start: token.start, end: token.end)
        }
        let start = token.start
        tagHandles = [:]
        while true {
            if case .tagDirective(let handle, let prefix) = token.kind {
                tagHandles[handle] = prefix
            } else if case .versionDirective(let version) = token.kind {
                guard version == "1.1" else {
                    throw parserError(nil, "found incompatible YAML document", at: token.start)
                }
            } else {
                break
            }
            scanner.skip()
            token = try scanner.peek()
        }
        guard token.kind == .documentStart else {
            throw parserError(nil, "did not find expected <document start>", at: token.start)
        }
        states.append(.documentEnd)
        state = .documentContent
        scanner.skip()
        return YAMLEvent(kind: .documentStart, start: start, end: token.end)
    }

    private mutating func node(block: Bool, indentlessSequence: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        var token = try scanner.peek()
        if case .alias(let name) = token.kind {
            state = popState()
            scanner.skip()
            return YAMLEvent(kind: .alias(name), start: token.start, end: token.end)
        }
        var start = token.start
        var end = token.start
        var tagMark = token.start
        var anchor: String?
        var tagParts: (handle: String, suffix: String)?
        for _ in 0..<2 {
            if case .anchor(let name) = token.kind, anchor == nil {
                anchor = name
                if tagParts == nil { start = token.start }
                end = token.end
            } else if case .tag(let handle, let suffix) = token.kind, tagParts == nil {
                tagParts = (handle, suffix)
                if anchor == nil { start = token.start }
                tagMark = token.start
                end = token.end
            } else {
                break
            }
            scanner.skip()
            token = try scanner.peek()
        }
        var tag: String?
        if let tagParts {
            if tagParts.handle.isEmpty {
                tag = tagParts.suffix
            } else if let prefix = tagHandles[tagParts.handle] ?? Self.defaultTagHandles[tagParts.handle] {
                tag = prefix + tagParts.suffix
            } else {
                throw parserError(start, "found undefined tag handle", at: tagMark)
            }
        }
        if indentlessSequence && token.kind == .blockEntry {
            state = .indentlessSequenceEntry
            return YAMLEvent(kind: .sequenceStart(anchor: anchor, tag: tag), start: start, end: token.end)
        }
        switch token.kind {
        case .scalar(let value, let style):
            let plainImplicit = (style == .plain && tag == nil) || tag == "!"
            state = popState()
            scanner.skip()
            let resolvedTag = tag == "!" ? nil : tag
            return YAMLEvent(
                kind: .scalar(value, anchor: anchor, tag: resolvedTag, plainImplicit: plainImplicit),
                start: start, end: token.end
            )
        case .flowSequenceStart:
            state = .flowSequenceFirstEntry
            return YAMLEvent(kind: .sequenceStart(anchor: anchor, tag: tag), start: start, end: token.end)
        case .flowMappingStart:
            state = .flowMappingFirstKey
            return YAMLEvent(kind: .mappingStart(anchor: anchor, tag: tag), start: start, end: token.end)
        case .blockSequenceStart where block:
            state = .blockSequenceFirstEntry
            return YAMLEvent(kind: .sequenceStart(anchor: anchor, tag: tag), start: start, end: token.end)
        case .blockMappingStart where block:
            state = .blockMappingFirstKey
            return YAMLEvent(kind: .mappingStart(anchor: anchor, tag: tag), start: start, end: token.end)
        default:
            if anchor != nil || tag != nil {
                state = popState()
                return YAMLEvent(
                    kind: .scalar("", anchor: anchor, tag: tag, plainImplicit: tag == nil), start: start, end: end
                )
            }
            throw parserError(start, "did not find expected node content", at: token.start)
        }
    }

    private mutating func blockSequenceEntry(first: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        if first {
            marks.append(try scanner.peek().start)
            scanner.skip()
        }
        let token = try scanner.peek()
        if token.kind == .blockEntry {
            let mark = token.end
            scanner.skip()
            let next = try scanner.peek()
            if next.kind != .blockEntry && next.kind != .blockEnd {
                states.append(.blockSequenceEntry)
                return try node(block: true, indentlessSequence: false)
            }
            state = .blockSequenceEntry
            return emptyScalar(at: mark)
        }
        if token.kind == .blockEnd {
            state = popState()
            _ = popMark()
            scanner.skip()
            return YAMLEvent(kind: .sequenceEnd, start: token.start, end: token.end)
        }
        throw parserError(popMark(), "did not find expected '-' indicator", at: token.start)
    }

    private mutating func indentlessSequenceEntry() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try scanner.peek()
        guard token.kind == .blockEntry else {
            state = popState()
            return YAMLEvent(kind: .sequenceEnd, start: token.start, end: token.start)
        }
        let mark = token.end
        scanner.skip()
        let next = try scanner.peek()
        if ![.blockEntry, .key, .value, .blockEnd].contains(next.kind) {
            states.append(.indentlessSequenceEntry)
            return try node(block: true, indentlessSequence: false)
        }
        state = .indentlessSequenceEntry
        return emptyScalar(at: mark)
    }

    private mutating func blockMappingKey(first: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        if first {
            marks.append(try scanner.peek().start)
            scanner.skip()
        }
        let token = try scanner.peek()
        if token.kind == .key {
            let mark = token.end
            scanner.skip()
            let next = try scanner.peek()
            if ![.key, .value, .blockEnd].contains(next.kind) {
                states.append(.blockMappingValue)
                return try node(block: true, indentlessSequence: true)
            }
            state = .blockMappingValue
            return emptyScalar(at: mark)
        }
        if token.kind == .blockEnd {
            state = popState()
            _ = popMark()
            scanner.skip()
            return YAMLEvent(kind: .mappingEnd, start: token.start, end: token.end)
        }
        throw parserError(popMark(), "did not find expected key", at: token.start)
    }

    private mutating func blockMappingValue() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try scanner.peek()
        guard token.kind == .value else {
            state = .blockMappingKey
            return emptyScalar(at: token.start)
        }
        let mark = token.end
        scanner.skip()
        let next = try scanner.peek()
        if ![.key, .value, .blockEnd].contains(next.kind) {
            states.append(.blockMappingKey)
            return try node(block: true, indentlessSequence: true)
        }
        state = .blockMappingKey
        return emptyScalar(at: mark)
    }

    private mutating func flowSequenceEntry(first: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        if first {
            marks.append(try scanner.peek().start)
            scanner.skip()
        }
        var token = try scanner.peek()
        if token.kind != .flowSequenceEnd {
            if !first {
                guard token.kind == .flowEntry else {
                    throw parserError(popMark(), "did not find expected ',' or ']'", at: token.start)
                }
                scanner.skip()
                token = try scanner.peek()
            }
            if token.kind == .key {
                state = .flowSequenceEntryMappingKey
                scanner.skip()
                return YAMLEvent(kind: .mappingStart(anchor: nil, tag: nil), start: token.start, end: token.end)
            }
            if token.kind != .flowSequenceEnd {
                states.append(.flowSequenceEntry)
                return try node(block: false, indentlessSequence: false)
            }
        }
        state = popState()
        _ = popMark()
        scanner.skip()
        return YAMLEvent(kind: .sequenceEnd, start: token.start, end: token.end)
    }

    private mutating func flowSequenceEntryMappingKey() throws(YAMLSyntaxError) -> YAMLEvent {
        let token = try scanner.peek()
        if ![.value, .flowEntry, .flowSequenceEnd].contains(token.kind) {
            states.append(.flowSequenceEntryMappingValue)
            return try node(block: false, indentlessSequence: false)
        }
        state = .flowSequenceEntryMappingValue
        return emptyScalar(at: token.start)
    }

    private mutating func flowSequenceEntryMappingValue() throws(YAMLSyntaxError) -> YAMLEvent {
        var token = try scanner.peek()
        if token.kind == .value {
            scanner.skip()
            token = try scanner.peek()
            if token.kind != .flowEntry && token.kind != .flowSequenceEnd {
                states.append(.flowSequenceEntryMappingEnd)
                return try node(block: false, indentlessSequence: false)
            }
        }
        state = .flowSequenceEntryMappingEnd
        return emptyScalar(at: token.start)
    }

    private mutating func flowMappingKey(first: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        if first {
            marks.append(try scanner.peek().start)
            scanner.skip()
        }
        var token = try scanner.peek()
        if token.kind != .flowMappingEnd {
            if !first {
                guard token.kind == .flowEntry else {
                    throw parserError(popMark(), "did not find expected ',' or '}'", at: token.start)
                }
                scanner.skip()
                token = try scanner.peek()
            }
            if token.kind == .key {
                scanner.skip()
                token = try scanner.peek()
                if ![.value, .flowEntry, .flowMappingEnd].contains(token.kind) {
                    states.append(.flowMappingValue)
                    return try node(block: false, indentlessSequence: false)
                }
                state = .flowMappingValue
                return emptyScalar(at: token.start)
            }
            if token.kind != .flowMappingEnd {
                states.append(.flowMappingEmptyValue)
                return try node(block: false, indentlessSequence: false)
            }
        }
        state = popState()
        _ = popMark()
        scanner.skip()
        return YAMLEvent(kind: .mappingEnd, start: token.start, end: token.end)
    }

    private mutating func flowMappingValue(empty: Bool) throws(YAMLSyntaxError) -> YAMLEvent {
        var token = try scanner.peek()
        if empty {
            state = .flowMappingKey
            return emptyScalar(at: token.start)
        }
        if token.kind == .value {
            scanner.skip()
            token = try scanner.peek()
            if token.kind != .flowEntry && token.kind != .flowMappingEnd {
                states.append(.flowMappingKey)
                return try node(block: false, indentlessSequence: false)
            }
        }
        state = .flowMappingKey
        return emptyScalar(at: token.start)
    }
}
