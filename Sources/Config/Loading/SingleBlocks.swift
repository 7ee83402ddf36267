import HCL

/// A nested block type a body may hold only once (`lifecycle`, `connection`): the first is
/// taken, each later one is reported against it.
struct SingleBlock {
    let type: String
    /// What holds the block, as Terraform's message names it ("resource", "provisioner").
    let owner: String
    private(set) var first: Block?

    init(_ type: String, in owner: String) {
        self.type = type
        self.owner = owner
    }

    /// Whether `block` is the first of its type; a later one is reported.
    mutating func accept(_ block: Block, _ diagnostics: inout [Diagnostic]) -> Bool {
        if let first {
            diagnostics.append(.error(
                "Duplicate \(type) block",
                "This \(owner) already has a \(type) block at \(first.declarationRange.displayString).",
                at: block.declarationRange))
            return false
        }
        first = block
        return true
    }
}

/// The `_` block that lets arguments named like meta-arguments through to the provider or
/// module: its content joins the body, and a body may have only one.
struct EscapingBlock {
    /// The block that holds it, as Terraform's message names it ("resource", "module").
    let owner: String
    /// What the escaped arguments are taken as ("resource-type-specific", ...).
    let meaning: String
    private var first: Block?

    init(in owner: String, meaning: String) {
        self.owner = owner
        self.meaning = meaning
    }

    /// Adds the content of `block` to `body`, or reports a second escaping block.
    mutating func merge(_ block: Block, into body: inout Body, _ diagnostics: inout [Diagnostic]) {
        if let first {
            diagnostics.append(.error(
                "Duplicate escaping block",
                "The special block type \"_\" can be used to force particular arguments to be interpreted as \(meaning) rather than as meta-arguments, but each \(owner) block can have only one such block. The first escaping block was at \(first.declarationRange.displayString).",
                at: block.declarationRange))
            return
        }
        first = block
        body = Body(items: body.items + block.body.items, range: body.range)
    }
}
