/// Finding one type that several types can all convert to, as Terraform does for conditional
/// results, collection constructors and function results.
public enum Unification {
    /// The unified type, or nil when there is none. `unsafe` allows conversions that may fail
    /// for some values (string→number), as conditional expressions do.
    public static func unify(_ types: [ValueType], unsafe: Bool) -> ValueType? {
        guard let first = types.first else { return nil }
        if types.allSatisfy({ $0 == first }) { return first }
        var maps = 0, lists = 0, sets = 0, objects = 0, tuples = 0, dynamics = 0
        for type in types {
            switch type {
            case .map: maps += 1
            case .list: lists += 1
            case .set: sets += 1
            case .object: objects += 1
            case .tuple: tuples += 1
            case .dynamic: dynamics += 1
            default: break
            }
        }
        let count = types.count
        switch true {
        case maps > 0 && maps + dynamics == count:
            return unifyCollections(types, hasDynamic: dynamics > 0, unsafe: unsafe, wrap: ValueType.map)
        case maps > 0 && maps + objects + dynamics == count:
            if let unified = unifyObjectsAsMaps(types, unsafe: unsafe) { return unified }
        case lists > 0 && lists + dynamics == count:
            return unifyCollections(types, hasDynamic: dynamics > 0, unsafe: unsafe, wrap: ValueType.list)
        case lists > 0 && lists + tuples + dynamics == count:
            if let unified = unifyTuplesAsList(types, unsafe: unsafe) { return unified }
        case sets > 0 && sets + dynamics == count:
            return unifyCollections(types, hasDynamic: dynamics > 0, unsafe: unsafe, wrap: ValueType.set)
        case objects > 0 && objects + dynamics == count:
            return dynamics > 0 ? .dynamic : unifyObjects(types, unsafe: unsafe)
        case tuples > 0 && tuples + dynamics == count:
            return dynamics > 0 ? .dynamic : unifyTuples(types, unsafe: unsafe)
        case objects > 0 && tuples > 0:
            return nil
        default:
            break
        }
        for candidateIndex in TypePreference.order(types) {
            let candidate = types[candidateIndex]
            let allConvert = types.enumerated().allSatisfy { index, type in
                index == candidateIndex || type == candidate || type.canConvert(to: candidate, safely: !unsafe)
            }
            if allConvert { return candidate }
        }
        return nil
    }

    private static func unifyCollections(
        _ types: [ValueType], hasDynamic: Bool, unsafe: Bool, wrap: (ValueType) -> ValueType
    ) -> ValueType? {
        if hasDynamic { return .dynamic }
        guard let element = unify(types.compactMap(\.elementType), unsafe: unsafe) else { return nil }
        let result = wrap(element)
        return types.allSatisfy({ $0.canConvert(to: result, safely: !unsafe) }) ? result : nil
    }

    private static func unifyObjects(_ types: [ValueType], unsafe: Bool) -> ValueType? {
        let first = types[0].attributeTypes ?? [:]
        let sameNames = types.dropFirst().allSatisfy { Set(($0.attributeTypes ?? [:]).keys) == Set(first.keys) }
        guard sameNames else { return unifyObjectsToMap(types, unsafe: unsafe) }
        var attributes: [String: ValueType] = [:]
        for name in first.keys {
            guard let unified = unify(types.compactMap { $0.attributeTypes?[name] }, unsafe: unsafe) else { return nil }
            attributes[name] = unified
        }
        let result = ValueType.object(attributes)
        if types.allSatisfy({ $0.canConvert(to: result, safely: !unsafe) }) { return result }
        return unifyObjectsToMap(types, unsafe: unsafe)
    }

    private static func unifyObjectsToMap(_ types: [ValueType], unsafe: Bool) -> ValueType? {
        let attributeTypes = types.flatMap { type in
            (type.attributeTypes ?? [:]).sorted { $0.key < $1.key }.map(\.value)
        }
        guard let element = unify(attributeTypes, unsafe: unsafe) else { return nil }
        let result = ValueType.map(element)
        return types.allSatisfy({ $0.canConvert(to: result, safely: !unsafe) }) ? result : nil
    }

    private static func unifyTuples(_ types: [ValueType], unsafe: Bool) -> ValueType? {
        let first = types[0].tupleElementTypes ?? []
        guard types.allSatisfy({ ($0.tupleElementTypes ?? []).count == first.count }) else {
            return unifyTuplesToList(types, unsafe: unsafe)
        }
        var elements: [ValueType] = []
        for index in first.indices {
            guard let unified = unify(types.compactMap { $0.tupleElementTypes?[index] }, unsafe: unsafe) else { return nil }
            elements.append(unified)
        }
        let result = ValueType.tuple(elements)
        if types.allSatisfy({ $0.canConvert(to: result, safely: !unsafe) }) { return result }
        return unifyTuplesToList(types, unsafe: unsafe)
    }

    private static func unifyTuplesToList(_ types: [ValueType], unsafe: Bool) -> ValueType? {
        guard let element = unify(types.flatMap { $0.tupleElementTypes ?? [] }, unsafe: unsafe) else { return nil }
        let result = ValueType.list(element)
        return types.allSatisfy({ $0.canConvert(to: result, safely: !unsafe) }) ? result : nil
    }

    private static func unifyTuplesAsList(_ types: [ValueType], unsafe: Bool) -> ValueType? {
        guard let list = unifyTuplesToList(types.filter(\.isTuple), unsafe: unsafe) else { return nil }
        let replaced = types.map { $0.isTuple ? list : $0 }
        guard let unified = unify(replaced, unsafe: unsafe), unified.isList else { return nil }
        return unified
    }

    private static func unifyObjectsAsMaps(_ types: [ValueType], unsafe: Bool) -> ValueType? {
        guard let map = unifyObjectsToMap(types.filter(\.isObject), unsafe: unsafe) else { return nil }
        let replaced = types.map { $0.isObject ? map : $0 }
        guard let unified = unify(replaced, unsafe: unsafe), unified.isMap else { return nil }
        return unified
    }
}
