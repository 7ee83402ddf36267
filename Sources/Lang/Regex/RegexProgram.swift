/// Zero-width conditions at a position in the text: what `^ $ \A \z \b \B` test.
struct EmptyConditions: OptionSet, Sendable {
    let rawValue: UInt8
    init(rawValue: UInt8) { self.rawValue = rawValue }

    static let beginLine = EmptyConditions(rawValue: 1)
    static let endLine = EmptyConditions(rawValue: 2)
    static let beginText = EmptyConditions(rawValue: 4)
    static let endText = EmptyConditions(rawValue: 8)
    static let wordBoundary = EmptyConditions(rawValue: 16)
    static let notWordBoundary = EmptyConditions(rawValue: 32)

    /// The conditions that hold between `before` and `after`, nil meaning the edge of the text.
    /// Word characters are ASCII only, as in RE2.
    init(between before: UInt32?, and after: UInt32?) {
        var conditions: EmptyConditions = []
        switch before {
        case nil: conditions.formUnion([.beginText, .beginLine])
        case 0x0A: conditions.insert(.beginLine)
        default: break
        }
        switch after {
        case nil: conditions.formUnion([.endText, .endLine])
        case 0x0A: conditions.insert(.endLine)
        default: break
        }
        let boundary = Self.isWordCharacter(before) != Self.isWordCharacter(after)
        conditions.insert(boundary ? .wordBoundary : .notWordBoundary)
        self = conditions
    }

    private static func isWordCharacter(_ rune: UInt32?) -> Bool {
        guard let rune else { return false }
        return (0x61...0x7A).contains(rune) || (0x41...0x5A).contains(rune) || (0x30...0x39).contains(rune)
            || rune == 0x5F
    }
}

/// A compiled regular expression: a program for the Pike VM, built as Go's compiler builds it
/// so that matches (and which submatches win) are the same.
struct RegexProgram: Sendable {
    enum Instruction: Sendable {
        case fail
        case match
        case nop(next: Int)
        /// Try `preferred` first, then `other`.
        case split(preferred: Int, other: Int)
        case capture(slot: Int, next: Int)
        case assert(EmptyConditions, next: Int)
        case rune(RuneSet, next: Int)
        case anyChar(next: Int)
        case anyCharExceptNewline(next: Int)
    }

    let instructions: [Instruction]
    let start: Int
    /// Two slots per capture group, plus two for the whole match.
    let slotCount: Int
    /// The conditions every match begins with, or nil when nothing can match.
    let startConditions: EmptyConditions?

    init(_ parsed: ParsedRegex) {
        var compiler = RegexCompiler()
        let fragment = compiler.compile(parsed.root)
        let match = compiler.emit(.match)
        compiler.patch(fragment.holes, to: match)
        instructions = compiler.instructions
        start = fragment.start
        slotCount = 2 * (parsed.groupNames.count + 1)
        startConditions = Self.leadingConditions(instructions, start: fragment.start)
    }

    private static func leadingConditions(_ instructions: [Instruction], start: Int) -> EmptyConditions? {
        var conditions: EmptyConditions = []
        var pc = start
        while true {
            switch instructions[pc] {
            case .assert(let required, let next):
                conditions.formUnion(required)
                pc = next
            case .fail: return nil
            case .capture(_, let next), .nop(let next): pc = next
            default: return conditions
            }
        }
    }
}
