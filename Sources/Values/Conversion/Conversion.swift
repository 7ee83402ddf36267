/// A planned conversion from values of one type to another; it may still fail for some values
/// (the string "abc" cannot become a number).
struct Conversion: Sendable {
    let convert: @Sendable (Value, ValuePath) throws(ConversionError) -> Value

    func callAsFunction(_ value: Value, _ path: ValuePath) throws(ConversionError) -> Value {
        try convert(value, path)
    }
}

extension Conversion {
    /// The conversion from `source` to `target`, or nil when no value of `source` could convert.
    /// A safe conversion never fails for a value (number→string); an unsafe one may
    /// (string→number), which is what Terraform uses for arguments and variables.
    static func find(from source: ValueType, to target: ValueType, unsafe: Bool) -> Conversion? {
        guard let known = findForKnown(from: source, to: target, unsafe: unsafe) else { return nil }
        if target == .dynamic { return Conversion { value, _ in value } }
        let plainTarget = target.withoutOptionalMarkers
        return Conversion { value, path throws(ConversionError) in
            let (plain, marks) = value.unmarked()
            if !plain.isKnown { return Value.unknown(plain.type.filling(plainTarget)).marked(marks) }
            if plain.isNull { return Value.null(plain.type.filling(plainTarget)).marked(marks) }
            return try known(plain, path).marked(marks)
        }
    }

    private static func findForKnown(from source: ValueType, to target: ValueType, unsafe: Bool) -> Conversion? {
        if source == target { return Conversion { value, _ in value } }
        switch (source, target) {
        case (_, .dynamic):
            return Conversion { value, _ in value }
        case (.dynamic, _) where unsafe:
            return Conversion { value, path throws(ConversionError) in
                guard let conversion = find(from: value.type, to: target, unsafe: true) else {
                    throw ConversionError(path: path, message: mismatchMessage(got: value.type, want: target))
                }
                return try conversion(value, path)
            }
        case (.object, .object):
            return ObjectConversions.objectToObject(from: source, to: target, unsafe: unsafe)
        case _ where source.isPrimitive && target.isPrimitive:
            return PrimitiveConversions.find(from: source, to: target, unsafe: unsafe)
        case (.list(let sourceElement), .list(let targetElement)),
             (.set(let sourceElement), .list(let targetElement)):
            return CollectionConversions.toList(from: sourceElement, to: targetElement, unsafe: unsafe)
        case (.list(let sourceElement), .set(let targetElement)),
             (.set(let sourceElement), .set(let targetElement)):
            return CollectionConversions.toSet(from: sourceElement, to: targetElement, unsafe: unsafe)
        case (.map(let sourceElement), .map(let targetElement)):
            return CollectionConversions.toMap(from: sourceElement, to: targetElement, unsafe: unsafe)
        case (.tuple(let elements), .list(let targetElement)):
            return CollectionConversions.tupleToList(elements, targetElement, unsafe: unsafe)
        case (.tuple(let elements), .set(let targetElement)):
            return CollectionConversions.tupleToSet(elements, targetElement, unsafe: unsafe)
        case (.object(let attributes, _), .map(let targetElement)):
            return ObjectConversions.objectToMap(attributes, targetElement, unsafe: unsafe)
        case (.map(let element), .object) where unsafe:
            return ObjectConversions.mapToObject(element, target, unsafe: unsafe)
        case (.tuple(let sourceElements), .tuple(let targetElements)):
            return CollectionConversions.tupleToTuple(sourceElements, targetElements, unsafe: unsafe)
        case (.list(let element), .tuple(let targetElements)) where unsafe:
            return CollectionConversions.sequenceToTuple(element, targetElements)
        default:
            return nil
        }
    }
}

extension Value {
    /// The value converted to `type` as Terraform converts arguments and variables (unsafe
    /// conversions allowed, so they can fail for some values).
    public func converted(to type: ValueType) throws(ConversionError) -> Value {
        if self.type == type { return self }
        guard let conversion = Conversion.find(from: self.type, to: type, unsafe: true) else {
            throw ConversionError(message: mismatchMessage(got: self.type, want: type))
        }
        return try conversion(self, [])
    }
}

extension ValueType {
    /// Whether a value of this type can convert to `target`; `safely` asks for conversions that
    /// never fail.
    public func canConvert(to target: ValueType, safely: Bool = false) -> Bool {
        self == target || Conversion.find(from: self, to: target, unsafe: !safely) != nil
    }
}

extension ValueType {
    /// `target` with its `dynamic` parts replaced by the corresponding parts of this type, so
    /// that an unknown or null keeps what is known of its type when converted.
    func filling(_ target: ValueType) -> ValueType {
        switch (self, target) {
        case (_, .dynamic): return self
        case (.list(let element), .list(let wanted)): return .list(element.filling(wanted))
        case (.set(let element), .set(let wanted)): return .set(element.filling(wanted))
        case (.map(let element), .map(let wanted)): return .map(element.filling(wanted))
        case (.tuple(let elements), .tuple(let wanted)) where elements.count == wanted.count:
            return .tuple(zip(elements, wanted).map { $0.filling($1) })
        case (.object(let attributes, _), .object(let wanted, let optional)):
            var filled = wanted
            for (name, type) in wanted {
                if let source = attributes[name] { filled[name] = source.filling(type) }
            }
            return .object(filled, optional: optional)
        default:
            return target
        }
    }
}
