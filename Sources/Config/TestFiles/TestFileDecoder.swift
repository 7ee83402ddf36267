import HCL
import Values

/// Reads a parsed test file the way Terraform's `loadTestFile` does: the file's `test` block
/// first (its problems stop the rest), then every other block in order, with the duplicates
/// Terraform refuses.
enum TestFileDecoder {
    static let testBlockSchema = BodySchema(blocks: [.init(type: "test")])
    static let testSettingsSchema = BodySchema(optional: ["parallel", "skip_cleanup"])
    static let schema = BodySchema(blocks: [
        .init(type: "run", labels: ["name"]), .init(type: "provider", labels: ["name"]),
        .init(type: "mock_provider", labels: ["name"]), .init(type: "variables"),
        .init(type: "override_resource"), .init(type: "override_data"), .init(type: "override_module"),
    ])

    static func decode(_ file: ParsedFile) -> (TestFile, [Diagnostic]) {
        let body = file.body
        var test = TestFile(filename: file.source.filename)
        let fileStart = SourceRange(filename: body.range.filename, at: body.range.start)
        let (settings, settingsDiagnostics) = body.partialContent(testBlockSchema, missingItemRange: fileStart)
        var diagnostics = settingsDiagnostics + decodeSettings(settings.blocks)
        if diagnostics.hasErrors { return (test, diagnostics) }

        let (content, contentDiagnostics) = settings.remaining.content(schema, missingItemRange: fileStart)
        diagnostics += contentDiagnostics
        var runs: [String: SourceRange] = [:]
        var variables: Block?
        var backends: [String: String] = [:]
        for block in content.blocks {
            switch block.type {
            case "run":
                let (decoded, found) = TestRunDecoder.decode(block)
                diagnostics += found
                if !found.hasErrors { test.runs.append(decoded.run) }
                let run = decoded.run
                if let backend = decoded.backend {
                    let stateKey = run.stateKey ?? run.module?.sourceText ?? ""
                    if let owner = backends[stateKey] {
                        diagnostics.append(.error(
                            "Duplicate backend blocks",
                            "The run \(goQuoted(run.name)) already uses an internal state file that's loaded by a backend in the run \(goQuoted(owner)). Please ensure that a backend block is only in the first apply run block for a given internal state file.",
                            at: backend.declarationRange))
                    } else {
                        backends[stateKey] = run.name
                    }
                }
                if let previous = runs[run.name] {
                    diagnostics.append(.error(
                        "Duplicate \"run\" block names",
                        "This test file already has a run named \(run.name) block defined at \(previous.displayString).",
                        at: run.nameRange))
                    continue
                }
                runs[run.name] = run.range
            case "variables":
                diagnostics += decodeVariables(block, after: &variables, in: "test file", into: &test.variables)
            case "provider", "mock_provider":
                let (provider, found) = block.type == "provider" ? TestProviderDecoder.decode(block) : TestProviderDecoder.decodeMock(block)
                diagnostics += found
                guard let provider else { continue }
                let key = provider.alias.map { "\(provider.name).\($0)" } ?? provider.name
                if let previous = test.providers[key] {
                    diagnostics.append(.error(
                        "Duplicate provider block",
                        "A provider for \(key) is already defined at \(previous.nameRange.displayString).", at: provider.range))
                    continue
                }
                test.providers[key] = provider
            default:
                guard let kind = TestOverride.Kind(rawValue: block.type) else { continue }
                let (override, found) = TestOverrideDecoder.decode(block, kind: kind)
                diagnostics += found
                if let override { TestOverrideDecoder.add(override, to: &test.overrides, &diagnostics) }
            }
        }
        return (test, diagnostics)
    }

    /// A `variables` block of a test file or run block (`owner`): its values, unless an earlier
    /// one (`first`, which becomes this one when there is none) makes it a duplicate.
    static func decodeVariables(
        _ block: Block, after first: inout Block?, in owner: String, into values: inout [String: HCL.Expression]
    ) -> [Diagnostic] {
        if let first {
            return [.error(
                "Multiple \"variables\" blocks",
                "This \(owner) already has a variables block defined at \(first.declarationRange.displayString).",
                at: block.declarationRange)]
        }
        first = block
        let (attributes, diagnostics) = block.body.justAttributes()
        for attribute in attributes { values[attribute.name] = attribute.expression }
        return diagnostics
    }

    /// The `test` block: at most one (when there are more, nothing else is read), with
    /// `parallel` and the experimental `skip_cleanup`.
    private static func decodeSettings(_ blocks: [Block]) -> [Diagnostic] {
        guard let first = blocks.first else { return [] }
        if blocks.count > 1 {
            return blocks.dropFirst().map { extra in
                .error(
                    "Multiple \"test\" blocks",
                    "This test file already has a \"test\" block defined at \(first.declarationRange.displayString).",
                    at: extra.declarationRange)
            }
        }
        let (content, contentDiagnostics) = first.body.content(testSettingsSchema, missingItemRange: first.missingItemRange)
        var diagnostics = contentDiagnostics
        if let parallel = content["parallel"] { diagnostics += StaticExpressions.bool(parallel.expression).1 }
        if let skipCleanup = content["skip_cleanup"] { diagnostics += experimentalSkipCleanup(skipCleanup) }
        return diagnostics
    }

    /// `skip_cleanup`, which only experimental builds of Terraform accept.
    static func experimentalSkipCleanup(_ attribute: Attribute) -> [Diagnostic] {
        [.error(
            "Invalid attribute", "The skip_cleanup attribute is only available in experimental builds of Terraform.",
            at: attribute.nameRange)] + StaticExpressions.bool(attribute.expression).1
    }
}
