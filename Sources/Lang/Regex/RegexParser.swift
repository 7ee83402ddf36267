/// A pattern parsed into a syntax tree, with the names of its capture groups.
struct ParsedRegex: Sendable {
    let root: RegexNode
    /// One entry per capture group in order; empty for a group without a name.
    let groupNames: [String]
}

/// Parses RE2 syntax with Go's `regexp` (Perl) flags, reporting the errors Go reports for the
/// same input. Like Go's parser it works on a stack: operands, open groups and pending
/// alternations, reduced as `|` and `)` arrive.
struct RegexParser {
    struct Flags: OptionSet {
        let rawValue: UInt8
        static let foldCase = Flags(rawValue: 1)
        static let dotMatchesNewline = Flags(rawValue: 2)
        /// `^` and `$` match only at the ends of the text; `(?m)` clears it.
        static let oneLine = Flags(rawValue: 4)
        static let nonGreedy = Flags(rawValue: 8)
    }

    enum StackItem {
        case node(RegexNode)
        /// An open group: its capture index (nil for `(?:`) and the flags to restore at `)`.
        case leftParen(capture: Int?, savedFlags: Flags)
        case verticalBar
    }

    enum RepeatOperator {
        case star, plus, quest
        case counted(min: Int, max: Int?)
    }

    static let maxRepeat = 1000
    static let maxHeight = 1000
    static let maxSize = (128 << 20) / 40
    static let maxRunes = (128 << 20) / 4

    let pattern: [Unicode.Scalar]
    let source: String
    var flags: Flags = [.oneLine]
    var stack: [StackItem] = []
    var groupNames: [String] = []
    var runeTotal = 0

    static func parse(_ source: String) throws(RegexSyntaxError) -> ParsedRegex {
        var parser = RegexParser(pattern: Array(source.unicodeScalars), source: source)
        return try parser.parseAll()
    }

    private mutating func parseAll() throws(RegexSyntaxError) -> ParsedRegex {
        var position = 0
        var lastRepeatStart: Int?
        while position < pattern.count {
            var repeatStart: Int?
            let character = pattern[position]
            switch character {
            case "(":
                if position + 1 < pattern.count, pattern[position + 1] == "?" {
                    position = try parseGroupFlags(at: position)
                } else {
                    groupNames.append("")
                    stack.append(.leftParen(capture: groupNames.count, savedFlags: flags))
                    position += 1
                }
            case "|":
                try parseVerticalBar()
                position += 1
            case ")":
                try parseRightParen()
                position += 1
            case "^":
                try push(flags.contains(.oneLine) ? .beginText : .beginLine)
                position += 1
            case "$":
                try push(flags.contains(.oneLine) ? .endText : .endLine)
                position += 1
            case ".":
                try push(flags.contains(.dotMatchesNewline) ? .anyChar : .anyCharExceptNewline)
                position += 1
            case "[":
                position = try parseClass(at: position)
            case "*", "+", "?":
                let op: RepeatOperator = character == "*" ? .star : character == "+" ? .plus : .quest
                repeatStart = position
                position = try applyRepeat(op, start: position, after: position + 1, lastRepeatStart: lastRepeatStart)
            case "{":
                guard let (min, max, after) = parseRepeatBounds(at: position) else {
                    try pushLiteral(character.value)
                    position += 1
                    break
                }
                if min < 0 || min > Self.maxRepeat || (max ?? 0) > Self.maxRepeat || max.map({ min > $0 }) == true {
                    throw RegexSyntaxError(code: .invalidRepeatSize, expression: text(position..<after))
                }
                repeatStart = position
                position = try applyRepeat(
                    .counted(min: min, max: max), start: position, after: after, lastRepeatStart: lastRepeatStart)
            case "\\":
                position = try parseBackslash(at: position)
            default:
                try pushLiteral(character.value)
                position += 1
            }
            lastRepeatStart = repeatStart
        }
        try reduceConcatenation()
        if swapVerticalBar() { stack.removeLast() }
        try reduceAlternation()
        guard stack.count == 1, case .node(let root)? = stack.first else {
            throw RegexSyntaxError(code: .missingParen, expression: source)
        }
        return ParsedRegex(root: root, groupNames: groupNames)
    }

