/// Go's `strings.ToUpper`, `strings.ToLower` and `strings.Title`: one scalar becomes one scalar
/// (Unicode's simple case mappings), so `ß` stays `ß` and nothing depends on context.
enum GoCaseMapping {
    static func uppercased(_ text: String) -> String {
        mapScalars(text, upper)
    }

    static func lowercased(_ text: String) -> String {
        mapScalars(text, lower)
    }

    /// Each scalar that follows a word separator in its title case, as Go's deprecated
    /// `strings.Title` does.
    static func titled(_ text: String) -> String {
        var previous: Unicode.Scalar = " "
        return mapScalars(text) { scalar in
            defer { previous = scalar }
            return isSeparator(previous) ? title(scalar) : scalar
        }
    }

    static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        goMapping(scalar, singleScalar(scalar.properties.uppercaseMapping) ?? iotaSubscriptCapital(scalar))
    }

    static func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        goMapping(scalar, scalar == "\u{130}" ? "i" : singleScalar(scalar.properties.lowercaseMapping))
    }

    static func title(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        goMapping(scalar, singleScalar(scalar.properties.titlecaseMapping) ?? iotaSubscriptCapital(scalar))
    }

    /// The mapping as Go's tables (Unicode 15.0) have it: case pairs that later Unicode versions
    /// introduced do not exist there.
    private static func goMapping(_ scalar: Unicode.Scalar, _ mapped: Unicode.Scalar?) -> Unicode.Scalar {
        guard let mapped, mapped != scalar, isInGoUnicode(scalar), isInGoUnicode(mapped) else { return scalar }
        return mapped
    }

    private static func isInGoUnicode(_ scalar: Unicode.Scalar) -> Bool {
        guard let age = scalar.properties.age else { return false }
        return age.major < 15 || age.major == 15 && age.minor == 0
    }

    /// Go's word separators for `strings.Title`: ASCII other than letters, digits and `_`;
    /// beyond ASCII, only white space.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar {
            case "0"..."9", "a"..."z", "A"..."Z", "_": return false
            default: return true
            }
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber:
            return false
        default:
            return scalar.properties.isWhitespace
        }
    }

    private static func mapScalars(_ text: String, _ transform: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            result.append(transform(scalar))
        }
        return String(result)
    }

    private static func singleScalar(_ mapping: String) -> Unicode.Scalar? {
        let scalars = mapping.unicodeScalars
        guard scalars.count == 1, let first = scalars.first else { return nil }
        return first
    }

    /// Greek small letters with ypogegrammeni, whose full upper case mapping has two scalars but
    /// whose simple mapping is the matching capital with prosgegrammeni.
    private static func iotaSubscriptCapital(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x1F80...0x1F87, 0x1F90...0x1F97, 0x1FA0...0x1FA7:
            return Unicode.Scalar(value + 8)
        case 0x1FB3, 0x1FC3, 0x1FF3:
            return Unicode.Scalar(value + 9)
        default:
            return nil
        }
    }
}
