import ProviderKit
import Testing
import Values

@Suite("Plan helpers: replacement paths, defaults and computed attributes")
struct PlanHelpersTests {
    private let schema = BlockSchema(attributes: [
        "name": .required(.string),
        "mode": .optionalComputed(.string),
        "tags": .optional(.map(.string)),
        "id": .computed(.string),
        "arn": .computed(.string),
    ])

    private func object(_ values: [String: Value]) -> Value {
        values.reduce(schema.emptyValue) { $0.settingAttribute($1.key, to: $1.value) }
    }

    @Test("RequiresReplace reports the candidates that changed, sorted, and none when creating or deleting")
    func requiresReplace() {
        let prior = object(["name": .string("a"), "mode": .string("x"), "id": .string("1")])
        let planned = object(["name": .string("b"), "mode": .unknown(.string), "id": .string("1")])
        let candidates: [ValuePath] = [[.attribute("name")], [.attribute("mode")], [.attribute("id")], [.attribute("name")]]
        #expect(RequiresReplace.paths(candidates, prior: prior, planned: planned) == [[.attribute("mode")], [.attribute("name")]])
        #expect(RequiresReplace.paths(candidates, prior: nil, planned: planned).isEmpty)
        #expect(RequiresReplace.paths(candidates, prior: prior, planned: .null(schema.impliedType)).isEmpty)
    }

    @Test("a keepers-style map forces replacement unless only null values come or go")
    func stringMapChanged() {
        let null = Value.null(.map(.string))
        let withNull = Value.map(["a": .string("1"), "b": .null(.string)], elementType: .string)
        #expect(!RequiresReplace.stringMapChanged(prior: stringMap(["a": "1"]), config: stringMap(["a": "1"])))
        #expect(RequiresReplace.stringMapChanged(prior: stringMap(["a": "1"]), config: stringMap(["a": "2"])))
        #expect(RequiresReplace.stringMapChanged(prior: stringMap(["a": "1"]), config: stringMap([:])))
        #expect(RequiresReplace.stringMapChanged(prior: stringMap(["a": "1"]), config: null))
        #expect(!RequiresReplace.stringMapChanged(prior: stringMap(["a": "1"]), config: withNull))
        #expect(!RequiresReplace.stringMapChanged(prior: null, config: .map(["b": .null(.string)], elementType: .string)))
        #expect(!RequiresReplace.stringMapChanged(prior: null, config: stringMap([:])))
        #expect(RequiresReplace.stringMapChanged(prior: null, config: stringMap(["a": "1"])))
        #expect(!RequiresReplace.stringMapChanged(prior: null, config: .unknown(.map(.string))))
        #expect(RequiresReplace.stringMapChanged(prior: stringMap(["a": "1"]), config: .unknown(.map(.string))))
    }

    @Test("defaults fill attributes the configuration leaves null, and nothing else")
    func defaults() {
        let defaults = SchemaDefaults(["mode": .string("auto")])
        let planned = object(["name": .string("a")])
        #expect(defaults.applied(to: planned, config: planned)[attribute: "mode"] == .string("auto"))
        let configured = object(["name": .string("a"), "mode": .string("manual")])
        #expect(defaults.applied(to: configured, config: configured)[attribute: "mode"] == .string("manual"))
        let unknown = object(["name": .string("a"), "mode": .unknown(.string)])
        #expect(defaults.applied(to: unknown, config: unknown)[attribute: "mode"] == .unknown(.string))
        #expect(defaults.applied(to: .null(schema.impliedType), config: planned) == .null(schema.impliedType))
    }

    @Test("unset computed attributes become unknown on create and change, and stay when nothing changes")
    func computed() {
        let config = object(["name": .string("a")])
        let created = ComputedPlanning.planned(config, prior: nil, config: config, schema: schema)
        #expect(created[attribute: "id"] == .unknown(.string))
        #expect(created[attribute: "mode"] == .unknown(.string))
        #expect(created[attribute: "name"] == .string("a"))

        let prior = object(["name": .string("a"), "mode": .string("auto"), "id": .string("1"), "arn": .string("arn:1")])
        #expect(ComputedPlanning.planned(prior, prior: prior, config: config, schema: schema) == prior)

        let changed = prior.settingAttribute("name", to: .string("b"))
        let planned = ComputedPlanning.planned(changed, prior: prior, config: config, schema: schema, keepingPrior: ["id"])
        #expect(planned[attribute: "id"] == .string("1"))
        #expect(planned[attribute: "arn"] == .unknown(.string))
        #expect(planned[attribute: "mode"] == .unknown(.string))
    }

    @Test("PlanRules combine defaults, computed attributes and replacement")
    func rules() {
        let rules = PlanRules(defaults: SchemaDefaults(["mode": .string("auto")]), keepingPrior: ["id"], replacing: [[.attribute("name")]])
        let config = object(["name": .string("a")])
        let created = rules.planned(schema: schema, prior: nil, proposed: config, config: config)
        #expect(created[attribute: "mode"] == .string("auto"))
        #expect(created[attribute: "id"] == .unknown(.string))
        let prior = object(["name": .string("a"), "mode": .string("auto"), "id": .string("1"), "arn": .string("x")])
        let renamed = object(["name": .string("b")])
        let proposed = ProposedNewState.value(schema: schema, prior: prior, config: renamed)
        let planned = rules.planned(schema: schema, prior: prior, proposed: proposed, config: renamed)
        #expect(rules.requiresReplace(prior: prior, planned: planned) == [[.attribute("name")]])
    }

    @Test("deprecated arguments warn when set to a known value")
    func deprecation() {
        let config = object(["name": .string("a"), "mode": .string("x")])
        #expect(ProviderDiagnostic.deprecatedAttributes(["mode": "Use name.", "tags": "Gone."], in: config) == [
            .warning("Attribute Deprecated", "Use name.", at: [.attribute("mode")]),
        ])
        #expect(ProviderDiagnostic.deprecatedAttributes(["mode": "Use name."], in: config.settingAttribute("mode", to: .unknown(.string))).isEmpty)
    }
}
