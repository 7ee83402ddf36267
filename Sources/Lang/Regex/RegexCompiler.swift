/// A piece of program under construction: where it starts, and the exits still to connect.
struct Fragment {
    var start: Int
    var holes: [Hole]
    /// Whether the fragment can match the empty string.
    var nullable: Bool
    /// The fragment that never matches; instruction 0 is always `fail`.
    static let failure = Fragment(start: 0, holes: [], nullable: false)
}

struct Hole {
    var instruction: Int
    /// For a split, whether the hole is its `other` branch.
    var isOther: Bool
}

/// Turns a syntax tree into a Pike VM program with Go's shapes: `x*` is a split looping back
/// (`(x+)?` when `x` can match empty, so priorities come out right), `x{2,4}` is `xx(x(x)?)?`,
/// alternatives nest so earlier ones win.
struct RegexCompiler {
    private(set) var instructions: [RegexProgram.Instruction] = [.fail]

    mutating func emit(_ instruction: RegexProgram.Instruction) -> Int {
        instructions.append(instruction)
        return instructions.count - 1
    }

    mutating func patch(_ holes: [Hole], to target: Int) {
        for hole in holes {
            let index = hole.instruction
            switch instructions[index] {
            case .split(let preferred, let other):
                instructions[index] =
                    hole.isOther ? .split(preferred: preferred, other: target) : .split(preferred: target, other: other)
            case .nop: instructions[index] = .nop(next: target)
            case .capture(let slot, _): instructions[index] = .capture(slot: slot, next: target)
            case .assert(let conditions, _): instructions[index] = .assert(conditions, next: target)
            case .rune(let set, _): instructions[index] = .rune(set, next: target)
            case .anyChar: instructions[index] = .anyChar(next: target)
            case .anyCharExceptNewline: instructions[index] = .anyCharExceptNewline(next: target)
            case .fail, .match: break
            }
        }
    }

    mutating func compile(_ node: RegexNode) -> Fragment {
        switch node.kind {
        case .noMatch: return .failure
        case .emptyMatch: return single(.nop(next: 0))
        case .literal(let runes, let foldCase):
            return sequence(runes.map { rune in
                { (compiler: inout RegexCompiler) in
                    let orbit = foldCase ? CaseFolding.orbit(of: rune) ?? [rune] : [rune]
                    return compiler.single(.rune(RuneSet(orbit.map { $0...$0 }), next: 0))
                }
            })
        case .runeClass(let set): return single(.rune(set, next: 0))
        case .anyChar: return single(.anyChar(next: 0))
        case .anyCharExceptNewline: return single(.anyCharExceptNewline(next: 0))
        case .beginLine: return single(.assert(.beginLine, next: 0))
        case .endLine: return single(.assert(.endLine, next: 0))
        case .beginText: return single(.assert(.beginText, next: 0))
        case .endText: return single(.assert(.endText, next: 0))
        case .wordBoundary: return single(.assert(.wordBoundary, next: 0))
        case .notWordBoundary: return single(.assert(.notWordBoundary, next: 0))
        case .capture(let sub, let index):
            let open = single(.capture(slot: 2 * index, next: 0))
            let body = compile(sub)
            let close = single(.capture(slot: 2 * index + 1, next: 0))
            return concatenate(concatenate(open, body), close)
        case .star(let sub, let greedy): return unary(.star, sub, greedy: greedy)
        case .plus(let sub, let greedy): return unary(.plus, sub, greedy: greedy)
        case .quest(let sub, let greedy): return unary(.quest, sub, greedy: greedy)
        case .repeat(let sub, let min, let max, let greedy): return counted(sub, min: min, max: max, greedy: greedy)
        case .concat(let subs):
            return sequence(subs.map { sub in { (compiler: inout RegexCompiler) in compiler.compile(sub) } })
        case .alternate(let subs):
            var fragment = Fragment.failure
            for sub in subs { fragment = alternate(fragment, compile(sub)) }
            return fragment
        }
    }

    // MARK: - Repetition

    private enum UnaryOperator { case star, plus, quest }

