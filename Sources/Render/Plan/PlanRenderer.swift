import Engine
import Values

/// The text `iac plan` prints for a plan, as Terraform 1.15 prints it with the product name
/// changed: objects changed outside iac, the legend of action symbols, each change, the
/// summary line, and the changes to outputs; or the "No changes." message.
///
/// The renderer has no schemas: nested blocks print as attributes holding objects or lists of
/// objects, and maps print with quoted keys (resource attributes) or like objects (outputs).
/// Attributes of dynamic type, named in `dynamicAttributes`, print as Terraform prints values
/// without a type (maps like objects, sets like lists) and never say `# forces replacement`.
/// Drift shows every changed attribute, as Terraform does for refresh-only plans.
public struct PlanRenderer: Sendable {
    /// Whether to print Terraform's colors (off for `-no-color`).
    public var color: Bool
    /// The terminal width prose is wrapped to.
    public var width: Int
    /// By resource type, the attributes whose schema type is `dynamic` (for `terraform_data`:
    /// `input`, `output` and `triggers_replace`).
    public var dynamicAttributes: [String: Set<String>]

    /// A renderer for a terminal `width` columns wide.
    public init(color: Bool, width: Int = 78, dynamicAttributes: [String: Set<String>] = [:]) {
        self.color = color
        self.width = width
        self.dynamicAttributes = dynamicAttributes
    }

    private var colorize: Colorizer { Colorizer(enabled: color) }

    /// The whole plan text, ending with a newline.
    public func render(_ plan: Plan) -> String {
        let proposed = plan.changes.filter { change in
            change.action != .noOp && !(change.action == .delete && change.address.resource.mode == .data)
        }
        let outputs = outputLines(plan.outputChanges)
        let isEmpty = proposed.isEmpty && outputs.isEmpty
        var text = ""
        let drift = driftSection(plan, planIsEmpty: isEmpty)
        text += drift ?? ""
        if isEmpty {
            return text + noChanges(plan.mode, afterDrift: drift != nil)
        }
        if drift != nil { text += rule + "\n" }
        if !proposed.isEmpty { text += actions(proposed) }
        if !outputs.isEmpty {
            text += "\nChanges to Outputs:\n" + outputs + "\n"
            if proposed.isEmpty {
                text += wrap("\nYou can apply this plan to save these new output values to the iac state, without changing any real infrastructure.") + "\n"
            }
        }
        return text
    }

    /// Terraform's horizontal rule, one column narrower than the terminal.
    private var rule: String {
        let line = String(repeating: "─", count: max(0, width - 1))
        return color ? "\u{1B}[90m\n" + line + "\u{1B}[0m" : "\n" + line
    }

    /// Terraform's prose wrapping: each line to one column less than the terminal, lines that
    /// start with a space left alone.
    private func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(" ") ? String($0) : WordWrap.wrap(String($0), width: width - 1) }
            .joined(separator: "\n")
    }

    private func actions(_ changes: [ResourceChange]) -> String {
        var counts: [ChangeAction: Int] = [:]
        for change in changes { counts[change.action, default: 0] += 1 }
        var text = wrap("\niac used the selected providers to generate the following execution plan. Resource actions are indicated with the following symbols:") + "\n"
        let legend: [(ChangeAction, String)] = [
            (.create, "  [green]+[reset] create"),
            (.update, "  [yellow]~[reset] update in-place"),
            (.delete, "  [red]-[reset] destroy"),
            (.deleteThenCreate, "[red]-[reset]/[green]+[reset] destroy and then create replacement"),
            (.createThenDelete, "[green]+[reset]/[red]-[reset] create replacement and then destroy"),
            (.read, " [cyan]<=[reset] read (data resources)"),
        ]
        for (action, line) in legend where counts[action, default: 0] > 0 {
            text += colorize(line) + "\n"
        }
        text += "\niac will perform the following actions:\n"
        let blocks = ResourceChangeText(colorize: colorize, dynamicAttributes: dynamicAttributes)
        for change in changes {
            if let block = blocks.render(change, cause: .proposed) { text += "\n" + block + "\n" }
        }
        let count = { (action: ChangeAction) in counts[action, default: 0] }
        let replaced = count(.deleteThenCreate) + count(.createThenDelete)
        text += "\n" + colorize("[bold]Plan:[reset] ")
            + "\(count(.create) + replaced) to add, \(count(.update)) to change, \(count(.delete) + replaced) to destroy.\n"
        return text
    }

    private func outputLines(_ changes: [OutputChange]) -> String {
        let differ = ValueDiffer(schemaless: true)
        let renderer = DiffRenderer(colorize: colorize)
        let diffs = changes.map { change in
            (name: AttributeName.display(change.name), diff: differ.diff(side(change.before, change.sensitive), side(change.after, change.sensitive)))
        }
        let width = diffs.map(\.name.count).max() ?? 0
        return diffs.sorted { $0.name < $1.name }.filter { $0.diff.action != .noOp }.map { output in
            let padded = output.name + String(repeating: " ", count: width - output.name.count)
            return renderer.symbol(output.diff.action) + padded + " = " + renderer.render(output.diff, indent: 0)
        }.joined(separator: "\n")
    }

    /// An output value as the JSON plan carries it: null is absent, sensitive outputs marked.
    private func side(_ value: Value?, _ sensitive: Bool) -> Value? {
        guard let value, !(value.isKnown && value.isNull) else { return nil }
        return sensitive ? value.marked(.sensitive) : value
    }

    private func driftSection(_ plan: Plan, planIsEmpty: Bool) -> String? {
        let blocks = ResourceChangeText(colorize: colorize, dynamicAttributes: dynamicAttributes)
        let rendered = plan.drift.compactMap { blocks.render($0, cause: .drift) }
        guard !rendered.isEmpty, !planIsEmpty || plan.mode == .refreshOnly else { return nil }
        var text = colorize("\n[bold][cyan]Note:[reset][bold] Objects have changed outside of iac\n") + "\n"
        text += wrap("iac detected the following changes made outside of iac since the last \"iac apply\" which may have affected this plan:\n")
        for block in rendered { text += "\n" + block + "\n" }
        if plan.mode == .refreshOnly {
            text += wrap("\n\nThis is a refresh-only plan, so iac will not take any actions to undo these. If you were expecting these changes then you can apply this plan to record the updated values in the iac state without changing any remote objects.") + "\n"
        } else {
            text += wrap("\n\nUnless you have made equivalent changes to your configuration, or ignored the relevant attributes using ignore_changes, the following plan may include actions to undo or respond to these changes.") + "\n"
        }
        return text
    }

    /// The "No changes." message; drift is shown with an empty plan only in refresh-only mode.
    private func noChanges(_ mode: PlanMode, afterDrift: Bool) -> String {
        switch mode {
        case .refreshOnly:
            if afterDrift { return "" }
            return colorize("\n[reset][bold][green]No changes.[reset][bold] Your infrastructure still matches the configuration.[reset]\n\n")
                + wrap("iac has checked that the real remote objects still match the result of your most recent changes, and found no differences.") + "\n"
        case .destroy:
            return colorize("\n[reset][bold][green]No changes.[reset][bold] No objects need to be destroyed.[reset]\n\n")
                + wrap("Either you have not created any objects yet or the existing objects were already deleted outside of iac.") + "\n"
        case .normal:
            return colorize("\n[reset][bold][green]No changes.[reset][bold] Your infrastructure matches the configuration.[reset]\n\n")
                + wrap("iac has compared your real infrastructure against your configuration and found no differences, so no changes are needed.") + "\n"
        }
    }
}
