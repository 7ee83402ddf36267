/// Conversions among string, number and bool.
enum PrimitiveConversions {
    static func find(from source: ValueType, to target: ValueType, unsafe: Bool) -> Conversion? {
        switch (source, target) {
        case (.number, .string):
            return Conversion { value, _ in .string(value.numberValue?.description ?? "") }
        case (.bool, .string):
            return Conversion { value, _ in .string(value.boolValue == true ? "true" : "false") }
        case (.string, .number) where unsafe:
            return Conversion { value, path throws(ConversionError) in
                guard let number = Number(parsing: value.stringValue ?? "") else {
                    throw ConversionError(path: path, message: "a number is required")
                }
                return .number(number)
            }
        case (.string, .bool) where unsafe:
            return Conversion { value, path throws(ConversionError) in
                switch value.stringValue ?? "" {
                case "true", "1": return .true
                case "false", "0": return .false
                case let text where text.lowercased() == "true":
                    throw ConversionError(path: path, message: "a bool is required; to convert from string, use lowercase \"true\"")
                case let text where text.lowercased() == "false":
                    throw ConversionError(path: path, message: "a bool is required; to convert from string, use lowercase \"false\"")
                default:
                    throw ConversionError(path: path, message: "a bool is required")
                }
            }
        default:
            return nil
        }
    }
}
