import HCL
import Values

/// Combines the files of a module into one `Module` as Terraform's `NewModule` does: the
/// primary files' declarations are added (clashes reported), then each override file's
/// declarations are merged into the ones they override.
struct ModuleBuilder {
    private(set) var module: Module
    private(set) var diagnostics: [Diagnostic] = []
    private var requiredProvidersRange: SourceRange?
    /// Import blocks with a static target so far, in order: Terraform compares each pair.
    private var importTargets: [(target: String, range: SourceRange)] = []

    init(directory: String) {
        module = Module(directory: directory)
    }

    static func build(directory: String, primary: [ConfigFile], overrides: [ConfigFile]) -> (Module, [Diagnostic]) {
        var builder = ModuleBuilder(directory: directory)
        for file in primary {
            for block in file.requiredProviders {
                if let previous = builder.requiredProvidersRange {
                    builder.diagnostics.append(.error(
                        "Duplicate required providers configuration",
                        "A module may have only one required providers configuration. The required providers were previously configured at \(previous.displayString).",
                        at: block.range))
                    continue
                }
                builder.requiredProvidersRange = block.range
                for entry in block.entries { builder.module.requiredProviders[entry.name] = entry }
            }
        }
        for file in overrides {
            for block in file.requiredProviders {
                for entry in block.entries { builder.module.requiredProviders[entry.name] = entry }
            }
        }
        for file in primary { builder.append(file) }
        for file in overrides { builder.merge(file) }
        builder.checkImportProviders()
        return (builder.module, builder.diagnostics)
    }

    // MARK: - Primary files

    private mutating func append(_ file: ConfigFile) {
        module.coreVersionConstraints += file.coreVersionConstraints
        for backend in file.backends {
            if let existing = module.backend {
                diagnostics.append(.error(
                    "Duplicate 'backend' configuration block",
                    "A module may have only one 'backend' configuration block. The backend was previously configured at \(existing.range.displayString).",
                    at: backend.range))
                continue
            }
            module.backend = backend
        }
        for cloud in file.cloudConfigs {
            if let existing = module.cloud {
                diagnostics.append(duplicateCloud(cloud, previous: existing))
                continue
            }
            module.cloud = cloud
        }
        if let backend = module.backend, let cloud = module.cloud {
            diagnostics.append(.error(
                "Conflicting 'cloud' and 'backend' configuration blocks are present",
                "A module may declare either one 'cloud' block OR one 'backend' block for configuring state storage. The 'cloud' block is configured at \(cloud.range.displayString); a 'backend' is configured at \(backend.range.displayString). Remove the 'backend' block to configure HCP Terraform or Terraform Enterprise.",
                at: backend.range))
        }
        for provider in file.providerConfigs {
            if let existing = module.providerConfigs[provider.key] {
                let detail = existing.alias == nil
                    ? "A default (non-aliased) provider configuration for \(goQuoted(existing.name)) was already given at \(existing.range.displayString). If multiple configurations are required, set the \"alias\" argument for alternative configurations."
                    : "A provider configuration for \(goQuoted(existing.name)) with alias \(goQuoted(existing.alias ?? "")) was already given at \(existing.range.displayString). Each configuration for the same provider must have a distinct alias."
                diagnostics.append(.error("Duplicate provider configuration", detail, at: provider.range))
                continue
            }
            module.providerConfigs[provider.key] = provider
        }
        for meta in file.providerMetas {
            declare(meta, as: providerAddress(forLocalName: meta.provider).fullString, in: \.providerMetas, range: meta.range, replacing: true) { existing in
                ("Duplicate provider_meta block",
                 "A provider_meta block for provider \(goQuoted(existing.provider)) was already declared at \(existing.range.displayString). Providers may only have one provider_meta block per module.")
            }
        }
        for variable in file.variables.map(\.item) {
            declare(variable, as: variable.name, in: \.variables, range: variable.range, replacing: true) { existing in
                ("Duplicate variable declaration",
                 "A variable named \(goQuoted(variable.name)) was already declared at \(existing.range.displayString). Variable names must be unique within a module.")
            }
        }
        for local in file.locals {
            declare(local, as: local.name, in: \.locals, range: local.range, replacing: true) { existing in
                ("Duplicate local value definition",
                 "A local value named \(goQuoted(local.name)) was already defined at \(existing.range.displayString). Local value names must be unique within a module.")
            }
        }
        for output in file.outputs.map(\.item) {
            declare(output, as: output.name, in: \.outputs, range: output.range, replacing: true) { existing in
                ("Duplicate output definition",
                 "An output named \(goQuoted(output.name)) was already defined at \(existing.range.displayString). Output names must be unique within a module.")
            }
        }
        for call in file.moduleCalls.map(\.item) {
            declare(call, as: call.name, in: \.moduleCalls, range: call.range, replacing: true) { existing in
                ("Duplicate module call",
                 "A module call named \(goQuoted(call.name)) was already defined at \(existing.range.displayString). Module calls must have unique names within a module.")
            }
        }
        for resource in file.resources.map(\.item) {
            declare(resource, as: "\(resource.type).\(resource.name)", in: \.resources, range: resource.range) { existing in
                ("Duplicate resource \(goQuoted(existing.type)) configuration",
                 "A \(existing.type) resource named \(goQuoted(existing.name)) was already declared at \(existing.range.displayString). Resource names must be unique per type in each module.")
            }
        }
        for resource in file.dataResources.map(\.item) {
            addDataResource(resource, inCheck: false)
        }
        for check in file.checks {
            if let data = check.dataResource { addDataResource(data, inCheck: true) }
            declare(check, as: check.name, in: \.checks, range: check.range) { existing in
                ("Duplicate check \(goQuoted(existing.name)) configuration",
                 "A check block named \(goQuoted(existing.name)) was already declared at \(existing.range.displayString). Check blocks must be unique within each module.")
            }
        }
        for resource in file.ephemeralResources.map(\.item) {
            declare(resource, as: "\(resource.type).\(resource.name)", in: \.ephemeralResources, range: resource.range) { existing in
                ("Duplicate ephemeral \(goQuoted(existing.type)) configuration",
                 "A \(existing.type) ephemeral resource named \(goQuoted(existing.name)) was already declared at \(existing.range.displayString). Resource names must be unique per type in each module.")
            }
        }
        for action in file.actions {
            declare(action, as: "\(action.type).\(action.name)", in: \.actions, range: action.range) { existing in
                ("Duplicate action \(goQuoted(existing.type)) configuration",
                 "An action named \(goQuoted(existing.name)) was already declared at \(existing.range.displayString). Resource names must be unique per type in each module.")
            }
        }
        module.moved += file.moved
        for importBlock in file.imports {
            if let target = importBlock.staticTarget, importBlock.forEach == nil, let to = importBlock.to {
                let resource = importBlock.target?.configText ?? target
                for previous in importTargets where previous.target == target {
                    diagnostics.append(.error(
                        "Duplicate import configuration for \(goQuoted(resource))",
                        "An import block for the resource \(goQuoted(resource)) was already declared at \(previous.range.displayString). A resource can have only one import block.",
                        at: to.range))
                }
                importTargets.append((target, importBlock.range))
            }
            module.imports.append(importBlock)
        }
        module.removed += file.removed
    }

