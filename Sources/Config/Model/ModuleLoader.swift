import HCL

/// Builds a `Module` from its parsed files the way Terraform loads a module directory:
/// each file's syntax problems and then its declarations' problems, file by file, then the
/// problems of combining the files (duplicates, overrides without a base).
public enum ModuleLoader {
    public static func load(_ files: ModuleFiles, directory: String) -> (Module, [Diagnostic]) {
        var diagnostics = files.diagnostics
        var primary: [ConfigFile] = []
        var overrides: [ConfigFile] = []
        for file in files.primary {
            diagnostics += file.diagnostics
            let (decoded, found) = FileDecoder.decode(file.body, override: false)
            diagnostics += found
            primary.append(decoded)
        }
        for file in files.overrides {
            diagnostics += file.diagnostics
            let (decoded, found) = FileDecoder.decode(file.body, override: true)
            diagnostics += found
            overrides.append(decoded)
        }
        let (module, buildDiagnostics) = ModuleBuilder.build(directory: directory, primary: primary, overrides: overrides)
        return (module, diagnostics + buildDiagnostics)
    }
}
