/// Terraform's sentence for why a value of type `got` cannot become `want`, such as
/// "list of string required" or `attribute "name" is required`.
public func mismatchMessage(got: ValueType, want: ValueType) -> String {
    switch (got, want) {
    case (.object, .object):
        return objectMismatch(got: got, want: want)
    case (.tuple, .list(.dynamic)):
        return "all list elements must have the same type"
    case (.tuple, .set(.dynamic)):
        return "all set elements must have the same type"
    case (.object, .map(.dynamic)):
        return "all map elements must have the same type"
    case (.tuple, _) where want.isCollection, (.object, _) where want.isCollection:
        return structuralToCollectionMismatch(got: got, want: want)
    case _ where got.isCollection && want.isCollection:
        return collectionMismatch(got: got, want: want)
    default:
        return requiredButHave(got, want)
    }
}

private func objectMismatch(got: ValueType, want: ValueType) -> String {
    let gotAttributes = got.attributeTypes ?? [:]
    let wantAttributes = want.attributeTypes ?? [:]
    var missing: [String] = []
    var unsafeMismatch: String?
    var safeMismatch: String?
    for name in wantAttributes.keys.sorted() {
        guard let wantType = wantAttributes[name] else { continue }
        guard let gotType = gotAttributes[name] else {
            if !want.optionalAttributes.contains(name) { missing.append(name) }
            continue
        }
        if unsafeMismatch == nil, !gotType.canConvert(to: wantType) {
            unsafeMismatch = "attribute \(goQuoted(name)): \(mismatchMessage(got: gotType, want: wantType))"
        }
        if safeMismatch == nil, !gotType.canConvert(to: wantType, safely: true) {
            safeMismatch = "attribute \(goQuoted(name)): \(mismatchMessage(got: gotType, want: wantType))"
        }
    }
    switch missing.count {
    case 1: return "attribute \(goQuoted(missing[0])) is required"
    case 2: return "attributes \(goQuoted(missing[0])) and \(goQuoted(missing[1])) are required"
    case 3...:
        let leading = missing.dropLast().map { goQuoted($0) + ", " }.joined()
        return "attributes \(leading)and \(goQuoted(missing[missing.count - 1])) are required"
    default:
        return unsafeMismatch ?? safeMismatch ?? "incorrect object attributes"
    }
}

private func structuralToCollectionMismatch(got: ValueType, want: ValueType) -> String {
    guard let wantElement = want.elementType else { return required(want) }
    switch (got, want) {
    case (.tuple(let elements), .list), (.tuple(let elements), .set):
        for (index, element) in elements.enumerated() where element != wantElement && !element.canConvert(to: wantElement) {
            return "element \(index): \(mismatchMessage(got: element, want: wantElement))"
        }
        return "all elements must be \(wantElement.friendlyNameForConstraint)"
    case (.object(let attributes, _), .map):
        for name in attributes.keys.sorted() {
            guard let type = attributes[name], type != wantElement, !type.canConvert(to: wantElement) else { continue }
            return "element \(goQuoted(name)): \(mismatchMessage(got: type, want: wantElement))"
        }
        return "all elements must be \(wantElement.friendlyNameForConstraint)"
    default:
        return required(want)
    }
}

private func collectionMismatch(got: ValueType, want: ValueType) -> String {
    switch want {
    case .list where !(got.isList || got.isSet), .set where !(got.isList || got.isSet), .map where !got.isMap:
        return required(want)
    default:
        break
    }
    let noun = want.isList ? "list element type" : want.isSet ? "set element type" : "map element type"
    return "incorrect \(noun): \(mismatchMessage(got: got.elementType ?? .dynamic, want: want.elementType ?? .dynamic))"
}

private func requiredButHave(_ got: ValueType, _ want: ValueType) -> String {
    if got.friendlyName == want.friendlyName { return "\(want.friendlyName) required" }
    return "\(want.friendlyName) required, but have \(got.friendlyName)"
}

private func required(_ want: ValueType) -> String {
    want.friendlyNameForConstraint + " required"
}
