import Addresses
import Engine
import Foundation
import Values

/// Plans and texts captured from the reference Terraform (`Tests/Fixtures/render`): the JSON
/// plan is read back into iac's plan model so that the renderers can be compared with what
/// Terraform printed for the same plan.
enum TerraformPlanFixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/render")

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
    }

    static func text(_ name: String) throws -> String {
        try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
    }

    /// The attributes of dynamic type of the resources in the captures, as their schemas say.
    static let dynamicAttributes: [String: Set<String>] = [
        "terraform_data": ["input", "output", "triggers_replace"],
        "terraform_remote_state": ["config", "defaults", "outputs"],
    ]

    /// The plan `show -json` described.
    static func plan(_ name: String, mode: PlanMode = .normal) throws -> Plan {
        let json = try Value.decodingJSON(text(name))
        let changes = try (json.attributes?["resource_changes"]?.elements ?? []).map(resourceChange)
        let drift = try (json.attributes?["resource_drift"]?.elements ?? []).map(resourceChange)
        let outputs = (json.attributes?["output_changes"]?.sortedAttributes ?? []).map { outputChange(name: $0.key, $0.value) }
        var variables: [String: Value] = [:]
        for (name, variable) in json.attributes?["variables"]?.attributes ?? [:] {
            variables[name] = variable.attributes?["value"]
        }
        return Plan(mode: mode, lineage: "fixture", serial: 1, changes: changes, outputChanges: outputs, drift: drift, variables: variables)
    }

    private static func resourceChange(_ entry: Value) throws -> ResourceChange {
        let fields = entry.attributes ?? [:]
        let change = fields["change"]?.attributes ?? [:]
        guard let addressText = fields["address"]?.stringValue,
            case .success(let address) = AddressParser.instance(addressText)
        else { throw FixtureError(description: "bad address in \(entry)") }
        let actions = (change["actions"]?.elements ?? []).compactMap(\.stringValue)
        let before = present(change["before"]).map { overlay($0, unknown: nil, sensitive: change["before_sensitive"]) }
        let after = change["after"].flatMap { value -> Value? in
            value.isNull && actions == ["delete"] ? nil : overlay(value, unknown: change["after_unknown"], sensitive: change["after_sensitive"])
        }
        let replace = (change["replace_paths"]?.elements ?? []).map(path)
        return ResourceChange(
            address: address, deposedKey: fields["deposed"]?.stringValue,
            providerConfig: "provider[\"\(fields["provider_name"]?.stringValue ?? "")\"]",
            action: action(actions), reason: fields["action_reason"]?.stringValue.flatMap(ChangeReason.init(rawValue:)),
            before: before, after: after, requiresReplace: replace)
    }

    private static func outputChange(name: String, _ entry: Value) -> OutputChange {
        let fields = entry.attributes ?? [:]
        let actions = (fields["actions"]?.elements ?? []).compactMap(\.stringValue)
        let unknown = fields["after_unknown"]?.boolValue == true
        let after = unknown ? Value.unknown(.dynamic) : (actions == ["delete"] ? nil : fields["after"])
        return OutputChange(
            name: name, action: action(actions), before: present(fields["before"]), after: after,
            sensitive: fields["after_sensitive"]?.boolValue == true || fields["before_sensitive"]?.boolValue == true)
    }

    private static func present(_ value: Value?) -> Value? {
        guard let value, !value.isNull else { return nil }
        return value
    }

    private static func action(_ actions: [String]) -> ChangeAction {
        switch actions {
        case ["delete", "create"]: .deleteThenCreate
        case ["create", "delete"]: .createThenDelete
        default: ChangeAction(rawValue: actions.first ?? "no-op") ?? .noOp
        }
    }

    private static func path(_ steps: Value) -> ValuePath {
        (steps.elements ?? []).map { step in
            step.stringValue.map(PathStep.attribute) ?? .index(step)
        }
    }

    /// The known value with unknown parts put back where `after_unknown` says and sensitive
    /// marks where `*_sensitive` says. An unknown takes the kind of value its sensitivity tree
    /// shows (`{}` an object, `[]` a tuple).
    static func overlay(_ known: Value?, unknown: Value?, sensitive: Value?) -> Value {
        var result: Value
        if unknown?.boolValue == true {
            let type: ValueType = sensitive?.type.isObject == true ? .emptyObject : (sensitive?.type.isTuple == true ? .emptyTuple : .dynamic)
            result = .unknown(type)
        } else if let known, known.type.isObject, let attributes = known.attributes {
            var keys = Set(attributes.keys)
            for (key, flag) in unknown?.attributes ?? [:] where flag.boolValue != false { keys.insert(key) }
            var merged: [String: Value] = [:]
            for key in keys {
                merged[key] = overlay(attributes[key], unknown: unknown?.attributes?[key], sensitive: sensitive?.attributes?[key])
            }
            result = .object(merged)
        } else if let known, let elements = known.elements {
            result = .tuple(elements.enumerated().map { index, element in
                overlay(element, unknown: unknown?.elements.flatMap { index < $0.count ? $0[index] : nil }, sensitive: sensitive?.elements.flatMap { index < $0.count ? $0[index] : nil })
            })
        } else {
            result = known ?? .null(.dynamic)
        }
        return sensitive?.boolValue == true ? result.marked(.sensitive) : result
    }

    /// Terraform's product name changed to iac in the prose the plan renderer prints.
    static func iacProse(_ text: String) -> String {
        text.replacingOccurrences(
            of: "Terraform used the selected providers to generate the following execution\nplan. Resource actions are indicated with the following symbols:",
            with: "iac used the selected providers to generate the following execution plan.\nResource actions are indicated with the following symbols:")
            .replacingOccurrences(of: "Terraform will perform the following actions:", with: "iac will perform the following actions:")
            .replacingOccurrences(
                of: "Terraform has compared your real infrastructure against your configuration\nand found no differences, so no changes are needed.",
                with: "iac has compared your real infrastructure against your configuration and\nfound no differences, so no changes are needed.")
    }

    /// The plan text of a captured `plan` run: without the `Refreshing state...` lines before it
    /// and the rule and note the command prints after it.
    static func planText(_ captured: String) -> String {
        var lines = captured.components(separatedBy: "\n")
        while let first = lines.first, first.contains("Refreshing state...") { lines.removeFirst() }
        var text = lines.joined(separator: "\n")
        if let rule = text.range(of: "\u{1B}[90m\n─") ?? text.range(of: "\n─") {
            text = String(text[..<rule.lowerBound])
        }
        return iacProse(text)
    }
}
