import ProviderKit
import Values

/// `random_string` and `random_password`: a random string of chosen character classes. The
/// password's result is sensitive and has a bcrypt hash beside it.
struct RandomString: RandomResource {
    enum Kind {
        case string
        case password
    }

    let kind: Kind
    let schema: Schema
    private let rules: PlanRules

    init(kind: Kind) {
        self.kind = kind
        let isPassword = kind == .password
        var block = RandomStringSchema.block(sensitive: isPassword)
        block.description = isPassword
            ? "Identical to [random_string](string.html) with the exception that the result is treated as sensitive and, thus, _not_ displayed in console output."
            : "The resource `random_string` generates a random permutation of alphanumeric characters and optionally special characters."
        schema = Schema(version: isPassword ? 3 : 2, block: block)
        rules = PlanRules(
            defaults: RandomStringSchema.defaults,
            keepingPrior: isPassword ? ["result", "id", "bcrypt_hash"] : ["result", "id"],
            replacing: RandomPlanning.paths(["length"] + RandomStringSchema.classes + RandomStringSchema.minimums))
    }

    func validate(_ config: Value) -> [ProviderDiagnostic] {
        RandomStringSchema.validate(config)
    }

    func plan(prior: Value?, proposed: Value, config: Value) throws(ProviderError) -> PlannedResource {
        let planned = try RandomPlanning.plan(schema, rules: rules, prior: prior, proposed: proposed, config: config) { planned throws(ProviderError) in
            try RandomStringSchema.synchronisingNumeric(planned, config: config)
        }
        guard let prior, !prior.isNull, RandomStringSchema.overrideSpecialReplaces(prior: prior, planned: planned.plannedState, config: config) else {
            return planned
        }
        return PlannedResource(
            plannedState: planned.plannedState,
            requiresReplace: RequiresReplace.sorted(planned.requiresReplace + [[.attribute("override_special")]]))
    }

    func create(_ planned: Value) throws(ProviderError) -> Value {
        let bytes: [UInt8]
        do {
            bytes = try RandomStringSchema.recipe(planned).generate()
        } catch {
            throw RandomDiagnostics.readError(error.description)
        }
        let result = String(decoding: bytes, as: UTF8.self)
        return withResult(result, in: planned)
    }

    /// Imports the result itself; the arguments take their defaults.
    func importState(id: String) throws(ProviderError) -> Value {
        let state = RandomStringSchema.fillingUnset(schema.block.emptyValue.settingAttribute("result", to: .string(id)))
        return withResult(id, in: state.settingAttribute("numeric", to: .true))
    }

    /// Brings state from before `numeric` (and, for passwords, a trustworthy `bcrypt_hash`) to
    /// the current schema, filling arguments old imports left null.
    func upgrade(version: Int, state: Value) throws(ProviderError) -> Value {
        var upgraded = RandomStringSchema.fillingUnset(state)
        upgraded = upgraded.settingAttribute("numeric", to: upgraded[attribute: "number"] ?? .true)
        guard kind == .password else { return upgraded }
        let result = upgraded[attribute: "result"]?.stringValue ?? ""
        let hash = upgraded[attribute: "bcrypt_hash"]?.stringValue ?? ""
        if version == 0 || (version == 2 && !Bcrypt.matches(result, hash: hash)) {
            upgraded = upgraded.settingAttribute("bcrypt_hash", to: .string(Bcrypt.hash(result)))
        }
        return upgraded
    }

    private func withResult(_ result: String, in object: Value) -> Value {
        let withResult = object.settingAttribute("result", to: .string(result))
        switch kind {
        case .string:
            return withResult.settingAttribute("id", to: .string(result))
        case .password:
            return withResult
                .settingAttribute("id", to: .string("none"))
                .settingAttribute("bcrypt_hash", to: .string(Bcrypt.hash(result)))
        }
    }
}
