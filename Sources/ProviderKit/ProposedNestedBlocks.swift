import Values

/// Nested blocks of a proposed new value, each configured block matched with the prior block it
/// continues: by position in a list, by key in a map, by equal configured values in a set.
enum ProposedNestedBlocks {
    static func value(_ nested: NestedBlockSchema, prior: Value, config: Value) -> Value {
        if !config.isKnown { return config }
        switch nested.nesting {
        case .single:
            return config.isNull ? config : ProposedNewState.merged(nested.block, prior: prior, config: config)
        case .group:
            return ProposedNewState.merged(nested.block, prior: prior, config: config)
        case .list:
            return list(nested.block, prior: prior, config: config)
        case .map:
            return config.type.isObject ? objectMap(nested.block, prior: prior, config: config) : map(nested.block, prior: prior, config: config)
        case .set:
            return set(nested.block, prior: prior, config: config)
        }
    }

    private static func list(_ block: BlockSchema, prior: Value, config: Value) -> Value {
        let configured = config.isNull ? [] : config.elements ?? []
        let proposed = configured.enumerated().map { index, element -> Value in
            if prior.isKnown && (prior.isNull || index >= prior.count ?? 0) { return element }
            let priorElement = prior.isKnown ? prior.elements?[index] ?? .null(block.impliedType) : .unknown(block.impliedType)
            return ProposedNewState.merged(block, prior: priorElement, config: element)
        }
        if config.type.isTuple { return .tuple(proposed) }
        return .list(proposed, elementType: config.type.elementType ?? block.impliedType)
    }

    /// A map of blocks whose schema has dynamic attributes, held as an object keyed by label.
    private static func objectMap(_ block: BlockSchema, prior: Value, config: Value) -> Value {
        guard let configured = config.attributes, !configured.isEmpty else { return .emptyObject }
        var proposed: [String: Value] = [:]
        for (key, element) in configured {
            if let priorElement = prior[attribute: key] {
                proposed[key] = ProposedNewState.merged(block, prior: priorElement, config: element)
            } else {
                proposed[key] = element
            }
        }
        return .object(proposed)
    }

    private static func map(_ block: BlockSchema, prior: Value, config: Value) -> Value {
        let elementType = config.type.elementType ?? block.impliedType
        guard let configured = config.attributes, !configured.isEmpty else { return .map([:], elementType: elementType) }
        var proposed: [String: Value] = [:]
        for (key, element) in configured {
            if prior.isKnown {
                guard let priorElement = prior.attributes?[key] else {
                    proposed[key] = element
                    continue
                }
                proposed[key] = ProposedNewState.merged(block, prior: priorElement, config: element)
            } else {
                proposed[key] = ProposedNewState.merged(block, prior: .unknown(block.impliedType), config: element)
            }
        }
        return .map(proposed, elementType: elementType)
    }

    /// Set elements carry no key: a configured block continues the first unused prior block
    /// that equals it once the prior block's computed attributes are set aside.
    private static func set(_ block: BlockSchema, prior: Value, config: Value) -> Value {
        let elementType = config.type.elementType ?? block.impliedType
        let configured = config.isNull ? [] : config.elements ?? []
        let priorElements = prior.isKnown && !prior.isNull ? prior.elements ?? [] : []
        let comparable = priorElements.map { ComputedAttributes.nulled(in: $0, schema: block) }
        var used = [Bool](repeating: false, count: priorElements.count)
        let proposed = configured.map { element -> Value in
            guard let match = comparable.indices.first(where: { !used[$0] && comparable[$0] == element }) else {
                return ProposedNewState.merged(block, prior: .null(block.impliedType), config: element)
            }
            used[match] = true
            return ProposedNewState.merged(block, prior: priorElements[match], config: element)
        }
        return .set(proposed, elementType: elementType)
    }
}
