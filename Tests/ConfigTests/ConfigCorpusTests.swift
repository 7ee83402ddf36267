import Config
import Foundation
import HCL
import Testing

/// The configurations OpenTofu's loader tests use (`../shared/conformance/configs`), run
/// through the same pipeline as `iac validate`. Valid ones must load without errors, invalid
/// ones must fail, and error and warning files must report each marked problem on its line,
/// except where Terraform 1.15.5 itself behaves differently from OpenTofu (listed below, with
/// what Terraform reports instead).
///
/// Errors that only `terraform init` removes ("Missing required provider", "Module not
/// installed") are not loader errors: Terraform's loader accepts those configurations.
@Suite("Terraform-language loader corpus")
struct ConfigCorpusTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/configs")

    /// One configuration: a single file of a `*-files` folder, or a directory of a
    /// `*-modules` folder.
    struct Case: CustomTestStringConvertible, Sendable {
        var folder: String
        var name: String

        var path: String { "\(folder)/\(name)" }
        var testDescription: String { path }
        var isSingleFile: Bool { folder.hasSuffix("-files") }
    }

    static func cases(_ folder: String) -> [Case] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { Case(folder: folder, name: $0) }
    }

    /// What Terraform reports for a case where it differs from OpenTofu: each error or
    /// warning as `(summary, line)`, and why.
    struct TerraformBehavior: Sendable {
        var errors: [Problem] = []
        var warnings: [Problem] = []
        var reason: String
    }

    struct Problem: Hashable, Sendable, CustomStringConvertible {
        var summary: String
        var line: Int
        var description: String { "\(line): \(summary)" }
    }

    /// The cases where Terraform 1.15.5 does not do what the corpus (written for OpenTofu)
    /// expects, each checked against what Terraform does.
    static let terraformDifferences: [String: TerraformBehavior] = {
        let languageBlock = "the `language` block is OpenTofu's (editions, experiments, compatible_with); Terraform has no such block"
        var differences: [String: TerraformBehavior] = [
            "valid-files/backend.tf": TerraformBehavior(
                errors: [Problem(summary: "Unsupported backend type", line: 3)],
                reason: "Terraform's validate rejects backend types it does not have (\"example\")"),
            "valid-files/language.tf": TerraformBehavior(
                errors: [Problem(summary: "Unsupported block type", line: 1)], reason: languageBlock),
            "valid-files/valid-language-edition.tf": TerraformBehavior(
                errors: [Problem(summary: "Unsupported block type", line: 1)], reason: languageBlock),
            "valid-files/outputs.tf": TerraformBehavior(
                errors: [
                    Problem(summary: "Root module output deprecated", line: 4),
                    Problem(summary: "Reference to undeclared local value", line: 8),
                    Problem(summary: "Reference to undeclared resource", line: 24),
                ],
                reason: "Terraform's validate evaluates the outputs (local.bar and pizza.cheese are undeclared) and refuses `deprecated` on a root module's outputs; OpenTofu's loader test only loads"),
            "valid-files/provider-configs.tf": TerraformBehavior(
                errors: [Problem(summary: "Reserved argument name in provider block", line: 17)],
                reason: "`for_each` in provider blocks is OpenTofu's; Terraform reserves the name"),
            "valid-files/required-version-ignored.tf": TerraformBehavior(
                errors: [Problem(summary: "Unsupported Terraform Core version", line: 5)],
                reason: "OpenTofu ignores `required_version` in .tf files; Terraform checks it against 1.15.5"),
            "valid-files/modules-with-version.tf": TerraformBehavior(
                errors: [Problem(summary: "Module not installed", line: 4)],
                reason: "module \"foo\" calls ./foo, which does not exist: init cannot install it and validate reports it as not installed (the registry module is left to init)"),
            "valid-modules/override-module": TerraformBehavior(
                errors: [Problem(summary: "Module not installed", line: 2)],
                reason: "the override file's source ./example2-a_override does not exist: init cannot install it and validate reports it as not installed"),
            "valid-files/version-variable.tf": TerraformBehavior(
                errors: [Problem(summary: "Unknown module version", line: 5)],
                reason: "Terraform 1.15 evaluates a module's version at init time, from literals and `const` variables only"),
            "valid-modules/override-backend": TerraformBehavior(
                errors: [Problem(summary: "Unsupported backend type", line: 2)],
                reason: "the override file's backend \"bar\" does not exist in Terraform"),
            "valid-modules/override-backend-no-base": TerraformBehavior(
                errors: [Problem(summary: "Unsupported backend type", line: 2)],
                reason: "the override file's backend \"bar\" does not exist in Terraform"),
            "valid-modules/predecessor-version-constraints-ignored": TerraformBehavior(
                errors: [Problem(summary: "Unsupported Terraform Core version", line: 4)],
                reason: "OpenTofu ignores `required_version` outside .tofu files; Terraform checks it against 1.15.5"),
            "error-files/unsupported_version_legacy.tofu": TerraformBehavior(
                reason: "Terraform reads only .tf and .tf.json files, so a directory holding a .tofu file has no configuration and is valid"),
            "warning-files/ineffective-version-constraint.tf": TerraformBehavior(
                errors: [Problem(summary: "Unsupported block type", line: 1)], reason: languageBlock),
            "warning-files/unused_variable_default_attrs.tf": TerraformBehavior(
                reason: "Terraform drops attributes of a default that the type does not declare without a warning"),
            "invalid-files/data-count-and-for_each-and-enabled.tf": TerraformBehavior(
                errors: [Problem(summary: "Unsupported argument", line: 3), Problem(summary: "Invalid combination of \"count\" and \"for_each\"", line: 6)],
                reason: "`lifecycle { enabled }` is OpenTofu's; Terraform refuses the argument (and count with for_each)"),
            "invalid-files/ephemeral-count-and-for_each-and-enabled.tf": TerraformBehavior(
                errors: [Problem(summary: "Unsupported argument", line: 3), Problem(summary: "Invalid combination of \"count\" and \"for_each\"", line: 6)],
                reason: "`lifecycle { enabled }` is OpenTofu's; Terraform refuses the argument (and count with for_each)"),
            "invalid-files/resource-count-and-for_each-and-enabled.tf": TerraformBehavior(
                errors: [Problem(summary: "Unsupported argument", line: 3), Problem(summary: "Invalid combination of \"count\" and \"for_each\"", line: 6)],
                reason: "`lifecycle { enabled }` is OpenTofu's; Terraform refuses the argument (and count with for_each)"),
            "invalid-files/module-calls.tf": TerraformBehavior(
                errors: [
                    Problem(summary: "Invalid combination of \"count\" and \"for_each\"", line: 20),
                    Problem(summary: "Reserved block type name in module block", line: 33),
                ],
                reason: "`lifecycle` in module blocks is reserved in Terraform rather than OpenTofu's `enabled` setting"),
            "invalid-modules/unsupported-version-and-other-error": TerraformBehavior(
                errors: [Problem(summary: "Unsupported block type", line: 1), Problem(summary: "Unsupported block type", line: 11)],
                reason: "Terraform has no `language` block, so it cannot assume the unknown block comes from a newer version"),
        ]
        for name in ["invalid_language_edition.tf", "unsupported_experiment.tf", "unsupported_language_edition.tf", "unsupported_version.tf"] {
            differences["error-files/\(name)"] = TerraformBehavior(errors: [Problem(summary: "Unsupported block type", line: 1)], reason: languageBlock)
        }
        return differences
    }()

    /// Cases Terraform cannot answer, and what iac does instead.
    static let terraformCrashes: [String: String] = [
        "error-files/module-sensitive.tf":
            "Terraform 1.15.5 panics (\"value is marked, so must be unmarked first\") evaluating a sensitive module version; iac reports the errors the file marks",
    ]

    private func validate(_ testCase: Case) -> [Diagnostic] {
        let location = Self.root.appendingPathComponent(testCase.folder)
        if testCase.isSingleFile {
            return ConfigValidation.validate(
                directory: location.path, displayPrefix: "", workingDirectory: location.path,
                including: { $0 == testCase.name }
            ).diagnostics
        }
        let directory = location.appendingPathComponent(testCase.name).path
        return ConfigValidation.validate(directory: directory, displayPrefix: "", workingDirectory: directory).diagnostics
    }

    private func problems(_ diagnostics: [Diagnostic], _ severity: Severity) -> [Problem] {
        diagnostics.filter { $0.severity == severity }.map { Problem(summary: $0.summary, line: $0.subject?.start.line ?? 0) }
    }

    /// Checks `diagnostics` against what Terraform reports for a listed difference.
    private func expectTerraform(_ behavior: TerraformBehavior, _ diagnostics: [Diagnostic], _ testCase: Case) {
        #expect(Set(problems(diagnostics, .error)) == Set(behavior.errors), "\(testCase.path): \(behavior.reason)")
        #expect(Set(problems(diagnostics, .warning)) == Set(behavior.warnings), "\(testCase.path): \(behavior.reason)")
    }

    @Test("valid configurations load without errors", arguments: cases("valid-files") + cases("valid-modules"))
    func valid(_ testCase: Case) {
        let diagnostics = validate(testCase)
        if let behavior = Self.terraformDifferences[testCase.path] {
            expectTerraform(behavior, diagnostics, testCase)
            return
        }
        #expect(!diagnostics.hasErrors, "\(problems(diagnostics, .error))")
    }

    @Test("invalid configurations fail", arguments: cases("invalid-files") + cases("invalid-modules"))
    func invalid(_ testCase: Case) {
        let diagnostics = validate(testCase)
        if let behavior = Self.terraformDifferences[testCase.path] {
            expectTerraform(behavior, diagnostics, testCase)
            return
        }
        #expect(diagnostics.hasErrors)
    }

    /// `# ERROR: summary` or `# WARNING: summary` comments, by line.
    private func markers(_ testCase: Case, _ keyword: String) throws -> [Problem] {
        let text = try String(contentsOf: Self.root.appendingPathComponent(testCase.path), encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard let marker = line.range(of: "# \(keyword): ") else { return nil }
            return Problem(summary: String(line[marker.upperBound...]).trimmingCharacters(in: .whitespaces), line: index + 1)
        }
    }

    @Test("error files report each marked error on its line", arguments: cases("error-files"))
    func errorFile(_ testCase: Case) throws {
        let diagnostics = validate(testCase)
        if let behavior = Self.terraformDifferences[testCase.path] {
            expectTerraform(behavior, diagnostics, testCase)
            return
        }
        let expected = try markers(testCase, "ERROR")
        #expect(!expected.isEmpty)
        let found = Set(problems(diagnostics, .error))
        for problem in expected {
            #expect(found.contains(problem), "missing \(problem); found \(found.sorted { $0.line < $1.line })")
        }
    }

    @Test("warning files report each marked warning on its line", arguments: cases("warning-files"))
    func warningFile(_ testCase: Case) throws {
        let diagnostics = validate(testCase)
        if let behavior = Self.terraformDifferences[testCase.path] {
            expectTerraform(behavior, diagnostics, testCase)
            return
        }
        let expected = try markers(testCase, "WARNING")
        #expect(!expected.isEmpty)
        #expect(!diagnostics.hasErrors, "\(problems(diagnostics, .error))")
        let found = Set(problems(diagnostics, .warning))
        for problem in expected {
            #expect(found.contains(problem), "missing \(problem); found \(found.sorted { $0.line < $1.line })")
        }
    }

    @Test("every listed difference names a case of the corpus")
    func differencesExist() {
        let all = Set(["valid-files", "valid-modules", "invalid-files", "invalid-modules", "error-files", "warning-files"]
            .flatMap { Self.cases($0).map(\.path) })
        for path in Array(Self.terraformDifferences.keys) + Array(Self.terraformCrashes.keys) {
            #expect(all.contains(path), "\(path)")
        }
    }
}
