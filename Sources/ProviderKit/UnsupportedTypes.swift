import Values

extension ProviderError {
    /// The error for a resource type the provider does not have.
    public static func unsupportedResourceType(_ type: String) -> ProviderError {
        ProviderError("Resource Type Not Found", "No resource type named \(goQuoted(type)) was found in the provider.")
    }

    /// The error for a data source type the provider does not have.
    public static func unsupportedDataSourceType(_ type: String) -> ProviderError {
        ProviderError("Data Source Type Not Found", "No data source type named \(goQuoted(type)) was found in the provider.")
    }
}
