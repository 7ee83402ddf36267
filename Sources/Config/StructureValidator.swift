import HCL

/// Checks the structure of the Terraform language in a module's files, before any evaluation:
/// known top-level blocks with the right labels, no stray top-level arguments, no duplicate
/// declarations across the module's files.
public struct StructureValidator {
    private var diagnostics: [Diagnostic] = []
    private var declarations: [String: SourceRange] = [:]

    public init() {}

    /// All structural problems of the module made of `files`, in the order Terraform reports
    /// them: for each file its syntax errors, wrong labels, stray arguments and unknown block
    /// types; then declarations that clash across the module.
    public static func validate(_ files: [ParsedFile]) -> [Diagnostic] {
        var validator = StructureValidator()
        var diagnostics: [Diagnostic] = []
        for file in files {
            diagnostics += file.diagnostics
            diagnostics += validator.checkShape(file.body)
        }
        for file in files {
            for kind in declarationOrder {
                for block in file.body.blocks where block.type == kind.rawValue { validator.checkDeclarations(block) }
            }
        }
        return diagnostics + validator.diagnostics
    }

    /// The order in which a file's declarations join the module, which is the order clashes are reported in.
    private static let declarationOrder: [TopLevelBlock] = [
        .provider, .variable, .locals, .output, .module, .resource, .data, .ephemeral, .check,
    ]

    /// Labels of known blocks, then top-level arguments, then unknown block types.
    private func checkShape(_ body: Body) -> [Diagnostic] {
        var labelProblems: [Diagnostic] = []
        var unknownBlocks: [Diagnostic] = []
        for block in body.blocks {
            if let kind = TopLevelBlock(rawValue: block.type) {
                if let problem = labelProblem(block, kind) { labelProblems.append(problem) }
            } else {
                let suggestion = NameSuggestion.closest(to: block.type, among: TopLevelBlock.allCases.map(\.rawValue))
                unknownBlocks.append(.error(
                    "Unsupported block type", "Blocks of type \"\(block.type)\" are not expected here.\(didYouMean(suggestion))",
                    at: block.typeRange))
            }
        }
        let strayArguments = body.attributes.map { attribute in
            let suggestion = NameSuggestion.closest(to: attribute.name, among: TopLevelBlock.allCases.map(\.rawValue))
            return Diagnostic.error(
                "Unsupported argument",
                "An argument named \"\(attribute.name)\" is not expected here.\(didYouMean(suggestion))",
                at: attribute.nameRange)
        }
        return labelProblems + strayArguments + unknownBlocks
    }

    private func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " Did you mean \"\($0)\"?" } ?? ""
    }

    private mutating func checkDeclarations(_ block: Block) {
        guard let kind = TopLevelBlock(rawValue: block.type), labelProblem(block, kind) == nil else { return }
        switch kind {
        case .variable:
            declare("variable.\(block.labels[0].value)", block) { previous in
                ("Duplicate variable declaration",
                 "A variable named \"\(block.labels[0].value)\" was already declared at \(previous). Variable names must be unique within a module.")
            }
        case .output:
            declare("output.\(block.labels[0].value)", block) { previous in
                ("Duplicate output definition",
                 "An output named \"\(block.labels[0].value)\" was already defined at \(previous). Output names must be unique within a module.")
            }
        case .module:
            declare("module.\(block.labels[0].value)", block) { previous in
                ("Duplicate module call",
                 "A module call named \"\(block.labels[0].value)\" was already defined at \(previous). Module calls must have unique names within a module.")
            }
        case .resource, .data, .ephemeral:
            let (type, name) = (block.labels[0].value, block.labels[1].value)
            let mode = kind == .resource ? "resource" : kind == .data ? "data" : "ephemeral"
            declare("\(mode).\(type).\(name)", block) { previous in
                ("Duplicate \(mode) \"\(type)\" configuration",
                 "A \(type) \(kind == .resource ? "resource" : kind == .data ? "data resource" : "ephemeral resource") named \"\(name)\" was already declared at \(previous). Resource names must be unique per type in each module.")
            }
        case .check:
            declare("check.\(block.labels[0].value)", block) { previous in
                ("Duplicate check \"\(block.labels[0].value)\" configuration",
                 "A check block named \"\(block.labels[0].value)\" was already declared at \(previous). Check blocks must be unique within each module.")
            }
        case .locals:
            for attribute in block.body.attributes {
                declare("local.\(attribute.name)", range: attribute.nameRange.through(attribute.expression.range)) { previous in
                    ("Duplicate local value definition",
                     "A local value named \"\(attribute.name)\" was already defined at \(previous). Local value names must be unique within a module.")
                }
            }
            for nested in block.body.blocks {
                diagnostics.append(.error(
                    "Unsupported block type", "Blocks of type \"\(nested.type)\" are not expected here.", at: nested.typeRange))
            }
        case .provider:
            let alias = block.body.attributes.first { $0.name == "alias" }
            if alias == nil {
                declare("provider.\(block.labels[0].value)", block) { previous in
                    ("Duplicate provider configuration",
                     "A default (non-aliased) provider configuration for \"\(block.labels[0].value)\" was already given at \(previous). If multiple configurations are required, set the \"alias\" argument for alternative configurations.")
                }
            }
        case .terraform, .moved, .import, .removed, .action:
            break
        }
    }

    private func labelProblem(_ block: Block, _ kind: TopLevelBlock) -> Diagnostic? {
        let names = kind.labelNames
        let context = block.typeRange.through(block.openBraceRange)
        if block.labels.count > names.count {
            let detail = names.isEmpty
                ? "No labels are expected for \(block.type) blocks."
                : "Only \(names.count) labels (\(names.joined(separator: ", "))) are expected for \(block.type) blocks."
            return .error("Extraneous label for \(block.type)", detail, at: block.labels[names.count].range, context: context)
        }
        if block.labels.count < names.count {
            return .error(
                "Missing \(names[block.labels.count]) for \(block.type)",
                "All \(block.type) blocks must have \(names.count) labels (\(names.joined(separator: ", "))).",
                at: block.openBraceRange, context: context)
        }
        return nil
    }

    private mutating func declare(
        _ key: String, _ block: Block, message: (String) -> (String, String)
    ) {
        declare(key, range: block.definitionRange, message: message)
    }

    private mutating func declare(_ key: String, range: SourceRange, message: (String) -> (String, String)) {
        if let previous = declarations[key] {
            let (summary, detail) = message(previous.displayString)
            diagnostics.append(.error(summary, detail, at: range))
        } else {
            declarations[key] = range
        }
    }
}
