import Engine
import Values

/// Prints a `ValueDiff` the way Terraform's plan renderer does: four-space indents, a
/// three-character action symbol before each line, `=` aligned within a block, `-> null` for
/// removed values and `# forces replacement` where a change forces it.
struct DiffRenderer: Sendable {
    var colorize: Colorizer
    /// Print values without action symbols, as `show` prints state.
    var hidesSymbols = false

    /// What the enclosing value asks of the values inside it.
    struct Options: Sendable {
        /// Print unchanged children instead of counting them as hidden.
        var showUnchanged = false
        /// Leave out `-> null` (inside collections and objects that are removed as a whole).
        var hideNullSuffix = false
        /// Print `# forces replacement` even where the diff itself does not say so.
        var forceReplaceMarker = false
        /// Never print `# forces replacement` (the enclosing value prints it).
        var forbidReplaceMarker = false
    }

    func render(_ diff: ValueDiff, indent: Int, options: Options = Options()) -> String {
        switch diff.shape {
        case .primitive(let before, let after):
            return primitive(diff, before: before, after: after, indent: indent, options: options)
        case .object(let attributes):
            return object(diff, attributes: attributes, indent: indent, options: options)
        case .map(let elements):
            return map(diff, elements: elements, indent: indent, options: options)
        case .list(let elements):
            return list(diff, elements: elements, indent: indent, options: options)
        case .set(let elements):
            return set(diff, elements: elements, indent: indent, options: options)
        case .block(let attributes):
            return block(diff, attributes: attributes, indent: indent, options: options)
        case .sensitive:
            return "(sensitive value)" + nullSuffix(diff.action, options) + forcesReplacement(diff.replace, options)
        case .unknown(let before):
            guard diff.action != .create, let before else {
                return "(known after apply)" + forcesReplacement(diff.replace, options)
            }
            var beforeOptions = options
            beforeOptions.hideNullSuffix = true
            if diff.replace { beforeOptions.forbidReplaceMarker = true }
            return render(before, indent: indent, options: beforeOptions) + " -> (known after apply)"
                + forcesReplacement(diff.replace, options)
        case .typeChange(let before, let after):
            var inner = options
            inner.hideNullSuffix = true
            return render(before, indent: indent, options: inner) + " " + colorize("[yellow]->[reset]") + " "
                + render(after, indent: indent, options: inner)
        }
    }

    /// Lines printed before the value's own line: notes that its sensitivity changes.
    func warnings(_ diff: ValueDiff, indent: Int) -> [String] {
        guard case .sensitive(let inner, let beforeSensitive, let afterSensitive) = diff.shape,
            beforeSensitive != afterSensitive, inner.action != .create, inner.action != .delete
        else { return [] }
        var warning: String
        if beforeSensitive {
            warning = "  # [yellow]Warning[reset]: this attribute value will no longer be marked as sensitive\n"
                + Self.indentation(indent) + "  # after applying this change."
        } else {
            warning = "  # [yellow]Warning[reset]: this attribute value will be marked as sensitive and will not\n"
                + Self.indentation(indent) + "  # display in UI output after applying this change."
        }
        if inner.action == .noOp { warning += " The value is unchanged." }
        return [colorize(warning)]
    }

    /// The action symbol, colored, and the space after it.
    func symbol(_ action: ChangeAction) -> String {
        hidesSymbols ? "" : colorize(Self.symbolMarkup(action)) + " "
    }

    /// Terraform's three-character symbol for an action, with color markup.
    static func symbolMarkup(_ action: ChangeAction) -> String {
        switch action {
        case .deleteThenCreate: "[red]-[reset]/[green]+[reset]"
        case .createThenDelete: "[green]+[reset]/[red]-[reset]"
        case .create: "  [green]+[reset]"
        case .delete: "  [red]-[reset]"
        case .read: " [cyan]<=[reset]"
        case .update: "  [yellow]~[reset]"
        case .noOp: "   "
        }
    }

    static func indentation(_ level: Int) -> String {
        String(repeating: "    ", count: level)
    }

    func nullSuffix(_ action: ChangeAction, _ options: Options) -> String {
        !options.hideNullSuffix && action == .delete ? colorize(" [dark_gray]-> null[reset]") : ""
    }

    func forcesReplacement(_ replace: Bool, _ options: Options) -> String {
        !options.forbidReplaceMarker && (replace || options.forceReplaceMarker)
            ? colorize(" [red]# forces replacement[reset]") : ""
    }

    /// `# (3 unchanged attributes hidden)`.
    func unchanged(_ noun: String, _ count: Int) -> String {
        colorize("[dark_gray]# (\(count) unchanged \(noun)\(count == 1 ? "" : "s") hidden)[reset]")
    }

    private func primitive(_ diff: ValueDiff, before: Value?, after: Value?, indent: Int, options: Options) -> String {
        let isString = [before, after].contains { $0.map { !$0.isNull && $0.type == .string } ?? false }
        if isString {
            return string(diff, before: before, after: after, indent: indent, options: options)
        }
        let replace = forcesReplacement(diff.replace, options)
        switch diff.action {
        case .create: return text(after) + replace
        case .delete: return text(before) + nullSuffix(diff.action, options) + replace
        case .noOp: return text(before) + replace
        default: return text(before) + " " + colorize("[yellow]->[reset]") + " " + text(after) + replace
        }
    }

    /// A number, bool or null as a plan shows it.
    func text(_ value: Value?) -> String {
        guard let value, !value.isNull else { return colorize("[dark_gray]null[reset]") }
        if let flag = value.boolValue { return flag ? "true" : "false" }
        return value.numberValue?.description ?? ""
    }
}
