import Values

/// Terraform's built-in function library.
public enum BuiltinFunctions {
    /// Every built-in function; file functions resolve relative paths against `baseDirectory`.
    public static func table(baseDirectory: String) -> FunctionTable {
        var table = FunctionTable()
        table.merge(StringFunctions.all)
        table.merge(TemplateFunctions.all(baseDirectory: baseDirectory, functions: table))
        return table
    }
}
