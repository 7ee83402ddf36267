import HCL
import Lang
import Values

/// How an override file's declaration changes the one it overrides: whatever the override sets
/// explicitly wins, anything it leaves out stays.
enum OverrideMerging {
    static func variable(_ base: inout Variable, _ override: Declared<Variable>) -> [Diagnostic] {
        let item = override.item
        if override.sets("description") { base.description = item.description }
        if override.sets("sensitive") { base.isSensitive = item.isSensitive }
        if override.sets("ephemeral") { base.isEphemeral = item.isEphemeral }
        if override.sets("const") { base.isConst = item.isConst }
        if override.sets("deprecated") { base.deprecation = item.deprecation }
        if override.sets("nullable") { base.isNullable = item.isNullable }
        if override.sets("default") { base.defaultValue = item.defaultValue }
        if override.sets("type") {
            base.constraint = item.constraint
            base.hasDeclaredType = true
        }
        guard let value = base.defaultValue else { return [] }
        var diagnostics: [Diagnostic] = []
        do {
            base.defaultValue = try value.converted(to: base.constraint.type)
        } catch {
            let detail = switch (override.sets("type"), override.sets("default")) {
            case (true, false): "Overriding this variable's type constraint has made its default value invalid: \(ConversionMessage.text(error))."
            case (false, true): "The overridden default value for this variable is not compatible with the variable's type constraint: \(ConversionMessage.text(error))."
            default: "This variable's default value is not compatible with its type constraint: \(ConversionMessage.text(error))."
            }
            diagnostics.append(.error("Invalid default value for variable", detail, at: item.range))
        }
        if !base.isNullable, base.defaultValue?.isNull == true {
            diagnostics.append(.error(
                "Invalid default value for variable", "A null default value is not valid when nullable=false.", at: item.range))
        }
        return diagnostics
    }

    static func output(_ base: inout Output, _ override: Declared<Output>) -> [Diagnostic] {
        let item = override.item
        if let description = item.description, !description.isEmpty { base.description = description }
        if let expression = item.expression { base.expression = expression }
        if override.sets("sensitive") { base.isSensitive = item.isSensitive }
        return unsupportedDependsOn(item.dependsOn)
    }

    static func moduleCall(_ base: inout ModuleCall, _ override: Declared<ModuleCall>) -> [Diagnostic] {
        let item = override.item
        if let source = item.sourceExpression { base.sourceExpression = source }
        if let version = item.versionExpression { base.versionExpression = version }
        if let count = item.count { base.count = count }
        if let forEach = item.forEach { base.forEach = forEach }
        base.body = BodyMerging.merge(base.body, item.body)
        if !item.providers.isEmpty { base.providers = item.providers }
        return unsupportedDependsOn(item.dependsOn)
    }

    static func resource(_ base: inout ResourceDeclaration, _ override: Declared<ResourceDeclaration>) -> [Diagnostic] {
        let item = override.item
        var diagnostics: [Diagnostic] = []
        if let count = item.count { base.count = count }
        if let forEach = item.forEach { base.forEach = forEach }
        if let provider = item.provider { base.provider = provider }
        if base.mode == .managed {
            if let connection = item.connection { base.connection = connection }
            if let createBeforeDestroy = item.lifecycle.createBeforeDestroy { base.lifecycle.createBeforeDestroy = createBeforeDestroy }
            if !item.lifecycle.ignoreChanges.isEmpty { base.lifecycle.ignoreChanges = item.lifecycle.ignoreChanges }
            if item.lifecycle.ignoresAllChanges { base.lifecycle.ignoresAllChanges = true }
            if let preventDestroy = item.lifecycle.preventDestroy { base.lifecycle.preventDestroy = preventDestroy }
            if !item.provisioners.isEmpty { base.provisioners = item.provisioners }
        }
        base.body = BodyMerging.merge(base.body, item.body)
        diagnostics += unsupportedDependsOn(item.dependsOn)
        return diagnostics
    }

    private static func unsupportedDependsOn(_ dependsOn: [Traversal]) -> [Diagnostic] {
        guard let first = dependsOn.first else { return [] }
        return [.error("Unsupported override", "The depends_on argument may not be overridden.", at: first.rootRange.through(first.range))]
    }
}

/// Terraform's merging of an override body into a base body: an argument replaces the base's
/// argument of that name; blocks of a type replace every base block of that type (a
/// `dynamic "x"` block counts as type `x`).
enum BodyMerging {
    static func merge(_ base: Body, _ override: Body) -> Body {
        let overriddenAttributes = Set(override.attributes.map(\.name))
        let overriddenBlockTypes = Set(override.blocks.map(blockType))
        var items = base.items.filter { item in
            switch item {
            case .attribute(let attribute): !overriddenAttributes.contains(attribute.name)
            case .block(let block): !overriddenBlockTypes.contains(blockType(block))
            }
        }
        items += override.items
        return Body(items: items, range: base.range)
    }

    private static func blockType(_ block: Block) -> String {
        block.type == "dynamic" ? (block.labels.first?.value ?? "dynamic") : block.type
    }
}
