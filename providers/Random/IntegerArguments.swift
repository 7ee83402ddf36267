import Foundation
import ProviderKit
import Values

/// Number arguments the provider reads as 64-bit integers, with the framework's checks.
enum IntegerArguments {
    /// The integer `value` holds when it is known, not null and a 64-bit integer.
    static func int64(_ value: Value?) -> Int64? {
        value?.numberValue?.int64Value
    }

    /// The error for each of `names` whose configured value is no 64-bit integer.
    static func typeErrors(_ names: [String], in config: Value) -> [ProviderDiagnostic] {
        names.sorted().compactMap { name in
            guard let number = config[attribute: name]?.numberValue else { return nil }
            let text = String(format: "%.10g", number.doubleValue)
            if !number.isInteger {
                return .error("Int64 Type Validation Error", "Value \(text) is not an integer.", at: [.attribute(name)])
            }
            if number.int64Value == nil {
                return .error("Int64 Type Validation Error", "Value \(text) cannot be represented as a 64-bit integer.", at: [.attribute(name)])
            }
            return nil
        }
    }

    /// The error when `name` is configured below `minimum`.
    static func atLeast(_ minimum: Int64, _ name: String, in config: Value) -> ProviderDiagnostic? {
        guard let value = int64(config[attribute: name]), value < minimum else { return nil }
        return .error("Invalid Attribute Value", "Attribute \(name) value must be at least \(minimum), got: \(value)", at: [.attribute(name)])
    }
}