    /// The pattern text in `range`, for error messages.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: pattern[range.clamped(to: 0..<pattern.count)])
        return String(view)
    }

    // MARK: - The stack

    mutating func push(_ kind: RegexNode.Kind) throws(RegexSyntaxError) {
        try push(RegexNode(kind))
    }

    mutating func push(_ node: RegexNode) throws(RegexSyntaxError) {
        if case .runeClass(let set) = node.kind { runeTotal += set.runeCount }
        try checkLimits(node)
        stack.append(.node(node))
    }

    mutating func pushLiteral(_ rune: UInt32) throws(RegexSyntaxError) {
        let folds = flags.contains(.foldCase)
        try push(.literal([folds ? CaseFolding.smallestEquivalent(of: rune) : rune], foldCase: folds))
    }

    func checkLimits(_ node: RegexNode) throws(RegexSyntaxError) {
        if runeTotal > Self.maxRunes || node.size > Self.maxSize {
            throw RegexSyntaxError(code: .tooLarge, expression: source)
        }
        if node.height > Self.maxHeight {
            throw RegexSyntaxError(code: .nestingDepth, expression: source)
        }
    }

    /// The index just above the topmost open group or `|`.
    private var operandStart: Int {
        var index = stack.count
        while index > 0, case .node = stack[index - 1] { index -= 1 }
        return index
    }

    private mutating func popOperands() -> [RegexNode] {
        let start = operandStart
        let operands = stack[start...].compactMap { item -> RegexNode? in
            if case .node(let node) = item { node } else { nil }
        }
        stack.removeSubrange(start...)
        return operands
    }

    /// Replaces the operands above the topmost group or `|` with their concatenation.
    private mutating func reduceConcatenation() throws(RegexSyntaxError) {
        let operands = popOperands()
        var parts: [RegexNode] = []
        for operand in operands {
            if case .concat(let subs) = operand.kind {
                for sub in subs { appendMergingLiterals(sub, to: &parts) }
            } else {
                appendMergingLiterals(operand, to: &parts)
            }
        }
        switch parts.count {
        case 0: try push(.emptyMatch)
        case 1: try push(parts[0])
        default: try push(.concat(parts))
        }
    }

    private func appendMergingLiterals(_ node: RegexNode, to parts: inout [RegexNode]) {
        if case .literal(let runes, let folds) = node.kind, let last = parts.last,
            case .literal(let previous, let previousFolds) = last.kind, folds == previousFolds
        {
            parts[parts.count - 1] = RegexNode(.literal(previous + runes, foldCase: folds))
        } else {
            parts.append(node)
        }
    }

    /// Replaces the alternatives above the topmost group with their alternation.
    private mutating func reduceAlternation() throws(RegexSyntaxError) {
        let operands = popOperands()
        var branches: [RegexNode] = []
        for operand in operands {
            if case .alternate(let subs) = operand.kind { branches += subs } else { branches.append(operand) }
        }
        switch branches.count {
        case 0: try push(.noMatch)
        case 1: try push(branches[0])
        default: try push(.alternate(branches))
        }
    }

    /// Moves the operand on top below a `|` just beneath it, so alternatives gather under the
    /// bar; reports whether it did.
    private mutating func swapVerticalBar() -> Bool {
        let count = stack.count
        guard count >= 2, case .verticalBar = stack[count - 2] else { return false }
        stack.swapAt(count - 1, count - 2)
        return true
    }

    private mutating func parseVerticalBar() throws(RegexSyntaxError) {
        try reduceConcatenation()
        if !swapVerticalBar() { stack.append(.verticalBar) }
    }

    private mutating func parseRightParen() throws(RegexSyntaxError) {
        try reduceConcatenation()
        if swapVerticalBar() { stack.removeLast() }
        try reduceAlternation()
        guard stack.count >= 2, case .node(let body) = stack.removeLast(),
            case .leftParen(let capture, let savedFlags) = stack.removeLast()
        else {
            throw RegexSyntaxError(code: .unexpectedParen, expression: source)
        }
        flags = savedFlags
        if let capture {
            try push(.capture(body, index: capture))
        } else {
            try push(body)
        }
    }

    // MARK: - Repetition

    /// Applies a repetition operator to the operand on top of the stack; returns the position
    /// after the operator (and its `?` making it lazy).
    private mutating func applyRepeat(
        _ op: RepeatOperator, start: Int, after: Int, lastRepeatStart: Int?
    ) throws(RegexSyntaxError) -> Int {
        var end = after
        var greedy = !flags.contains(.nonGreedy)
        if end < pattern.count, pattern[end] == "?" {
            end += 1
            greedy.toggle()
        }
        if let lastRepeatStart {
            throw RegexSyntaxError(code: .invalidRepeatOp, expression: text(lastRepeatStart..<end))
        }
        guard let top = stack.last, case .node(let operand) = top else {
            throw RegexSyntaxError(code: .missingRepeatArgument, expression: text(start..<end))
        }
        let node: RegexNode
        switch op {
        case .star: node = RegexNode(.star(operand, greedy: greedy))
        case .plus: node = RegexNode(.plus(operand, greedy: greedy))
        case .quest: node = RegexNode(.quest(operand, greedy: greedy))
        case .counted(let min, let max): node = RegexNode(.repeat(operand, min: min, max: max, greedy: greedy))
        }
        stack[stack.count - 1] = .node(node)
        try checkLimits(node)
        if case .counted(let min, let max) = op, min >= 2 || (max ?? 0) >= 2,
            !Self.repeatIsValid(node, budget: Self.maxRepeat)
        {
            throw RegexSyntaxError(code: .invalidRepeatSize, expression: text(start..<end))
        }
        return end
    }

    /// Whether nested counted repetitions stay within `budget` copies of the innermost operand.
    private static func repeatIsValid(_ node: RegexNode, budget: Int) -> Bool {
        var budget = budget
        if case .repeat(_, let min, let max, _) = node.kind {
            if max == 0 { return true }
            let count = max ?? min
            if count > budget { return false }
            if count > 0 { budget /= count }
        }
        return node.kind.children.allSatisfy { repeatIsValid($0, budget: budget) }
    }

    /// Parses `{n}`, `{n,}` or `{n,m}` at `position`; nil when the text is not of that form (the
    /// brace is then a literal). A number too large gives a minimum of -1.
    private func parseRepeatBounds(at position: Int) -> (min: Int, max: Int?, after: Int)? {
        var index = position + 1
        guard var min = parseDecimal(&index), index < pattern.count else { return nil }
        var max: Int? = min
        if pattern[index] == "," {
            index += 1
            guard index < pattern.count else { return nil }
            if pattern[index] == "}" {
                max = nil
            } else {
                guard let upper = parseDecimal(&index) else { return nil }
                max = upper
                if upper < 0 { min = -1 }
            }
        }
        guard index < pattern.count, pattern[index] == "}" else { return nil }
        return (min, max, index + 1)
    }

    /// A decimal number without leading zeros at `index`, advancing past it; -1 when it is
    /// 10⁸ or more.
    private func parseDecimal(_ index: inout Int) -> Int? {
        func digit(_ at: Int) -> Int? {
            guard at < pattern.count, ("0"..."9").contains(pattern[at]) else { return nil }
            return Int(pattern[at].value - 0x30)
        }
        guard let first = digit(index) else { return nil }
        if first == 0, digit(index + 1) != nil { return nil }
        var value = 0
        while let next = digit(index) {
            if value >= 100_000_000 {
                value = -1
            } else if value >= 0 {
                value = value * 10 + next
            }
            index += 1
        }
        return value
    }
}
