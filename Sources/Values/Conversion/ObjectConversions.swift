/// Conversions into and out of object types.
enum ObjectConversions {
    /// Object to object: attributes the target lacks are dropped; attributes it marks optional
    /// and the source lacks become null.
    static func objectToObject(from source: ValueType, to target: ValueType, unsafe: Bool) -> Conversion? {
        guard let sourceAttributes = source.attributeTypes, let targetAttributes = target.attributeTypes else {
            return nil
        }
        let optional = target.optionalAttributes
        var conversions: [String: Conversion?] = [:]
        for (name, targetType) in targetAttributes {
            guard let sourceType = sourceAttributes[name] else {
                if optional.contains(name) { continue }
                return nil
            }
            if sourceType == targetType {
                conversions[name] = .some(nil)
                continue
            }
            guard let conversion = Conversion.find(from: sourceType, to: targetType, unsafe: unsafe) else { return nil }
            conversions[name] = conversion
        }
        return Conversion { [conversions] value, path throws(ConversionError) in
            var result: [String: Value] = [:]
            for (name, attribute) in value.sortedAttributes ?? [] {
                guard let entry = conversions[name] else { continue }
                var converted = attribute
                if let conversion = entry {
                    converted = try conversion(attribute, path + [.attribute(name)])
                }
                if converted.isNull {
                    converted = Value.null(converted.type.withoutOptionalMarkers).marked(converted.marks)
                }
                result[name] = converted
            }
            for name in optional where result[name] == nil {
                result[name] = .null((targetAttributes[name] ?? .dynamic).withoutOptionalMarkers)
            }
            return .object(result)
        }
    }

    static func objectToMap(_ attributes: [String: ValueType], _ targetElement: ValueType, unsafe: Bool) -> Conversion? {
        if attributes.isEmpty { return Conversion { _, _ in .map([:], elementType: targetElement) } }
        var elementType = targetElement
        if elementType == .dynamic {
            guard let unified = Unification.unify(attributes.keys.sorted().compactMap { attributes[$0] }, unsafe: unsafe) else {
                return nil
            }
            elementType = unified
        }
        var conversions: [String: Conversion] = [:]
        for (name, type) in attributes where type != elementType {
            guard let conversion = Conversion.find(from: type, to: elementType, unsafe: unsafe) else { return nil }
            conversions[name] = conversion
        }
        return Conversion { [conversions, elementType] value, path throws(ConversionError) in
            var elements: [String: Value] = [:]
            for (name, attribute) in value.sortedAttributes ?? [] {
                if let conversion = conversions[name] {
                    elements[name] = try conversion(attribute, path + [.index(.string(name))])
                } else {
                    elements[name] = attribute
                }
            }
            return try CollectionConversions.finishMap(elements, path: path, unsafe: unsafe, targetElement: elementType)
        }
    }

    static func mapToObject(_ element: ValueType, _ target: ValueType, unsafe: Bool) -> Conversion? {
        guard let targetAttributes = target.attributeTypes else { return nil }
        let optional = target.optionalAttributes
        var conversions: [String: Conversion] = [:]
        for (name, type) in targetAttributes where type != element {
            guard let conversion = Conversion.find(from: element, to: type, unsafe: unsafe) else { return nil }
            conversions[name] = conversion
        }
        return Conversion { [conversions] value, path throws(ConversionError) in
            var result: [String: Value] = [:]
            for (name, entry) in value.sortedAttributes ?? [] where targetAttributes[name] != nil {
                result[name] = try conversions[name].map { conversion throws(ConversionError) in
                    try conversion(entry, path + [.index(.string(name))])
                } ?? entry
            }
            for name in targetAttributes.keys.sorted() where result[name] == nil {
                guard optional.contains(name) else {
                    throw ConversionError(path: path, message: "map has no element for required attribute \(goQuoted(name))")
                }
                result[name] = .null((targetAttributes[name] ?? .dynamic).withoutOptionalMarkers)
            }
            return .object(result)
        }
    }
}
