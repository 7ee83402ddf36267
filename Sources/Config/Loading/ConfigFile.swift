import HCL

/// A declaration read from one file with the arguments it set explicitly, which is what an
/// override file's declaration replaces in the base one.
struct Declared<Item> {
    var item: Item
    var explicit: Set<String> = []

    func sets(_ argument: String) -> Bool { explicit.contains(argument) }
}

/// A `required_providers` block.
struct RequiredProvidersBlock {
    var entries: [RequiredProvider]
    var range: SourceRange
}

/// Everything one configuration file declares, in source order, before the files of a module
/// are combined (where duplicates are found and overrides applied).
struct ConfigFile {
    var coreVersionConstraints: [VersionConstraint] = []
    var backends: [Backend] = []
    var cloudConfigs: [CloudConfig] = []
    var requiredProviders: [RequiredProvidersBlock] = []
    var providerConfigs: [ProviderConfig] = []
    var providerMetas: [ProviderMeta] = []
    var variables: [Declared<Variable>] = []
    var locals: [Local] = []
    var outputs: [Declared<Output>] = []
    var moduleCalls: [Declared<ModuleCall>] = []
    var resources: [Declared<ResourceDeclaration>] = []
    var dataResources: [Declared<ResourceDeclaration>] = []
    var ephemeralResources: [Declared<ResourceDeclaration>] = []
    var actions: [ActionDeclaration] = []
    var moved: [MovedBlock] = []
    var imports: [ImportBlock] = []
    var removed: [RemovedBlock] = []
    var checks: [CheckBlock] = []
}
