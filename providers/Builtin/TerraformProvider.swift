import ProviderKit
import Values

/// Terraform's built-in `terraform` provider (`terraform.io/builtin/terraform`), offering the
/// `terraform_data` resource type.
public struct TerraformProvider: Provider {
    public init() {}

    public var schema: ProviderSchema {
        ProviderSchema(resources: [TerraformData.typeName: TerraformData.schema])
    }

    public func configure(_ config: Value) async throws(ProviderError) {}

    public func validateResource(type: String, config: Value) -> [ProviderDiagnostic] {
        type == TerraformData.typeName ? TerraformData.validate(config) : []
    }

    public func planResource(type: String, prior: Value?, proposed: Value, config: Value) async throws(ProviderError) -> PlannedResource {
        try checkType(type)
        return TerraformData.plan(prior: prior, proposed: proposed)
    }

    public func applyResource(type: String, prior: Value?, planned: Value?) async throws(ProviderError) -> Value? {
        try checkType(type)
        return planned.map(TerraformData.apply)
    }

    public func readResource(type: String, current: Value) async throws(ProviderError) -> Value? {
        try checkType(type)
        return current
    }

    public func importResource(type: String, id: String) async throws(ProviderError) -> [ImportedResource] {
        try checkType(type)
        return [ImportedResource(typeName: type, state: TerraformData.imported(id: id))]
    }

    private func checkType(_ type: String) throws(ProviderError) {
        guard type == TerraformData.typeName else { throw .unsupportedResourceType(type) }
    }
}