    /// Adds `item` to the module's declarations of its kind, or reports that `key` is taken.
    /// Terraform keeps the later declaration of some kinds (`replacing`) and the first of others.
    private mutating func declare<Item>(
        _ item: Item, as key: String, in declarations: WritableKeyPath<Module, [String: Item]>, range: SourceRange,
        replacing: Bool = false, clash: (Item) -> (String, String)
    ) {
        if let existing = module[keyPath: declarations][key] {
            let (summary, detail) = clash(existing)
            diagnostics.append(.error(summary, detail, at: range))
            if !replacing { return }
        }
        module[keyPath: declarations][key] = item
    }

    private mutating func addDataResource(_ resource: ResourceDeclaration, inCheck: Bool) {
        let scope = inCheck ? " in each module, including within check blocks." : " in each module."
        declare(resource, as: "\(resource.type).\(resource.name)", in: \.dataResources, range: resource.range) { existing in
            ("Duplicate data \(goQuoted(existing.type)) configuration",
             "A \(existing.type) data resource named \(goQuoted(existing.name)) was already declared at \(existing.range.displayString). Resource names must be unique per type\(scope)")
        }
    }

    private func duplicateCloud(_ cloud: CloudConfig, previous: CloudConfig) -> Diagnostic {
        .error(
            "Duplicate HCP Terraform configurations",
            "A module may have only one 'cloud' block configuring HCP Terraform or Terraform Enterprise. The 'cloud' block was previously configured at \(previous.range.displayString).",
            at: cloud.range)
    }

    /// The provider a local name stands for in this module.
    func providerAddress(forLocalName name: String) -> ProviderAddress {
        module.requiredProviders[name]?.provider ?? ProviderAddress.implied(by: name)
    }

    /// An import block may choose a provider only for a resource it will generate: one the
    /// module already declares has its provider in its own block.
    private mutating func checkImportProviders() {
        for importBlock in module.imports {
            guard let range = importBlock.providerArgumentRange, let target = importBlock.target, target.modulePath.isEmpty,
                  let resource = target.resource, resource.mode == .managed,
                  module.resources["\(resource.type).\(resource.name)"] != nil else { continue }
            diagnostics.append(.error(
                "Invalid import provider argument",
                "The provider argument can only be specified in import blocks that will generate configuration.\n\nUse the provider argument in the target resource block to configure the provider for a resource with explicit provider configuration.",
                at: range))
        }
    }

    // MARK: - Override files

