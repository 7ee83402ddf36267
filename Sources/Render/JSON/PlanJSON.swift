import Addresses
import Engine
import Values

/// Terraform's JSON plan representation (`show -json PLANFILE`, format 1.2): root module
/// variables, planned values, drift, resource and output changes, and the prior state.
///
/// Left out because the plan does not carry them: `configuration`, `relevant_attributes`,
/// `timestamp`, resources' `depends_on` in the prior state, and real `schema_version`s
/// (written as 0). The prior state's outputs are the outputs' values before the plan, and an
/// object counts as tainted there when the plan replaces it for that reason.
public enum PlanJSON {
    /// The plan as one line of JSON.
    public static func render(_ plan: Plan) -> String {
        var members: [(key: String, value: JSONTree)] = [
            ("format_version", .string("1.2")),
            ("terraform_version", .string(TerraformVersion.text)),
        ]
        if !plan.variables.isEmpty {
            members.append(("variables", .object(plan.variables.keys.sorted().map { name in
                (name, .object([("value", plan.variables[name].map(JSONTree.init) ?? .null)]))
            })))
        }
        members.append(("planned_values", plannedValues(plan)))
        if !plan.drift.isEmpty { members.append(("resource_drift", .array(plan.drift.map(resourceChange)))) }
        if !plan.changes.isEmpty { members.append(("resource_changes", .array(plan.changes.map(resourceChange)))) }
        if !plan.outputChanges.isEmpty {
            members.append(("output_changes", .object(plan.outputChanges.sorted { $0.name < $1.name }.map { ($0.name, outputChange($0)) })))
        }
        if let prior = priorState(plan) { members.append(("prior_state", prior)) }
        members.append(("applyable", .bool(plan.hasChanges || (plan.mode == .refreshOnly && !plan.drift.isEmpty))))
        members.append(("complete", .bool(true)))
        members.append(("errored", .bool(false)))
        return JSONTree.object(members).compact
    }

    private static func plannedValues(_ plan: Plan) -> JSONTree {
        var outputs: [(key: String, value: JSONTree)] = []
        for change in plan.outputChanges.sorted(by: { $0.name < $1.name }) where change.action != .delete {
            guard let after = change.after else { continue }
            var members: [(key: String, value: JSONTree)] = [("sensitive", .bool(change.sensitive))]
            if after.isWhollyKnown {
                members.append(("type", JSONTree(after.type)))
                members.append(("value", JSONTree(after)))
            }
            outputs.append((change.name, .object(members)))
        }
        let resources = plan.changes.compactMap { change -> (module: ModuleInstanceAddress, resource: JSONTree)? in
            guard let after = change.after, change.action != .delete, change.deposedKey == nil else { return nil }
            return (change.address.module, resourceValues(change.address, provider: change.providerConfig, value: after))
        }
        let module: (key: String, value: JSONTree) = ("root_module", .object(ResourceJSON.modules(resources)))
        return .object(outputs.isEmpty ? [module] : [("outputs", .object(outputs)), module])
    }

    /// A resource as planned values and the prior state list it, followed by `status` members.
    private static func resourceValues(
        _ address: ResourceInstanceAddress, provider: String, value: Value, status: [(key: String, value: JSONTree)] = []
    ) -> JSONTree {
        .object(ResourceJSON.identity(address) + [
            ("provider_name", .string(ResourceJSON.providerName(provider))),
            ("schema_version", .number("0")),
            ("values", ValueJSONViews.knownParts(value) ?? .object([])),
            ("sensitive_values", ValueJSONViews.sensitive(value)),
        ] + status)
    }

    private static func resourceChange(_ change: ResourceChange) -> JSONTree {
        var members = ResourceJSON.identity(change.address)
        if !change.address.module.isRoot {
            members.insert(("module_address", .string(change.address.module.text)), at: 1)
        }
        members.append(("provider_name", .string(ResourceJSON.providerName(change.providerConfig))))
        if let deposed = change.deposedKey { members.append(("deposed", .string(deposed))) }
        var body: [(key: String, value: JSONTree)] = [
            ("actions", .array(actions(change.action).map(JSONTree.string))),
            ("before", change.before.map { JSONTree($0) } ?? .null),
            ("after", change.after.flatMap { ValueJSONViews.knownParts($0) } ?? .null),
            ("after_unknown", change.after.map(ValueJSONViews.unknown) ?? .object([])),
            ("before_sensitive", change.before.map(ValueJSONViews.sensitive) ?? .bool(false)),
            ("after_sensitive", change.after.map(ValueJSONViews.sensitive) ?? .bool(false)),
        ]
        if !change.requiresReplace.isEmpty {
            body.append(("replace_paths", .array(change.requiresReplace.map(path))))
        }
        members.append(("change", .object(body)))
        if let reason = change.reason { members.append(("action_reason", .string(reason.rawValue))) }
        return .object(members)
    }

    private static func outputChange(_ change: OutputChange) -> JSONTree {
        var members: [(key: String, value: JSONTree)] = [
            ("actions", .array(actions(change.action).map(JSONTree.string))),
            ("before", change.before.map { JSONTree($0) } ?? .null),
        ]
        if let after = change.after, after.isWhollyKnown {
            members.append(("after", JSONTree(after)))
        } else if change.after == nil {
            members.append(("after", .null))
        }
        members.append(("after_unknown", .bool(!(change.after?.isWhollyKnown ?? true))))
        members.append(("before_sensitive", .bool(change.sensitive)))
        members.append(("after_sensitive", .bool(change.sensitive)))
        return .object(members)
    }

    private static func priorState(_ plan: Plan) -> JSONTree? {
        let resources = plan.changes.compactMap { change -> (module: ModuleInstanceAddress, resource: JSONTree)? in
            guard let before = change.before else { return nil }
            var status: [(key: String, value: JSONTree)] = []
            if change.reason == .replaceBecauseTainted { status.append(("tainted", .bool(true))) }
            if let deposed = change.deposedKey { status.append(("deposed_key", .string(deposed))) }
            return (change.address.module, resourceValues(change.address, provider: change.providerConfig, value: before, status: status))
        }
        let outputs = plan.outputChanges.sorted { $0.name < $1.name }.compactMap { change -> (key: String, value: JSONTree)? in
            guard let before = change.before else { return nil }
            return (change.name, .object([
                ("sensitive", .bool(change.sensitive)),
                ("value", JSONTree(before)),
                ("type", JSONTree(before.type)),
            ]))
        }
        guard !resources.isEmpty || !outputs.isEmpty else { return nil }
        return .object([
            ("format_version", .string("1.0")),
            ("terraform_version", .string(TerraformVersion.text)),
            ("values", .object([("outputs", .object(outputs)), ("root_module", .object(ResourceJSON.modules(resources)))])),
        ])
    }

    private static func actions(_ action: ChangeAction) -> [String] {
        switch action {
        case .deleteThenCreate: ["delete", "create"]
        case .createThenDelete: ["create", "delete"]
        default: [action.rawValue]
        }
    }

    /// A path as the JSON plan writes it: attribute names and keys as strings, indexes as numbers.
    private static func path(_ path: ValuePath) -> JSONTree {
        .array(path.map { step in
            switch step {
            case .attribute(let name): .string(name)
            case .index(let key): key.numberValue.map { .number($0.description) } ?? .string(key.stringValue ?? "")
            }
        })
    }
}

/// The Terraform version iac's JSON formats claim compatibility with.
enum TerraformVersion {
    static let text = "1.15.5"
}