    /// `x*`, `x+` or `x?`, where an empty operand stays empty and an operand that already is the
    /// same operator with the same greed is used as it is, as Go's simplifier does.
    private mutating func unary(_ op: UnaryOperator, _ sub: RegexNode, greedy: Bool) -> Fragment {
        switch (op, sub.kind) {
        case (_, .emptyMatch): return compile(sub)
        case (.star, .star(_, let inner)) where inner == greedy: return compile(sub)
        case (.plus, .plus(_, let inner)) where inner == greedy: return compile(sub)
        case (.quest, .quest(_, let inner)) where inner == greedy: return compile(sub)
        case (.star, _): return star(compile(sub), greedy: greedy)
        case (.plus, _):
            return plus(compile(sub), greedy: greedy)
        case (.quest, _): return quest(compile(sub), greedy: greedy)
        }
    }

    /// `x{min,max}` as `min` copies of `x` followed by nested optional copies, built from the
    /// innermost outwards so no recursion follows the count.
    private mutating func counted(_ sub: RegexNode, min: Int, max: Int?, greedy: Bool) -> Fragment {
        if min == 0, max == 0 { return single(.nop(next: 0)) }
        guard let max else {
            switch min {
            case 0: return unary(.star, sub, greedy: greedy)
            case 1: return unary(.plus, sub, greedy: greedy)
            default:
                var parts = Array(repeating: { (compiler: inout RegexCompiler) in compiler.compile(sub) }, count: min - 1)
                parts.append { compiler in compiler.unary(.plus, sub, greedy: greedy) }
                return sequence(parts)
            }
        }
        if min == 1, max == 1 { return compile(sub) }
        var parts = Array(repeating: { (compiler: inout RegexCompiler) in compiler.compile(sub) }, count: min)
        if max > min {
            parts.append { compiler in
                let copies = max - min
                var suffix = compiler.unary(.quest, sub, greedy: greedy)
                for _ in 1..<copies {
                    let copy = compiler.compile(sub)
                    suffix = compiler.quest(compiler.concatenate(copy, suffix), greedy: greedy)
                }
                return suffix
            }
        }
        return sequence(parts)
    }

    // MARK: - Building blocks

    private mutating func single(_ instruction: RegexProgram.Instruction) -> Fragment {
        let index = emit(instruction)
        let consumes: Bool
        switch instruction {
        case .rune, .anyChar, .anyCharExceptNewline: consumes = true
        default: consumes = false
        }
        return Fragment(start: index, holes: [Hole(instruction: index, isOther: false)], nullable: !consumes)
    }

    /// The concatenation of the pieces, each compiled in order; an empty list matches empty.
    private mutating func sequence(_ pieces: [(inout RegexCompiler) -> Fragment]) -> Fragment {
        var fragment: Fragment?
        for piece in pieces {
            let next = piece(&self)
            fragment = fragment.map { concatenate($0, next) } ?? next
        }
        return fragment ?? single(.nop(next: 0))
    }

    private mutating func concatenate(_ first: Fragment, _ second: Fragment) -> Fragment {
        guard first.start != 0, second.start != 0 else { return .failure }
        patch(first.holes, to: second.start)
        return Fragment(start: first.start, holes: second.holes, nullable: first.nullable && second.nullable)
    }

    private mutating func alternate(_ first: Fragment, _ second: Fragment) -> Fragment {
        if first.start == 0 { return second }
        if second.start == 0 { return first }
        let split = emit(.split(preferred: first.start, other: second.start))
        return Fragment(start: split, holes: first.holes + second.holes, nullable: first.nullable || second.nullable)
    }

    private mutating func quest(_ body: Fragment, greedy: Bool) -> Fragment {
        let split = emit(
            greedy ? .split(preferred: body.start, other: 0) : .split(preferred: 0, other: body.start))
        return Fragment(start: split, holes: [Hole(instruction: split, isOther: greedy)] + body.holes, nullable: true)
    }

    private mutating func star(_ body: Fragment, greedy: Bool) -> Fragment {
        body.nullable ? quest(plus(body, greedy: greedy), greedy: greedy) : loop(body, greedy: greedy)
    }

    private mutating func plus(_ body: Fragment, greedy: Bool) -> Fragment {
        Fragment(start: body.start, holes: loop(body, greedy: greedy).holes, nullable: body.nullable)
    }

    /// A split that runs `body` again or leaves; `body` exits back into it.
    private mutating func loop(_ body: Fragment, greedy: Bool) -> Fragment {
        let split = emit(
            greedy ? .split(preferred: body.start, other: 0) : .split(preferred: 0, other: body.start))
        patch(body.holes, to: split)
        return Fragment(start: split, holes: [Hole(instruction: split, isOther: greedy)], nullable: true)
    }
}