    private mutating func merge(_ file: ConfigFile) {
        if !file.coreVersionConstraints.isEmpty { module.coreVersionConstraints = file.coreVersionConstraints }
        if let first = file.backends.first {
            if file.backends.count == 1 {
                module.cloud = nil
                module.backend = first
            } else {
                diagnostics.append(.error(
                    "Duplicate backend configuration",
                    "Each override file may have only one backend configuration. A backend was previously configured at \(first.range.displayString).",
                    at: file.backends[1].range))
            }
        }
        if let first = file.cloudConfigs.first {
            if file.cloudConfigs.count == 1 {
                module.backend = nil
                module.cloud = first
            } else {
                diagnostics.append(duplicateCloud(file.cloudConfigs[1], previous: first))
            }
        }
        for provider in file.providerConfigs {
            if var existing = module.providerConfigs[provider.key] {
                existing.body = BodyMerging.merge(existing.body, provider.body)
                module.providerConfigs[provider.key] = existing
            } else if provider.alias == nil {
                module.providerConfigs[provider.key] = provider
            } else {
                diagnostics.append(.error(
                    "Missing base provider configuration for override",
                    "There is no \(provider.name) provider configuration with the alias \(goQuoted(provider.alias ?? "")). An override file can only override an aliased provider configuration that was already defined in a primary configuration file.",
                    at: provider.range))
            }
        }
        for declared in file.variables {
            override(declared.item.name, in: \.variables, at: declared.item.range, missing: (
                "Missing base variable declaration to override",
                "There is no variable named \(goQuoted(declared.item.name)). An override file can only override a variable that was already declared in a primary configuration file."
            )) { OverrideMerging.variable(&$0, declared) }
        }
        for local in file.locals {
            override(local.name, in: \.locals, at: local.range, missing: (
                "Missing base local value definition to override",
                "There is no local value named \(goQuoted(local.name)). An override file can only override a local value that was already defined in a primary configuration file."
            )) { existing in
                existing = local
                return []
            }
        }
        for declared in file.outputs {
            override(declared.item.name, in: \.outputs, at: declared.item.range, missing: (
                "Missing base output definition to override",
                "There is no output named \(goQuoted(declared.item.name)). An override file can only override an output that was already defined in a primary configuration file."
            )) { OverrideMerging.output(&$0, declared) }
        }
        for declared in file.moduleCalls {
            override(declared.item.name, in: \.moduleCalls, at: declared.item.range, missing: (
                "Missing module call to override",
                "There is no module call named \(goQuoted(declared.item.name)). An override file can only override a module call that was defined in a primary configuration file."
            )) { OverrideMerging.moduleCall(&$0, declared) }
        }
        for declared in file.resources {
            override("\(declared.item.type).\(declared.item.name)", in: \.resources, at: declared.item.range, missing: (
                "Missing resource to override",
                "There is no \(declared.item.type) resource named \(goQuoted(declared.item.name)). An override file can only override a resource block defined in a primary configuration file."
            )) { OverrideMerging.resource(&$0, declared) }
        }
        for declared in file.dataResources {
            override("\(declared.item.type).\(declared.item.name)", in: \.dataResources, at: declared.item.range, missing: (
                "Missing data resource to override",
                "There is no \(declared.item.type) data resource named \(goQuoted(declared.item.name)). An override file can only override a data block defined in a primary configuration file."
            )) { OverrideMerging.resource(&$0, declared) }
        }
        for moved in file.moved {
            diagnostics.append(.error(
                "Cannot override 'moved' blocks",
                "Records of moved objects can appear only in normal files, not in override files.", at: moved.range))
        }
        for importBlock in file.imports {
            diagnostics.append(.error(
                "Cannot override 'import' blocks", "Import blocks can appear only in normal files, not in override files.",
                at: importBlock.range))
        }
        for action in file.actions {
            override("\(action.type).\(action.name)", in: \.actions, at: action.range, missing: (
                "Missing resource to override",
                "There is no action named \(goQuoted(action.name)). An override file can only override a resource block defined in a primary configuration file."
            )) { existing in
                if let count = action.count { existing.count = count }
                if let forEach = action.forEach { existing.forEach = forEach }
                if let provider = action.provider { existing.provider = provider }
                if let config = action.config { existing.config = config }
                return []
            }
        }
    }

    /// Merges an override file's declaration into the base declaration under `key`, or
    /// reports that there is none to override.
    private mutating func override<Item>(
        _ key: String, in declarations: WritableKeyPath<Module, [String: Item]>, at range: SourceRange,
        missing: (summary: String, detail: String), merge: (inout Item) -> [Diagnostic]
    ) {
        guard var existing = module[keyPath: declarations][key] else {
            diagnostics.append(.error(missing.summary, missing.detail, at: range))
            return
        }
        diagnostics += merge(&existing)
        module[keyPath: declarations][key] = existing
    }
}
