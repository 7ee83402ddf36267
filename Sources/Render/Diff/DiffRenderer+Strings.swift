import Foundation
import Engine
import Values

/// Strings: quoted on one line, heredocs with a line diff for multi-line text, and
/// `jsonencode(...)` with a structural diff for JSON text.
extension DiffRenderer {
    /// A string as the renderer treats it: JSON text decoded, multi-line text trimmed.
    private enum Text {
        case plain(String)
        case multiline(String)
        case json(Value)

        init(_ value: Value?) {
            guard let text = value?.stringValue else {
                self = .plain("")
                return
            }
            if text.hasPrefix("{") || text.hasPrefix("["), let decoded = try? Value.decodingJSON(text) {
                self = .json(decoded)
            } else if text.contains("\n") {
                self = .multiline(text.trimmingCharacters(in: .whitespacesAndNewlines))
            } else {
                self = .plain(text)
            }
        }

        var lines: [String] {
            switch self {
            case .plain(let text), .multiline(let text): text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            case .json: []
            }
        }
    }

    func string(_ diff: ValueDiff, before: Value?, after: Value?, indent: Int, options: Options) -> String {
        let replace = forcesReplacement(diff.replace, options)
        let noOpLine = Self.indentation(indent + 1) + symbol(.noOp)
        var lines: [String]
        switch diff.action {
        case .create, .noOp:
            switch Text(after) {
            case .json(let json):
                return jsonString(diff, before: diff.action == .noOp ? json : nil, after: json, indent: indent, options: options)
            case .plain(let text):
                return quoted(after, text) + replace
            case .multiline(let text):
                lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { noOpLine + $0 }
            }
        case .delete:
            switch Text(before) {
            case .json(let json):
                return jsonString(diff, before: json, after: nil, indent: indent, options: options)
            case .plain(let text):
                return quoted(before, text) + nullSuffix(diff.action, options) + replace
            case .multiline(let text):
                lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { noOpLine + $0 }
            }
        default:
            let old = Text(before)
            let new = Text(after)
            switch (old, new) {
            case (.json(let oldJSON), .json(let newJSON)):
                return jsonString(diff, before: oldJSON, after: newJSON, indent: indent, options: options)
            case (.json, _), (_, .json):
                let change = ValueDiff(
                    .typeChange(
                        before: ValueDiff(.primitive(before: before, after: nil), action: .delete),
                        after: ValueDiff(.primitive(before: nil, after: after), action: .create)),
                    action: diff.action, replace: diff.replace)
                return render(change, indent: indent, options: options)
            case (.plain(let oldText), .plain(let newText)):
                return quoted(before, oldText) + " " + colorize("[yellow]->[reset]") + " " + quoted(after, newText) + replace
            default:
                lines = lineDiff(old.lines, new.lines, indent: indent)
            }
        }
        return "<<-EOT" + replace + "\n" + lines.joined(separator: "\n") + "\n" + Self.indentation(indent) + symbol(.noOp)
            + "EOT" + nullSuffix(diff.action, options)
    }

    private func quoted(_ value: Value?, _ text: String) -> String {
        value?.stringValue == nil ? colorize("[dark_gray]null[reset]") : goQuoted(text)
    }

    private func lineDiff(_ old: [String], _ new: [String], indent: Int) -> [String] {
        let padding = Self.indentation(indent + 1)
        let pairs = ListAlignment.pairs(old.map(Value.string), new.map(Value.string), pairingSameLength: false) { _ in false }
        return pairs.map { oldIndex, newIndex in
            guard let oldIndex else { return padding + symbol(.create) + (newIndex.map { new[$0] } ?? "") }
            return padding + symbol(newIndex == nil ? .delete : .noOp) + old[oldIndex]
        }
    }

    /// JSON text rendered as `jsonencode(...)` with a diff of its structure.
    private func jsonString(_ diff: ValueDiff, before: Value?, after: Value?, indent: Int, options: Options) -> String {
        let structure = ValueDiffer(schemaless: true).diff(before, after)
        var jsonOptions = options
        var whitespace = ""
        var replace = ""
        var action = diff.action
        if structure.action == .noOp && diff.action == .update {
            whitespace = diff.replace ? " # whitespace changes force replacement" : " # whitespace changes"
            jsonOptions.showUnchanged = true
            action = .noOp
        } else {
            replace = forcesReplacement(diff.replace, options)
        }
        let rendered = render(structure, indent: indent + 1, options: jsonOptions)
        if diff.action == .create || diff.action == .delete { action = .noOp }
        if rendered.contains("\n") {
            let padding = Self.indentation(indent + 1)
            return "jsonencode(" + whitespace + "\n" + padding + symbol(action) + rendered + replace + "\n" + padding + ")"
        }
        return "jsonencode(" + rendered + ")" + whitespace + replace
    }
}
