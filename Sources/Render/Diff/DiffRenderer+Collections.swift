import Engine
import Values

/// Objects, maps, lists, sets and resource blocks: one child per line, unchanged children
/// hidden and counted.
extension DiffRenderer {
    /// Attribute names that are always shown in a resource block, changed or not.
    static let identifyingAttributes: Set<String> = ["id", "name", "tags"]

    func object(_ diff: ValueDiff, attributes: [String: ValueDiff], indent: Int, options: Options) -> String {
        if attributes.isEmpty {
            return empty("{}", diff, options)
        }
        var childOptions = options
        childOptions.hideNullSuffix = true
        let names = attributes.keys.sorted()
        let width = names.map { AttributeName.display($0).count }.max() ?? 0
        var hidden = 0
        var text = "{" + forcesReplacement(diff.replace, options) + "\n"
        for name in names {
            guard let child = attributes[name] else { continue }
            if child.action == .noOp && !options.showUnchanged {
                hidden += 1
                continue
            }
            text += line(child, label: pad(AttributeName.display(name), width), indent: indent + 1, options: childOptions)
        }
        if hidden > 0 { text += hiddenLine("attribute", hidden, indent: indent + 1) }
        return text + closing("}", diff, indent: indent, options: options)
    }

    func map(_ diff: ValueDiff, elements: [String: ValueDiff], indent: Int, options: Options) -> String {
        if elements.isEmpty {
            return empty("{}", diff, options)
        }
        var childOptions = options
        childOptions.hideNullSuffix = diff.action == .delete
        childOptions.forceReplaceMarker = false
        let keys = elements.keys.sorted()
        let width = (keys.map(\.count).max() ?? 0) + 2
        var hidden = 0
        var text = "{" + forcesReplacement(diff.replace, options) + "\n"
        for key in keys {
            guard let child = elements[key] else { continue }
            if child.action == .noOp && !options.showUnchanged {
                hidden += 1
                continue
            }
            var rendered = line(child, label: pad(goQuoted(key), width), indent: indent + 1, options: childOptions)
            if case .object = child.shape {
                rendered.insert(",", at: rendered.index(before: rendered.endIndex))
            }
            text += rendered
        }
        if hidden > 0 { text += hiddenLine("element", hidden, indent: indent + 1) }
        return text + closing("}", diff, indent: indent, options: options)
    }

    func list(_ diff: ValueDiff, elements: [ValueDiff], indent: Int, options: Options) -> String {
        if elements.isEmpty {
            return empty("[]", diff, options)
        }
        var elementOptions = options
        elementOptions.hideNullSuffix = true
        var unchangedOptions = options
        unchangedOptions.showUnchanged = true
        var skipped: [ValueDiff] = []
        var showNext = false
        var text = "[" + forcesReplacement(diff.replace, options) + "\n"
        for element in elements {
            if element.action == .noOp && !showNext && !options.showUnchanged {
                skipped.append(element)
                continue
            }
            showNext = false
            if skipped.count > 1 { text += hiddenLine("element", skipped.count - 1, indent: indent + 1) }
            if let previous = skipped.last { text += elementLine(previous, indent: indent + 1, options: unchangedOptions) }
            skipped = []
            let chosen = element.action == .noOp ? unchangedOptions : elementOptions
            if element.action != .noOp { showNext = true }
            text += elementLine(element, indent: indent + 1, options: chosen)
        }
        if !skipped.isEmpty { text += hiddenLine("element", skipped.count, indent: indent + 1) }
        return text + closing("]", diff, indent: indent, options: options)
    }

    func set(_ diff: ValueDiff, elements: [ValueDiff], indent: Int, options: Options) -> String {
        if elements.isEmpty {
            return empty("[]", diff, options)
        }
        var elementOptions = options
        elementOptions.hideNullSuffix = true
        var hidden = 0
        var text = "[" + forcesReplacement(diff.replace, options) + "\n"
        for element in elements {
            if element.action == .noOp && !options.showUnchanged {
                hidden += 1
                continue
            }
            text += elementLine(element, indent: indent + 1, options: elementOptions)
        }
        if hidden > 0 { text += hiddenLine("element", hidden, indent: indent + 1) }
        return text + closing("]", diff, indent: indent, options: options)
    }

    func block(_ diff: ValueDiff, attributes: [String: ValueDiff], indent: Int, options: Options) -> String {
        if attributes.isEmpty { return "{}" + forcesReplacement(diff.replace, options) }
        let names = attributes.keys.sorted()
        let width = names.map { AttributeName.display($0).count }.max() ?? 0
        var identifyingOptions = options
        identifyingOptions.showUnchanged = true
        var hidden = 0
        var text = "{" + forcesReplacement(diff.replace, options) + "\n"
        for name in names {
            guard let child = attributes[name] else { continue }
            let identifying = Self.identifyingAttributes.contains(name)
            if !identifying && child.action == .noOp && !options.showUnchanged {
                hidden += 1
                continue
            }
            let label = pad(identifying ? name : AttributeName.display(name), width)
            text += line(child, label: label, indent: indent + 1, options: identifying ? identifyingOptions : options)
        }
        if hidden > 0 { text += hiddenLine("attribute", hidden, indent: indent + 1) }
        return text + Self.indentation(indent) + symbol(.noOp) + "}"
    }

    /// An empty collection or object: `{}` or `[]` with its suffixes.
    private func empty(_ brackets: String, _ diff: ValueDiff, _ options: Options) -> String {
        brackets + nullSuffix(diff.action, options) + forcesReplacement(diff.replace, options)
    }

    /// The closing bracket of a collection or object on its own line.
    private func closing(_ bracket: String, _ diff: ValueDiff, indent: Int, options: Options) -> String {
        Self.indentation(indent) + symbol(.noOp) + bracket + nullSuffix(diff.action, options)
    }

    /// `# (2 unchanged elements hidden)` on its own line.
    private func hiddenLine(_ noun: String, _ count: Int, indent: Int) -> String {
        Self.indentation(indent) + symbol(.noOp) + unchanged(noun, count) + "\n"
    }

    /// One element of a list or set, `symbol value,`, with the warnings that go before it.
    private func elementLine(_ element: ValueDiff, indent: Int, options: Options) -> String {
        let padding = Self.indentation(indent)
        return warnings(element, indent: indent).map { padding + $0 + "\n" }.joined()
            + padding + symbol(element.action) + render(element, indent: indent, options: options) + ",\n"
    }

    /// One `symbol name = value` line with the warnings that go before it.
    private func line(_ child: ValueDiff, label: String, indent: Int, options: Options) -> String {
        let padding = Self.indentation(indent)
        var text = ""
        for warning in warnings(child, indent: indent) { text += padding + warning + "\n" }
        return text + padding + symbol(child.action) + label + " = " + render(child, indent: indent, options: options) + "\n"
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
