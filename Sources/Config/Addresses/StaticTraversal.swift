import HCL
import Lang
import Values

/// A reference written as a plain traversal (`module.net.aws_subnet.a["x"]`), with step ranges
/// the way HCL records them: an attribute step covers its dot, an index step its brackets.
/// Terraform's address parsers point at these ranges.
struct StaticTraversal: Sendable {
    enum StepKind: Sendable, Hashable {
        case attribute(String)
        case index(Value)
    }

    struct Step: Sendable {
        var kind: StepKind
        var range: SourceRange

        var name: String? { if case .attribute(let name) = kind { name } else { nil } }
    }

    var root: String
    var rootRange: SourceRange
    var steps: [Step]

    /// From the root to the end of the last step.
    var range: SourceRange { steps.last.map { rootRange.through($0.range) } ?? rootRange }

    /// The traversal an expression spells, or nil when it is anything else (a call, a
    /// template, an index with a computed key). Parentheses are looked through, as HCL does.
    init?(_ expression: HCL.Expression) {
        var steps: [Step] = []
        var current = expression
        while true {
            switch current.kind {
            case .variable(let name):
                self.init(root: name, rootRange: current.range, steps: steps.reversed())
                return
            case .getAttribute(let source, let name, _):
                steps.append(Step(kind: .attribute(name), range: current.range.with(start: source.range.end)))
                current = source
            case .index(let source, let key, _):
                guard let constant = Evaluator.constantKey(key) else { return nil }
                steps.append(Step(kind: .index(constant), range: current.range.with(start: source.range.end)))
                current = source
            case .parenthesized(let inner) where steps.isEmpty:
                current = inner
            default:
                return nil
            }
        }
    }

    /// The same reference from the evaluator's form, whose attribute steps start at the name:
    /// the dot before each is taken back in.
    init(_ traversal: Traversal) {
        self.init(root: traversal.root, rootRange: traversal.rootRange, steps: traversal.steps.map { step in
            switch step {
            case .attribute(let name, let range):
                let start = range.start
                let dot = SourcePosition(line: start.line, column: max(1, start.column - 1), byte: max(0, start.byte - 1))
                return Step(kind: .attribute(name), range: range.with(start: dot))
            case .index(let key, let range):
                return Step(kind: .index(key), range: range)
            }
        })
    }

    init(root: String, rootRange: SourceRange, steps: [Step]) {
        self.root = root
        self.rootRange = rootRange
        self.steps = steps
    }

    /// The same traversal in the evaluator's form.
    var langTraversal: Traversal {
        Traversal(root: root, rootRange: rootRange, steps: steps.map { step in
            switch step.kind {
            case .attribute(let name): .attribute(name, range: step.range.trimmingDot)
            case .index(let key): .index(key, range: step.range)
            }
        })
    }

    /// The reference as Terraform prints it: `aws_instance.web[0]`.
    var text: String {
        var result = root
        for step in steps {
            switch step.kind {
            case .attribute(let name): result += ".\(name)"
            case .index(let key): result += "[\(InstanceKeyText.text(key))]"
            }
        }
        return result
    }
}

/// Instance keys printed as in addresses: `0`, `"a"`.
enum InstanceKeyText {
    static func text(_ key: Value) -> String {
        if let text = key.stringValue { return goQuoted(text) }
        if let number = key.numberValue { return number.description }
        return "..."
    }
}

extension SourceRange {
    /// The same range starting at `start`.
    func with(start newStart: SourcePosition) -> SourceRange {
        SourceRange(filename: filename, start: newStart, end: end)
    }

    /// An attribute step's range without its leading dot, as the evaluator records names.
    var trimmingDot: SourceRange {
        guard end.byte > start.byte + 1 else { return self }
        return SourceRange(
            filename: filename,
            start: SourcePosition(line: start.line, column: start.column + 1, byte: start.byte + 1),
            end: end)
    }
}

/// Every traversal an expression reads, outermost first, as HCL's `Variables()` finds them:
/// names bound by `for` expressions inside it are left out.
enum ExpressionVariables {
    static func traversals(in expression: HCL.Expression) -> [StaticTraversal] {
        ReferenceCollector.traversals(in: expression, recognizing: StaticTraversal.init, root: \.root)
    }
}
