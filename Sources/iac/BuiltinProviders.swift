import BuiltinProvider
import Config
import Engine
import LocalProvider
import RandomProvider

/// The providers built into iac, by the source addresses configurations name them with.
enum BuiltinProviders {
    static let catalog = ProviderCatalog([
        "terraform.io/builtin/terraform": { TerraformProvider() },
        "registry.terraform.io/hashicorp/null": { NullProvider() },
        "registry.terraform.io/hashicorp/random": { RandomProvider() },
        "registry.terraform.io/hashicorp/local": { LocalProvider() },
    ])
}

extension BuiltinProviders {
    /// By resource and data source type, the attributes of dynamic type, which plans print
    /// as Terraform prints untyped values.
    static let dynamicAttributes: [String: Set<String>] = {
        var result: [String: Set<String>] = [:]
        for address in catalog.addresses {
            let parts = address.split(separator: "/").map(String.init)
            guard parts.count == 3,
                  let factory = catalog.factory(for: ProviderAddress(hostname: parts[0], namespace: parts[1], type: parts[2]))
            else { continue }
            let schema = factory().schema
            for (type, resource) in schema.resources.merging(schema.dataSources, uniquingKeysWith: { first, _ in first }) {
                let dynamic = resource.block.attributes.filter { $0.value.type == .dynamic }.keys
                if !dynamic.isEmpty { result[type] = Set(dynamic) }
            }
        }
        return result
    }()
}
