/// Conversions into lists, sets, maps and tuples.
enum CollectionConversions {
    static func toList(from sourceElement: ValueType, to targetElement: ValueType, unsafe: Bool) -> Conversion? {
        guard let elementConversion = elementConversion(sourceElement, targetElement, unsafe: unsafe) else { return nil }
        return Conversion { value, path throws(ConversionError) in
            let elements = try convertElements(value.elements ?? [], elementConversion, path)
            if elements.isEmpty {
                return .list([], elementType: targetElement == .dynamic ? sourceElement : targetElement)
            }
            return .list(elements, elementType: elements[0].type)
        }
    }

    static func toSet(from sourceElement: ValueType, to targetElement: ValueType, unsafe: Bool) -> Conversion? {
        guard let elementConversion = elementConversion(sourceElement, targetElement, unsafe: unsafe) else { return nil }
        return Conversion { value, path throws(ConversionError) in
            let elements = try convertElements(value.elements ?? [], elementConversion, path)
            if elements.isEmpty {
                return .set([], elementType: targetElement == .dynamic ? sourceElement : targetElement)
            }
            return .set(elements, elementType: elements[0].type)
        }
    }

    static func toMap(from sourceElement: ValueType, to targetElement: ValueType, unsafe: Bool) -> Conversion? {
        guard let elementConversion = elementConversion(sourceElement, targetElement, unsafe: unsafe) else { return nil }
        return Conversion { value, path throws(ConversionError) in
            var elements: [String: Value] = [:]
            for (key, element) in value.sortedAttributes ?? [] {
                elements[key] = try elementConversion(element, path + [.index(.string(key))])
            }
            if elements.isEmpty {
                return .map([:], elementType: targetElement == .dynamic ? sourceElement : targetElement)
            }
            return try finishMap(elements, path: path, unsafe: unsafe, targetElement: targetElement)
        }
    }

    static func tupleToList(_ sourceElements: [ValueType], _ targetElement: ValueType, unsafe: Bool) -> Conversion? {
        guard let (elementType, conversions) = tupleElementConversions(sourceElements, targetElement, unsafe: unsafe) else {
            return nil
        }
        if sourceElements.isEmpty { return Conversion { _, _ in .list([], elementType: targetElement) } }
        return Conversion { [conversions] value, path throws(ConversionError) in
            let elements = try convertEach(value.elements ?? [], conversions, path)
            let unified = try unifyElements(elements, path: path, unsafe: unsafe)
            return .list(unified, elementType: unified.first?.type ?? elementType)
        }
    }

    static func tupleToSet(_ sourceElements: [ValueType], _ targetElement: ValueType, unsafe: Bool) -> Conversion? {
        guard let (elementType, conversions) = tupleElementConversions(sourceElements, targetElement, unsafe: unsafe) else {
            return nil
        }
        if sourceElements.isEmpty { return Conversion { _, _ in .set([], elementType: targetElement) } }
        return Conversion { [conversions] value, path throws(ConversionError) in
            let elements = try convertEach(value.elements ?? [], conversions, path)
            return .set(elements, elementType: elements.first?.type ?? elementType)
        }
    }

    static func tupleToTuple(_ sourceElements: [ValueType], _ targetElements: [ValueType], unsafe: Bool) -> Conversion? {
        guard sourceElements.count == targetElements.count else { return nil }
        var conversions: [Conversion] = []
        for (source, target) in zip(sourceElements, targetElements) {
            guard let conversion = Conversion.find(from: source, to: target, unsafe: unsafe) else { return nil }
            conversions.append(conversion)
        }
        return Conversion { [conversions] value, path throws(ConversionError) in
            .tuple(try convertEach(value.elements ?? [], conversions, path))
        }
    }

