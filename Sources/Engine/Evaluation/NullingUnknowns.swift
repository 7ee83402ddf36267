import Values

extension Value {
    /// The value with every unknown part replaced by a null of its type, marks dropped, so
    /// that it can be written as JSON.
    func nullingUnknowns() -> Value {
        let plain = unmarkedDeep().0
        guard plain.isKnown else { return .null(plain.type) }
        guard !plain.isNull else { return plain }
        switch plain.type {
        case .list(let element):
            return .list((plain.elements ?? []).map { $0.nullingUnknowns() }, elementType: element)
        case .set(let element):
            return .set((plain.elements ?? []).map { $0.nullingUnknowns() }, elementType: element)
        case .tuple:
            return .tuple((plain.elements ?? []).map { $0.nullingUnknowns() })
        case .map(let element):
            return .map((plain.attributes ?? [:]).mapValues { $0.nullingUnknowns() }, elementType: element)
        case .object:
            return .object((plain.attributes ?? [:]).mapValues { $0.nullingUnknowns() })
        default:
            return plain
        }
    }
}
