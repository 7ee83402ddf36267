import Engine
import Values

/// Works out the diff between two values as Terraform's plan renderer does: sensitive values
/// first, then unknown ones, then by the kind of value on each side.
///
/// A side that is nil is absent (the object is created or destroyed, or the attribute or element
/// does not exist on that side); a null `Value` is an explicit null.
struct ValueDiffer: Sendable {
    /// Paths whose change forces the resource to be replaced.
    var replacePaths: [ValuePath] = []
    /// Render as Terraform renders values without a schema (outputs): maps print like objects
    /// and sets like lists.
    var schemaless = false

    private enum Kind: Equatable {
        case null, string, number, bool, object, map, array, set
    }

    func diff(_ before: Value?, _ after: Value?, at path: ValuePath = []) -> ValueDiff {
        let replace = !schemaless && replacePaths.contains(path)
        let beforeSensitive = before?.isSensitive ?? false
        let afterSensitive = after?.isSensitive ?? false
        if beforeSensitive || afterSensitive {
            let inner = diff(before?.unmarked().0, after?.unmarked().0, at: path)
            var action = inner.action
            if action == .noOp && beforeSensitive != afterSensitive && !(before == nil && after == nil) {
                action = .update
            }
            return ValueDiff(
                .sensitive(inner, beforeSensitive: beforeSensitive, afterSensitive: afterSensitive),
                action: action, replace: replace)
        }
        if let after, !after.isKnown {
            guard let before, !before.isNull else {
                return ValueDiff(.unknown(before: nil), action: .create, replace: replace)
            }
            return ValueDiff(.unknown(before: diff(before, nil, at: path)), action: .update, replace: replace)
        }
        let beforeKind = kind(of: before)
        let afterKind = kind(of: after)
        guard beforeKind == afterKind || before == nil || after == nil else {
            return ValueDiff(
                .typeChange(before: diff(before, nil, at: path), after: diff(nil, after, at: path)),
                action: .update, replace: replace)
        }
        var result: ValueDiff
        switch beforeKind == .null ? afterKind : beforeKind {
        case .null, .string, .number, .bool:
            result = primitive(before, after)
        case .object:
            result = attributes(before, after, at: path, shape: ValueDiff.Shape.object)
        case .map:
            result = attributes(before, after, at: path, shape: ValueDiff.Shape.map)
        case .array:
            result = list(before, after, at: path)
        case .set:
            result = set(before, after, at: path)
        }
        result.replace = replace
        return result
    }

    /// The top-level attributes of a resource: absent and null are the same, and attributes null
    /// on both sides are left out. Attributes named in `dynamic` are diffed without a schema.
    func block(_ before: Value?, _ after: Value?, dynamic: Set<String> = []) -> ValueDiff {
        let beforeAttributes = before?.attributes ?? [:]
        let afterAttributes = after?.attributes ?? [:]
        var children: [String: ValueDiff] = [:]
        var action = iterationAction(before, after)
        for name in Set(beforeAttributes.keys).union(afterAttributes.keys) {
            let old = beforeAttributes[name].flatMap(Self.present)
            let new = afterAttributes[name].flatMap(Self.present)
            let differ = dynamic.contains(name) ? ValueDiffer(schemaless: true) : self
            let child = differ.diff(old, new, at: [.attribute(name)])
            if child.action == .noOp && old == nil && new == nil { continue }
            children[name] = child
            action = ValueDiff.combine(action, child.action)
        }
        return ValueDiff(.block(children), action: action, replace: replacePaths.contains([]))
    }

    /// A block attribute that is null counts as absent.
    private static func present(_ value: Value) -> Value? {
        value.isKnown && value.isNull ? nil : value
    }

    private func kind(of value: Value?) -> Kind {
        guard let value, !value.isNull else { return .null }
        switch value.type {
        case .string: return .string
        case .number: return .number
        case .bool: return .bool
        case .object: return .object
        case .map: return schemaless ? .object : .map
        case .list, .tuple: return .array
        case .set: return schemaless ? .array : .set
        case .dynamic: return .null
        }
    }

    private func iterationAction(_ before: Value?, _ after: Value?) -> ChangeAction {
        let hasBefore = before.map { !$0.isNull } ?? false
        let hasAfter = after.map { !$0.isNull } ?? false
        switch (hasBefore, hasAfter) {
        case (false, true): return .create
        case (true, false): return .delete
        default: return .noOp
        }
    }

    private func primitive(_ before: Value?, _ after: Value?) -> ValueDiff {
        let action: ChangeAction
        switch (before, after) {
        case (nil, .some): action = .create
        case (.some, nil): action = .delete
        default: action = before == after ? .noOp : .update
        }
        return ValueDiff(.primitive(before: before, after: after), action: action)
    }

    private func attributes(
        _ before: Value?, _ after: Value?, at path: ValuePath, shape: ([String: ValueDiff]) -> ValueDiff.Shape
    ) -> ValueDiff {
        let beforeAttributes = before?.attributes ?? [:]
        let afterAttributes = after?.attributes ?? [:]
        let isObject = (before ?? after)?.type.isObject ?? true
        var children: [String: ValueDiff] = [:]
        var action = iterationAction(before, after)
        for key in Set(beforeAttributes.keys).union(afterAttributes.keys) {
            let step: PathStep = isObject ? .attribute(key) : .index(.string(key))
            let child = diff(beforeAttributes[key], afterAttributes[key], at: path + [step])
            children[key] = child
            action = ValueDiff.combine(action, child.action)
        }
        return ValueDiff(shape(children), action: action)
    }

    private func list(_ before: Value?, _ after: Value?, at path: ValuePath) -> ValueDiff {
        let beforeElements = before?.elements ?? []
        let afterElements = after?.elements ?? []
        var elements: [ValueDiff] = []
        var action = iterationAction(before, after)
        let pairs = ListAlignment.pairs(beforeElements, afterElements) { $0.type.isObject || $0.type.isMap }
        for (old, new) in pairs {
            let index = new ?? old ?? 0
            let element = diff(old.map { beforeElements[$0] }, new.map { afterElements[$0] }, at: path + [.index(.number(index))])
            elements.append(element)
            action = ValueDiff.combine(action, element.action)
        }
        return ValueDiff(.list(elements), action: action)
    }

    private func set(_ before: Value?, _ after: Value?, at path: ValuePath) -> ValueDiff {
        let beforeElements = before?.elements ?? []
        let afterElements = after?.elements ?? []
        var matchedAfter = Set<Int>()
        var elements: [ValueDiff] = []
        var action = iterationAction(before, after)
        for old in beforeElements {
            let match = afterElements.indices.first { !matchedAfter.contains($0) && afterElements[$0] == old && old.isWhollyKnown }
            if let match { matchedAfter.insert(match) }
            elements.append(diff(old, match.map { afterElements[$0] }, at: path))
        }
        for (index, new) in afterElements.enumerated() where !matchedAfter.contains(index) {
            elements.append(diff(nil, new, at: path))
        }
        for element in elements { action = ValueDiff.combine(action, element.action) }
        return ValueDiff(.set(elements), action: action)
    }
}
