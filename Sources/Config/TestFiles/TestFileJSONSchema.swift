import HCL

/// How Terraform reads a `.tftest.json` file: the blocks of a test file and, in each, which
/// strings are keywords or references (`command`, `mode`, `expect_failures`, `target`) and
/// which are templates.
enum TestFileJSONSchema {
    static func parse(_ source: SourceFile) -> ParsedFile {
        JSONSyntax.parse(source, schema: file)
    }

    private typealias Reading = JSONBodySchema.StringReading

    private static func strict(_ attributes: [String: Reading], blocks: [JSONBlockSchema] = []) -> JSONBodySchema {
        JSONBodySchema(attributes: attributes.keys.sorted(), blocks: blocks, otherProperties: .rejected, stringReading: attributes)
    }

    private static let variables = JSONBlockSchema("variables", body: .dynamicAttributes)

    private static let overrides: [JSONBlockSchema] = [
        ("override_resource", "values"), ("override_data", "values"), ("override_module", "outputs"),
    ].map { type, values in
        JSONBlockSchema(type, body: strict(["target": .expression, "override_during": .template, values: .template]))
    }

    private static let run = JSONBlockSchema("run", labels: ["name"], body: strict(
        [
            "command": .template, "providers": .expression, "expect_failures": .expression, "state_key": .literal,
            "parallel": .literal, "skip_cleanup": .literal,
        ],
        blocks: [
            JSONBlockSchema("plan_options", body: strict(
                ["mode": .template, "refresh": .literal, "replace": .expression, "target": .expression])),
            JSONBlockSchema("assert", body: strict(["condition": .template, "error_message": .template])),
            variables,
            JSONBlockSchema("module", body: strict(["source": .literal, "version": .literal])),
            JSONBlockSchema("backend", labels: ["name"], body: JSONBodySchema()),
        ] + overrides))

    private static let mockResource = strict(["defaults": .template, "override_during": .template])

    static let file = strict([:], blocks: [
        JSONBlockSchema("test", body: strict(["parallel": .literal, "skip_cleanup": .literal])),
        run,
        JSONBlockSchema("provider", labels: ["name"], body: JSONBodySchema(stringReading: ["alias": .literal, "version": .literal])),
        JSONBlockSchema("mock_provider", labels: ["name"], body: strict(
            ["alias": .literal, "source": .literal, "override_during": .template],
            blocks: [
                JSONBlockSchema("mock_resource", labels: ["type"], body: mockResource),
                JSONBlockSchema("mock_data", labels: ["type"], body: mockResource),
            ] + overrides.filter { $0.type != "override_module" })),
        variables,
    ] + overrides)
}
