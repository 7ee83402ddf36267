import Config
import Lang
import ProviderKit
import Values

/// `lifecycle { ignore_changes }`: the listed arguments keep the values the object has, so
/// changing them in the configuration plans nothing.
enum IgnoredChanges {
    static func apply(_ lifecycle: ManagedLifecycle, config: Value, prior: Value, schema: BlockSchema) -> Value {
        var paths: [ValuePath] = lifecycle.ignoreChanges.map { traversal in
            [PathStep.attribute(traversal.root)] + traversal.steps.map { step in
                switch step {
                case .attribute(let name, _): PathStep.attribute(name)
                case .index(let key, _): PathStep.index(key)
                }
            }
        }
        if lifecycle.ignoresAllChanges {
            paths = schema.attributes.filter { $0.value.optional || $0.value.required }.keys.sorted().map { [.attribute($0)] }
        }
        var result = config
        for path in paths {
            guard let kept = prior.value(at: path) else { continue }
            result = result.replacing(at: path[...], with: kept)
        }
        return result
    }
}

extension Value {
    /// The value with the part at `path` replaced; unchanged when the path leads nowhere.
    func replacing(at path: ArraySlice<PathStep>, with replacement: Value) -> Value {
        guard let step = path.first else { return replacement }
        let rest = path.dropFirst()
        let (plain, marks) = unmarked()
        switch step {
        case .attribute(let name):
            guard plain.type.isObject, var attributes = plain.attributes, let inner = attributes[name] else { return self }
            attributes[name] = inner.replacing(at: rest, with: replacement)
            return Value.object(attributes).marked(marks)
        case .index(let key):
            if plain.type.isMap, let name = key.stringValue, var elements = plain.attributes, let inner = elements[name] {
                elements[name] = inner.replacing(at: rest, with: replacement)
                guard let elementType = plain.type.elementType else { return self }
                return Value.map(elements, elementType: elementType).marked(marks)
            }
            if plain.type.isList, let index = key.numberValue?.intValue, var elements = plain.elements, elements.indices.contains(index) {
                elements[index] = elements[index].replacing(at: rest, with: replacement)
                guard let elementType = plain.type.elementType else { return self }
                return Value.list(elements, elementType: elementType).marked(marks)
            }
            return self
        }
    }
}
