/// The classes `\p{…}` names: general categories (with their long aliases), scripts, and Go's
/// special names `Any`, `Assigned` and `ASCII`.
enum UnicodeClasses {
    /// The code points `name` stands for, or nil when Go knows no such class.
    static func set(named name: String) -> RuneSet? {
        let canonical = canonicalName(name)
        switch canonical {
        case "Any": return .all
        case "Assigned": return categories["Cn"]?.inverted
        case "Ascii": return RuneSet([0...0x7F])
        case "Lc": return categories["LC"]
        default: break
        }
        if let script = UnicodeScripts.ranges[canonical] { return RuneSet(hexRanges: script) }
        if let category = categories[canonical] { return category }
        if let category = categoryAliases[canonical] { return categories[category] }
        return nil
    }

    /// Go's lookup key: separators (`_`, `-`, space) dropped, the first letter upper case and
    /// the others lower case (ASCII only).
    static func canonicalName(_ name: String) -> String {
        var result = ""
        for character in name.unicodeScalars where !"_- ".unicodeScalars.contains(character) {
            let ascii = character.value
            if result.isEmpty, (0x61...0x7A).contains(ascii) {
                result.unicodeScalars.append(Unicode.Scalar(ascii - 0x20) ?? character)
            } else if !result.isEmpty, (0x41...0x5A).contains(ascii) {
                result.unicodeScalars.append(Unicode.Scalar(ascii + 0x20) ?? character)
            } else {
                result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Long names of general categories, in canonical form, to their abbreviations.
    private static let categoryAliases: [String: String] = [
        "Other": "C", "Control": "Cc", "Cntrl": "Cc", "Format": "Cf", "Unassigned": "Cn",
        "Privateuse": "Co", "Surrogate": "Cs", "Letter": "L", "Casedletter": "LC",
        "Lowercaseletter": "Ll", "Modifierletter": "Lm", "Otherletter": "Lo", "Titlecaseletter": "Lt",
        "Uppercaseletter": "Lu", "Mark": "M", "Combiningmark": "M", "Spacingmark": "Mc",
        "Enclosingmark": "Me", "Nonspacingmark": "Mn", "Number": "N", "Decimalnumber": "Nd",
        "Digit": "Nd", "Letternumber": "Nl", "Othernumber": "No", "Punctuation": "P", "Punct": "P",
        "Connectorpunctuation": "Pc", "Dashpunctuation": "Pd", "Closepunctuation": "Pe",
        "Finalpunctuation": "Pf", "Initialpunctuation": "Pi", "Otherpunctuation": "Po",
        "Openpunctuation": "Ps", "Symbol": "S", "Currencysymbol": "Sc", "Modifiersymbol": "Sk",
        "Mathsymbol": "Sm", "Othersymbol": "So", "Separator": "Z", "Lineseparator": "Zl",
        "Paragraphseparator": "Zp", "Spaceseparator": "Zs",
    ]

    /// Every general category by its abbreviation, with the one-letter groups (`C` includes the
    /// unassigned `Cn`, as in Go) and `LC`, built from the Swift runtime's Unicode data.
    private static let categories: [String: RuneSet] = {
        var ranges = Array(repeating: [ClosedRange<UInt32>](), count: abbreviations.count)
        var runStart: UInt32 = 0
        var runCategory = categoryIndex(at: 0)
        for value in UInt32(1)...RuneSet.maxRune {
            let category = categoryIndex(at: value)
            if category != runCategory {
                ranges[runCategory].append(runStart...(value - 1))
                runStart = value
                runCategory = category
            }
        }
        ranges[runCategory].append(runStart...RuneSet.maxRune)
        var sets: [String: RuneSet] = [:]
        for (index, name) in abbreviations.enumerated() {
            sets[name] = RuneSet(ranges[index])
            sets[String(name.prefix(1)), default: RuneSet()].formUnion(RuneSet(ranges[index]))
        }
        var casedLetters = RuneSet()
        for category in ["Lu", "Ll", "Lt"] { casedLetters.formUnion(sets[category] ?? RuneSet()) }
        sets["LC"] = casedLetters
        return sets
    }()

    private static let abbreviations = [
        "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf",
        "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn",
    ]

    /// The position in `abbreviations` of the category of `value`.
    private static func categoryIndex(at value: UInt32) -> Int {
        guard let scalar = Unicode.Scalar(value) else { return 27 }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter: return 0
        case .lowercaseLetter: return 1
        case .titlecaseLetter: return 2
        case .modifierLetter: return 3
        case .otherLetter: return 4
        case .nonspacingMark: return 5
        case .spacingMark: return 6
        case .enclosingMark: return 7
        case .decimalNumber: return 8
        case .letterNumber: return 9
        case .otherNumber: return 10
        case .connectorPunctuation: return 11
        case .dashPunctuation: return 12
        case .openPunctuation: return 13
        case .closePunctuation: return 14
        case .initialPunctuation: return 15
        case .finalPunctuation: return 16
        case .otherPunctuation: return 17
        case .mathSymbol: return 18
        case .currencySymbol: return 19
        case .modifierSymbol: return 20
        case .otherSymbol: return 21
        case .spaceSeparator: return 22
        case .lineSeparator: return 23
        case .paragraphSeparator: return 24
        case .control: return 25
        case .format: return 26
        case .surrogate: return 27
        case .privateUse: return 28
        case .unassigned: return 29
        @unknown default: return 29
        }
    }
}
