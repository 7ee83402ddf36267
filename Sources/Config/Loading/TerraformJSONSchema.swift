import HCL

/// How Terraform reads a `.tf.json` file: which properties are blocks (and their labels),
/// which bodies refuse unknown properties (those Terraform reads with HCL's `Content`), and
/// how each argument's strings are read — as templates, literally (what Terraform evaluates
/// without a scope), or as native expressions (references, keywords and types).
enum TerraformJSONSchema {
    static func parse(_ source: SourceFile) -> ParsedFile {
        JSONSyntax.parse(source, schema: file)
    }

    private typealias Reading = JSONBodySchema.StringReading

    /// A body Terraform reads with `Content`: anything undeclared is an error.
    private static func strict(_ attributes: [String: Reading], blocks: [JSONBlockSchema] = []) -> JSONBodySchema {
        JSONBodySchema(
            attributes: attributes.keys.sorted(), blocks: blocks, otherProperties: .rejected, stringReading: attributes)
    }

    /// A body Terraform reads with `PartialContent`: the rest is for a provider or module.
    private static func partial(_ attributes: [String: Reading], blocks: [JSONBlockSchema] = []) -> JSONBodySchema {
        JSONBodySchema(
            attributes: attributes.keys.sorted(), blocks: blocks, otherProperties: .attributes, stringReading: attributes)
    }

    private static let rule = JSONBlockSchema("", body: strict(["condition": .template, "error_message": .template]))

    private static func conditions(_ types: [String]) -> [JSONBlockSchema] {
        types.map { JSONBlockSchema($0, body: rule.body) }
    }

    private static let anything = JSONBodySchema()

    private static let connection = JSONBlockSchema("connection", body: anything)
    private static let escape = JSONBlockSchema("_", body: anything)
    private static let locals = JSONBlockSchema("locals", body: anything)

    private static let provisioner = JSONBlockSchema("provisioner", labels: ["type"], body: partial(
        ["when": .expression, "on_failure": .expression],
        blocks: [escape, connection, JSONBlockSchema("lifecycle", body: anything)]))

    private static let resourceMeta: [String: Reading] = [
        "count": .template, "for_each": .template, "provider": .expression, "depends_on": .expression,
    ]

    private static let managedLifecycle = JSONBlockSchema("lifecycle", body: strict(
        [
            "create_before_destroy": .literal, "prevent_destroy": .literal, "ignore_changes": .expression,
            "replace_triggered_by": .expression,
        ],
        blocks: conditions(["precondition", "postcondition"]) + [JSONBlockSchema("action_trigger", body: anything)]))

    private static let resourceBody = partial(resourceMeta, blocks: [locals, managedLifecycle, connection, provisioner, escape])
    private static let dataBody = partial(resourceMeta, blocks: [managedLifecycle, locals, escape])

    private static let terraformBlock = JSONBlockSchema("terraform", body: strict(
        ["required_version": .literal, "experiments": .expression, "language": .expression],
        blocks: [
            JSONBlockSchema("backend", labels: ["type"], body: anything),
            JSONBlockSchema("cloud", body: anything),
            JSONBlockSchema("required_providers", body: JSONBodySchema(otherProperties: .dynamicAttributes, defaultStringReading: .literal)),
            JSONBlockSchema("state_store", labels: ["type"], body: anything),
            JSONBlockSchema("provider_meta", labels: ["provider"], body: JSONBodySchema(otherProperties: .dynamicAttributes, defaultStringReading: .literal)),
        ]))

    static let file = strict([:], blocks: [
        terraformBlock,
        JSONBlockSchema("required_providers", body: anything),
        JSONBlockSchema("provider", labels: ["name"], body: partial(
            [
                "alias": .literal, "version": .literal, "count": .template, "depends_on": .template, "for_each": .template,
                "source": .template,
            ],
            blocks: [escape, JSONBlockSchema("lifecycle", body: anything), locals])),
        JSONBlockSchema("variable", labels: ["name"], body: strict(
            [
                "description": .literal, "default": .literal, "type": .expression, "sensitive": .literal, "ephemeral": .literal,
                "nullable": .literal, "const": .literal, "deprecated": .literal,
            ],
            blocks: conditions(["validation"]))),
        JSONBlockSchema("locals", body: .dynamicAttributes),
        JSONBlockSchema("output", labels: ["name"], body: strict(
            [
                "description": .literal, "value": .template, "depends_on": .expression, "sensitive": .literal,
                "ephemeral": .literal, "deprecated": .literal,
            ],
            blocks: conditions(["precondition", "postcondition"]))),
        JSONBlockSchema("module", labels: ["name"], body: partial(
            [
                "source": .template, "version": .template, "count": .template, "for_each": .template,
                "depends_on": .expression, "providers": .expression, "ignore_nested_deprecations": .literal,
            ],
            blocks: [escape, JSONBlockSchema("lifecycle", body: anything), locals, JSONBlockSchema("provider", labels: ["type"], body: anything)])),
        JSONBlockSchema("resource", labels: ["type", "name"], body: resourceBody),
        JSONBlockSchema("data", labels: ["type", "name"], body: dataBody),
        JSONBlockSchema("ephemeral", labels: ["type", "name"], body: dataBody),
        JSONBlockSchema("action", labels: ["type", "name"], body: strict(
            ["count": .template, "for_each": .template, "provider": .expression],
            blocks: [JSONBlockSchema("config", body: anything)])),
        JSONBlockSchema("moved", body: strict(["from": .expression, "to": .expression])),
        JSONBlockSchema("removed", body: strict(
            ["from": .expression],
            blocks: [JSONBlockSchema("lifecycle", body: strict(["destroy": .literal])), connection, provisioner])),
        JSONBlockSchema("import", body: strict([
            "provider": .expression, "for_each": .template, "id": .template, "to": .expression, "identity": .template,
        ])),
        JSONBlockSchema("check", labels: ["name"], body: strict(
            [:],
            blocks: [JSONBlockSchema("data", labels: ["type", "name"], body: dataBody)] + conditions(["assert"]))),
    ])
}