    static func sequenceToTuple(_ element: ValueType, _ targetElements: [ValueType]) -> Conversion? {
        var conversions: [Conversion] = []
        for target in targetElements {
            guard let conversion = Conversion.find(from: element, to: target, unsafe: true) else { return nil }
            conversions.append(conversion)
        }
        return Conversion { [conversions] value, path throws(ConversionError) in
            let elements = value.elements ?? []
            guard elements.count == targetElements.count else {
                throw ConversionError(path: path, message: "incorrect number of elements: want \(targetElements.count), got \(elements.count)")
            }
            return .tuple(try convertEach(elements, conversions, path))
        }
    }

    /// The element type and per-element conversions that turn a tuple into a collection of
    /// `targetElement`; `dynamic` asks for the tuple's elements to be unified.
    private static func tupleElementConversions(
        _ sourceElements: [ValueType], _ targetElement: ValueType, unsafe: Bool
    ) -> (ValueType, [Conversion?])? {
        if sourceElements.isEmpty { return (targetElement, []) }
        var elementType = targetElement
        if elementType == .dynamic {
            guard let unified = Unification.unify(sourceElements, unsafe: unsafe) else { return nil }
            elementType = unified
        }
        var conversions: [Conversion?] = []
        for source in sourceElements {
            if source == elementType {
                conversions.append(nil)
                continue
            }
            guard let conversion = Conversion.find(from: source, to: elementType, unsafe: unsafe) else { return nil }
            conversions.append(conversion)
        }
        return (elementType, conversions)
    }

    static func elementConversion(_ source: ValueType, _ target: ValueType, unsafe: Bool) -> Conversion? {
        if source == target { return Conversion { value, _ in value } }
        return Conversion.find(from: source, to: target, unsafe: unsafe)
    }

    private static func convertElements(_ elements: [Value], _ conversion: Conversion, _ path: ValuePath) throws(ConversionError) -> [Value] {
        var converted: [Value] = []
        converted.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            converted.append(try conversion(element, path + [.index(.number(index))]))
        }
        return converted
    }

    private static func convertEach(_ elements: [Value], _ conversions: [Conversion?], _ path: ValuePath) throws(ConversionError) -> [Value] {
        var converted: [Value] = []
        for (index, element) in elements.enumerated() {
            if index < conversions.count, let conversion = conversions[index] {
                converted.append(try conversion(element, path + [.index(.number(index))]))
            } else {
                converted.append(element)
            }
        }
        return converted
    }

    /// Brings list elements whose types still differ (because of dynamic parts) to one type.
    static func unifyElements(_ elements: [Value], path: ValuePath, unsafe: Bool) throws(ConversionError) -> [Value] {
        let types = elements.map(\.type)
        guard let first = types.first, !types.allSatisfy({ $0 == first }) else { return elements }
        guard let unified = Unification.unify(types, unsafe: unsafe) else {
            throw ConversionError(path: path, message: "collection elements cannot be unified")
        }
        var result: [Value] = []
        for (index, element) in elements.enumerated() {
            if element.type == unified {
                result.append(element)
            } else if let conversion = Conversion.find(from: element.type, to: unified, unsafe: unsafe) {
                result.append(try conversion(element, path + [.index(.number(index))]))
            } else {
                throw ConversionError(path: path, message: "collection elements cannot be unified")
            }
        }
        return result
    }

    /// Unifies map elements where needed and checks they share one type.
    static func finishMap(_ elements: [String: Value], path: ValuePath, unsafe: Bool, targetElement: ValueType) throws(ConversionError) -> Value {
        let keys = elements.keys.sorted()
        var values = keys.compactMap { elements[$0] }
        if targetElement.isCollection || targetElement.isObject || targetElement == .dynamic {
            values = try unifyElements(values, path: path, unsafe: unsafe)
        }
        guard let elementType = values.first?.type else { return .map([:], elementType: targetElement) }
        if let mismatch = values.firstIndex(where: { $0.type != elementType }) {
            throw ConversionError(path: path + [.index(.string(keys[mismatch]))], message: "\(elementType.friendlyName) is required")
        }
        return .map(Dictionary(uniqueKeysWithValues: zip(keys, values)), elementType: elementType)
    }
}
