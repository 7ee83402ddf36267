/// Reading and marking values along paths: how the state records sensitive attributes and how
/// providers name the attributes that force replacement.
extension Value {
    /// The value `path` leads to, or nil when a step does not exist. A path never goes into a
    /// set: set elements have no key of their own.
    public func value(at path: ValuePath) -> Value? {
        var current = self
        for step in path {
            switch step {
            case .attribute(let name):
                guard let next = current.attributes?[name] else { return nil }
                current = next
            case .index(let key):
                guard let next = current.element(at: key) else { return nil }
                current = next
            }
        }
        return current
    }

    /// The paths of every value inside (or this one) that carries `mark`, attributes in sorted
    /// order. A marked set counts as a whole; the paths do not go inside sets.
    public func paths(markedWith mark: Mark) -> [ValuePath] {
        var found: [ValuePath] = []
        collectPaths(markedWith: mark, at: [], into: &found)
        return found
    }

    /// The value with `mark` added at each of `paths`; paths that lead nowhere are ignored.
    public func marking(paths: [ValuePath], with mark: Mark) -> Value {
        paths.reduce(self) { value, path in value.marking(path: path[...], with: mark) }
    }

    private func element(at key: Value) -> Value? {
        switch content {
        case .attributes(let attributes):
            guard let name = key.stringValue else { return nil }
            return attributes[name]
        case .elements(let elements) where !type.isSet:
            guard let index = key.numberValue?.intValue, elements.indices.contains(index) else { return nil }
            return elements[index]
        default:
            return nil
        }
    }

    private func collectPaths(markedWith mark: Mark, at path: ValuePath, into found: inout [ValuePath]) {
        if marks.contains(mark) { found.append(path) }
        switch content {
        case .elements(let elements) where !type.isSet:
            for (index, element) in elements.enumerated() {
                element.collectPaths(markedWith: mark, at: path + [.index(.number(index))], into: &found)
            }
        case .attributes(let attributes):
            let isObject = type.isObject
            for (key, element) in attributes.sorted(by: { $0.key < $1.key }) {
                element.collectPaths(markedWith: mark, at: path + [isObject ? .attribute(key) : .index(.string(key))], into: &found)
            }
        default:
            break
        }
    }

    private func marking(path: ArraySlice<PathStep>, with mark: Mark) -> Value {
        guard let step = path.first else { return marked(mark) }
        let rest = path.dropFirst()
        switch (step, content) {
        case (.attribute(let name), .attributes(var attributes)):
            guard let inner = attributes[name] else { return self }
            attributes[name] = inner.marking(path: rest, with: mark)
            return Value(type: type, content: .attributes(attributes), marks: marks)
        case (.index(let key), .attributes(var attributes)):
            guard let name = key.stringValue, let inner = attributes[name] else { return self }
            attributes[name] = inner.marking(path: rest, with: mark)
            return Value(type: type, content: .attributes(attributes), marks: marks)
        case (.index(let key), .elements(var elements)) where !type.isSet:
            guard let index = key.numberValue?.intValue, elements.indices.contains(index) else { return self }
            elements[index] = elements[index].marking(path: rest, with: mark)
            return Value(type: type, content: .elements(elements), marks: marks)
        default:
            return self
        }
    }
}

/// The text of a path as Terraform writes it in messages: `rule[0].port`, `tags["a"]`.
public func pathText(_ path: ValuePath) -> String {
    var text = ""
    for step in path {
        switch step {
        case .attribute(let name): text += text.isEmpty ? name : ".\(name)"
        case .index(let key):
            if let name = key.stringValue { text += "[\(goQuoted(name))]" } else if let number = key.numberValue { text += "[\(number)]" }
        }
    }
    return text
}
