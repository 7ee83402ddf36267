import Values

extension Value {
    /// The attribute `name` of a known object, or nil when the value is not one or lacks it.
    public subscript(attribute name: String) -> Value? {
        type.isObject ? attributes?[name] : nil
    }

    /// The object with its attribute `name` set to `value`; any other value is returned as it is.
    public func settingAttribute(_ name: String, to value: Value) -> Value {
        guard type.isObject, var members = attributes else { return self }
        members[name] = value
        return .object(members)
    }

    /// The attribute `name` of an object that may be null or unknown: null or unknown of `type`
    /// when the object is, or when it lacks the attribute.
    func member(_ name: String, type memberType: ValueType) -> Value {
        if !isKnown { return .unknown(memberType) }
        return self[attribute: name] ?? .null(memberType)
    }
}
