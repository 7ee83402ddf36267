import Values

/// Terraform's built-in function library.
public enum BuiltinFunctions {
    /// Every built-in function; file functions resolve relative paths against `baseDirectory`.
    public static func table(baseDirectory: String) -> FunctionTable {
        var table = FunctionTable()
        let families: [[String: Function]] = [
            StringFunctions.all, RegexFunctions.all, NumericFunctions.all,
            CollectionFunctions.all, EncodingFunctions.all,
            FilesystemFunctions.all(baseDirectory: baseDirectory), HashFunctions.all, UUIDFunctions.all,
            DateTimeFunctions.all, NetworkFunctions.all, ConversionFunctions.all,
        ]
        for family in families { table.merge(family) }
        table.merge(Dictionary(uniqueKeysWithValues: TerraformProviderFunctions.all.map { ("provider::terraform::\($0.key)", $0.value) }))
        table.merge(TemplateFunctions.all(baseDirectory: baseDirectory, functions: table))
        return table
    }
}
