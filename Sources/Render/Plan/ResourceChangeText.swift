import Addresses
import Engine

/// One resource instance's block in a plan: the `# address will be …` comment with its reason
/// lines, then `symbol resource "type" "name" {` and the attribute diff.
struct ResourceChangeText: Sendable {
    var colorize: Colorizer
    /// By resource type, the attributes of dynamic type.
    var dynamicAttributes: [String: Set<String>]

    /// Whether the change is found by refresh (drift) rather than proposed by the plan.
    enum Cause: Sendable {
        case proposed
        case drift
    }

    /// The block, or nil when there is nothing to say about the change.
    func render(_ change: ResourceChange, cause: Cause) -> String? {
        guard change.action != .noOp else { return nil }
        let diff = ValueDiffer(replacePaths: change.requiresReplace)
            .block(change.before, change.after, dynamic: dynamicAttributes[change.address.resource.type] ?? [])
        let renderer = DiffRenderer(colorize: colorize)
        let mode = change.address.resource.mode == .data ? "data" : "resource"
        let header = "\(mode) \"\(change.address.resource.type)\" \"\(change.address.resource.name)\""
        return colorize(comment(change, cause: cause)) + colorize(DiffRenderer.symbolMarkup(change.action)) + " " + header
            + " " + renderer.render(diff, indent: 0)
    }

    private func comment(_ change: ResourceChange, cause: Cause) -> String {
        var address = change.address.text
        if let deposed = change.deposedKey { address += " (deposed object \(deposed))" }
        var text: String
        switch change.action {
        case .create:
            text = "[bold]  # \(address)[reset] will be created"
        case .read:
            text = "[bold]  # \(address)[reset] will be read during apply"
            switch change.reason {
            case .readBecauseConfigUnknown: text += "\n  # (config refers to values not yet known)"
            case .readBecauseDependencyPending: text += "\n  # (depends on a resource or a module with changes pending)"
            default: break
            }
        case .update:
            text = cause == .drift
                ? "[bold]  # \(address)[reset] has changed" : "[bold]  # \(address)[reset] will be updated in-place"
        case .deleteThenCreate, .createThenDelete:
            switch change.reason {
            case .replaceBecauseTainted: text = "[bold]  # \(address)[reset] is tainted, so must be [bold][red]replaced[reset]"
            case .replaceByRequest: text = "[bold]  # \(address)[reset] will be [bold][red]replaced[reset], as requested"
            case .replaceByTriggers:
                text = "[bold]  # \(address)[reset] will be [bold][red]replaced[reset] due to changes in replace_triggered_by"
            default: text = "[bold]  # \(address)[reset] must be [bold][red]replaced[reset]"
            }
        case .delete:
            text = cause == .drift
                ? "[bold]  # \(address)[reset] has been deleted" : "[bold]  # \(address)[reset] will be [bold][red]destroyed[reset]"
            text += deleteReason(change)
            if change.deposedKey != nil { text += "\n  # (left over from a partially-failed replacement of this instance)" }
        case .noOp:
            text = ""
        }
        return text + "\n"
    }

    private func deleteReason(_ change: ResourceChange) -> String {
        let resource = change.address.resource
        switch change.reason {
        case .deleteBecauseNoResourceConfig:
            return "\n  # (because \(resource.type).\(resource.name) is not in configuration)"
        case .deleteBecauseNoModule:
            return "\n  # (because \(change.address.module.text) is not in configuration)"
        case .deleteBecauseCountIndex:
            return "\n  # (because index [\(indexJSON(change.address.key))] is out of range for count)"
        case .deleteBecauseEachKey:
            return "\n  # (because key [\(indexJSON(change.address.key))] is not in for_each map)"
        default:
            return ""
        }
    }

    /// The instance key as the JSON plan writes it: a number, or a JSON string.
    private func indexJSON(_ key: InstanceKey?) -> String {
        switch key {
        case .index(let index): String(index)
        case .key(let name): JSONText.quote(name)
        case nil: ""
        }
    }
}
