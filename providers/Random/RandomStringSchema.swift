import ProviderKit
import Values

/// The schema `random_string` and `random_password` share; the password's result is sensitive
/// and comes with a bcrypt hash.
enum RandomStringSchema {
    static let deprecatedNumber = "**NOTE**: This is deprecated, use `numeric` instead."

    static let classes = ["special", "upper", "lower", "number", "numeric"]
    static let minimums = ["min_numeric", "min_upper", "min_lower", "min_special"]

    static func block(sensitive: Bool) -> BlockSchema {
        var attributes: [String: AttributeSchema] = [
            RandomPlanning.keepers: RandomPlanning.keepersAttribute,
            "length": .required(.number, description: "The length of the string desired. The minimum value for length is 1 and, length must also be >= (`min_upper` + `min_lower` + `min_numeric` + `min_special`)."),
            "special": .optionalComputed(.bool, description: "Include special characters in the result. These are `!@#$%&*()-_=+[]{}<>:?`. Default value is `true`."),
            "upper": .optionalComputed(.bool, description: "Include uppercase alphabet characters in the result. Default value is `true`."),
            "lower": .optionalComputed(.bool, description: "Include lowercase alphabet characters in the result. Default value is `true`."),
            "number": AttributeSchema(
                type: .bool, optional: true, computed: true,
                description: "Include numeric characters in the result. Default value is `true`. " + deprecatedNumber, deprecated: true),
            "numeric": .optionalComputed(.bool, description: "Include numeric characters in the result. Default value is `true`."),
            "min_numeric": .optionalComputed(.number, description: "Minimum number of numeric characters in the result. Default value is `0`."),
            "min_upper": .optionalComputed(.number, description: "Minimum number of uppercase alphabet characters in the result. Default value is `0`."),
            "min_lower": .optionalComputed(.number, description: "Minimum number of lowercase alphabet characters in the result. Default value is `0`."),
            "min_special": .optionalComputed(.number, description: "Minimum number of special characters in the result. Default value is `0`."),
            "override_special": .optional(.string, description: "Supply your own list of special characters to use for string generation.  This overrides the default character list in the special argument.  The `special` argument must still be set to true for any overwritten characters to be used in generation."),
            "result": .computed(.string, sensitive: sensitive, description: "The generated random string."),
        ]
        if sensitive {
            attributes["bcrypt_hash"] = .computed(.string, sensitive: true, description: "A bcrypt hash of the generated random string. **NOTE**: If the generated random string is greater than 72 bytes in length, `bcrypt_hash` will contain a hash of the first 72 bytes.")
            attributes["id"] = .computed(.string, description: "A static value used internally by Terraform, this should not be referenced in configurations.")
        } else {
            attributes["id"] = .computed(.string, description: "The generated random string.")
        }
        return BlockSchema(attributes: attributes)
    }

    static let defaults = SchemaDefaults([
        "special": .true, "upper": .true, "lower": .true,
        "min_numeric": .number(0), "min_upper": .number(0), "min_lower": .number(0), "min_special": .number(0),
    ])

    /// The configuration's problems: integers that are not, a length below 1 or below the sum of
    /// the minimums, and the deprecated `number`.
    static func validate(_ config: Value) -> [ProviderDiagnostic] {
        var problems = IntegerArguments.typeErrors(["length"] + minimums, in: config)
        if !problems.contains(where: { $0.attribute == [.attribute("length")] }) {
            problems += [IntegerArguments.atLeast(1, "length", in: config), lengthBelowMinimums(config)].compactMap { $0 }
        }
        return problems + ProviderDiagnostic.deprecatedAttributes(["number": deprecatedNumber], in: config)
    }

    private static func lengthBelowMinimums(_ config: Value) -> ProviderDiagnostic? {
        guard let length = IntegerArguments.int64(config[attribute: "length"]) else { return nil }
        let values = minimums.map { config[attribute: $0] ?? .null(.number) }
        guard values.contains(where: { $0.isKnown }) else { return nil }
        let sum = values.compactMap { IntegerArguments.int64($0) }.reduce(Int64(0), &+)
        guard length < sum else { return nil }
        return .error(
            "Invalid Attribute Value",
            "Attribute length value must be at least sum of min_upper + min_lower + min_numeric + min_special, got: \(length)",
            at: [.attribute("length")])
    }

    /// `number` and `numeric` are one setting under two names: each takes the other's value when
    /// only one is set, and both are true when neither is.
    static func synchronisingNumeric(_ planned: Value, config: Value) throws(ProviderError) -> Value {
        let number = config[attribute: "number"] ?? .null(.bool)
        let numeric = config[attribute: "numeric"] ?? .null(.bool)
        if !number.isNull && !numeric.isNull && (number.boolValue ?? false) != (numeric.boolValue ?? false) {
            throw ProviderError("Number and numeric are both configured with different values", "Number is deprecated, use numeric instead")
        }
        let value: Value
        switch (number.isNull, numeric.isNull) {
        case (true, true): value = .true
        case (true, false): value = numeric
        case (false, true): value = number
        case (false, false): return planned
        }
        return planned.settingAttribute("number", to: value).settingAttribute("numeric", to: value)
    }

    /// Whether a change of `override_special` replaces the object: always, except from an empty
    /// string to null, or to a value not known yet.
    static func overrideSpecialReplaces(prior: Value, planned: Value, config: Value) -> Bool {
        let before = prior[attribute: "override_special"] ?? .null(.string)
        let after = planned[attribute: "override_special"] ?? .null(.string)
        guard before != after else { return false }
        let configured = config[attribute: "override_special"] ?? .null(.string)
        if !configured.isKnown { return false }
        if !configured.isNull || before.isNull { return true }
        return before.stringValue != ""
    }

    /// The recipe a wholly known plan describes.
    static func recipe(_ planned: Value) -> StringRecipe {
        func flag(_ name: String) -> Bool { planned[attribute: name]?.boolValue ?? false }
        func count(_ name: String) -> Int64 { IntegerArguments.int64(planned[attribute: name]) ?? 0 }
        return StringRecipe(
            length: count("length"), upper: flag("upper"), minUpper: count("min_upper"), lower: flag("lower"),
            minLower: count("min_lower"), numeric: flag("numeric"), minNumeric: count("min_numeric"), special: flag("special"),
            minSpecial: count("min_special"), overrideSpecial: planned[attribute: "override_special"]?.stringValue ?? "")
    }

    /// The arguments an imported or upgraded object has when its state does not say: the
    /// defaults, and a length that fits the result.
    static func fillingUnset(_ state: Value) -> Value {
        var result = state
        for name in ["special", "upper", "lower", "number"] where result[attribute: name]?.isNull ?? true {
            result = result.settingAttribute(name, to: .true)
        }
        for name in minimums where result[attribute: name]?.isNull ?? true {
            result = result.settingAttribute(name, to: .number(0))
        }
        if result[attribute: "length"]?.isNull ?? true {
            let length = result[attribute: "result"]?.stringValue?.utf8.count ?? 0
            result = result.settingAttribute("length", to: .number(length))
        }
        return result
    }
}
