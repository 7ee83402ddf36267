import Foundation
import HCL
import Values

/// Finds and reads the test files of a root module as Terraform's validate does: every
/// `.tftest.hcl` and `.tftest.json` file in the module's directory, then in its test
/// directory (`tests`).
public enum TestFileLoader {
    /// The directory Terraform looks in besides the module's own.
    public static let defaultTestDirectory = "tests"

    /// The parsed files and what they declare, and every problem in them. Files are named
    /// `displayPrefix` + their path relative to `directory`.
    public static func load(directory: String, displayPrefix: String) -> (files: [ParsedFile], tests: [TestFile], diagnostics: [Diagnostic]) {
        var files: [ParsedFile] = []
        var tests: [TestFile] = []
        var diagnostics: [Diagnostic] = []
        for (folder, prefix) in [(directory, displayPrefix), ((directory as NSString).appendingPathComponent(defaultTestDirectory), displayPrefix + defaultTestDirectory + "/")] {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter(isTestFile).sorted()
            for name in names {
                guard let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)) else {
                    diagnostics.append(.error("Failed to read file", "The file \(goQuoted(prefix + name)) could not be read."))
                    continue
                }
                let source = SourceFile(filename: prefix + name, bytes: Array(data))
                let parsed = name.hasSuffix(".json") ? TestFileJSONSchema.parse(source) : Parser.parse(source)
                diagnostics += parsed.diagnostics
                let (test, found) = TestFileDecoder.decode(parsed)
                diagnostics += found
                files.append(parsed)
                tests.append(test)
            }
        }
        return (files, tests, diagnostics)
    }

    /// Whether Terraform reads the file as a test file: the right extension, and not hidden
    /// or an editor's backup.
    private static func isTestFile(_ name: String) -> Bool {
        if name.hasPrefix(".") || name.hasSuffix("~") || (name.hasPrefix("#") && name.hasSuffix("#")) { return false }
        return name.hasSuffix(".tftest.hcl") || name.hasSuffix(".tftest.json")
    }
}
