import ProviderKit
import Testing
import Values

@Suite("ProposedNewState merges configuration over prior state as Terraform's ProposedNew does")
struct ProposedNewStateTests {
    private let schema = BlockSchema(
        attributes: [
            "name": .required(.string),
            "size": .optionalComputed(.number),
            "id": .computed(.string),
            "note": .optional(.string),
        ],
        blocks: [
            "rule": NestedBlockSchema(nesting: .list, block: BlockSchema(attributes: ["port": .required(.number), "arn": .computed(.string)])),
            "tag": NestedBlockSchema(nesting: .set, block: BlockSchema(attributes: ["key": .required(.string), "etag": .computed(.string)])),
            "disk": NestedBlockSchema(nesting: .map, block: BlockSchema(attributes: ["gb": .required(.number), "serial": .computed(.string)])),
            "boot": NestedBlockSchema(nesting: .single, block: BlockSchema(attributes: ["image": .required(.string), "digest": .computed(.string)])),
        ])

    private func rule(_ port: Int, arn: Value = .null(.string)) -> Value {
        .object(["port": .number(port), "arn": arn])
    }

    private func tag(_ key: String, etag: Value = .null(.string)) -> Value {
        .object(["key": .string(key), "etag": etag])
    }

    private func object(_ values: [String: Value]) -> Value {
        values.reduce(schema.emptyValue) { $0.settingAttribute($1.key, to: $1.value) }
    }

    @Test("with no prior object: configured values, and unknown for what is computed and left unset")
    func create() {
        let config = object(["name": .string("web"), "size": .number(2), "rule": .list([rule(80)], elementType: rule(0).type)])
        let proposed = ProposedNewState.value(schema: schema, prior: nil, config: config)
        #expect(proposed[attribute: "name"] == .string("web"))
        #expect(proposed[attribute: "size"] == .number(2))
        #expect(proposed[attribute: "note"] == .null(.string))
        #expect(proposed[attribute: "id"] == .unknown(.string))
        #expect(proposed[attribute: "rule"] == .list([rule(80, arn: .unknown(.string))], elementType: rule(0).type))
        #expect(proposed[attribute: "boot"] == .null(schema.blocks["boot"]?.impliedType ?? .dynamic))
    }

    @Test("a null configuration with no prior object proposes null")
    func nullConfig() {
        #expect(ProposedNewState.value(schema: schema, prior: nil, config: .null(schema.impliedType)) == .null(schema.impliedType))
    }

    @Test("computed attributes keep their prior values unless configured; plain optional ones follow the configuration")
    func update() {
        let prior = object(["name": .string("web"), "size": .number(3), "id": .string("i-1"), "note": .string("old")])
        let config = object(["name": .string("api")])
        let proposed = ProposedNewState.value(schema: schema, prior: prior, config: config)
        #expect(proposed[attribute: "name"] == .string("api"))
        #expect(proposed[attribute: "size"] == .number(3))
        #expect(proposed[attribute: "id"] == .string("i-1"))
        #expect(proposed[attribute: "note"] == .null(.string))
        let resized = ProposedNewState.value(schema: schema, prior: prior, config: object(["name": .string("api"), "size": .number(5)]))
        #expect(resized[attribute: "size"] == .number(5))
    }

    @Test("unknown configured values stay unknown, even over prior computed values")
    func unknownConfig() {
        let prior = object(["name": .string("web"), "size": .number(3), "id": .string("i-1")])
        let config = object(["name": .unknown(.string), "size": .unknown(.number)])
        let proposed = ProposedNewState.value(schema: schema, prior: prior, config: config)
        #expect(proposed[attribute: "name"] == .unknown(.string))
        #expect(proposed[attribute: "size"] == .unknown(.number))
        #expect(proposed[attribute: "id"] == .string("i-1"))
    }

    @Test("list blocks are matched by position; extra configured blocks are taken as they are")
    func listBlocks() {
        let ruleType = rule(0).type
        let prior = object(["name": .string("web"), "rule": .list([rule(80, arn: .string("a1"))], elementType: ruleType)])
        let config = object(["name": .string("web"), "rule": .list([rule(443), rule(8080)], elementType: ruleType)])
        let proposed = ProposedNewState.value(schema: schema, prior: prior, config: config)
        #expect(proposed[attribute: "rule"] == .list([rule(443, arn: .string("a1")), rule(8080)], elementType: ruleType))
    }

    @Test("set blocks continue the prior block whose configured values are equal")
    func setBlocks() {
        let tagType = tag("").type
        let prior = object(["name": .string("web"), "tag": .set([tag("a", etag: .string("e1")), tag("b", etag: .string("e2"))], elementType: tagType)])
        let config = object(["name": .string("web"), "tag": .set([tag("b"), tag("c")], elementType: tagType)])
        let proposed = ProposedNewState.value(schema: schema, prior: prior, config: config)
        #expect(proposed[attribute: "tag"] == .set([tag("b", etag: .string("e2")), tag("c")], elementType: tagType))
    }

    @Test("map blocks are matched by key and a single block continues its prior block")
    func mapAndSingleBlocks() {
        let diskType = BlockSchema(attributes: ["gb": .required(.number), "serial": .computed(.string)]).impliedType
        let prior = object([
            "name": .string("web"),
            "disk": .map(["root": .object(["gb": .number(8), "serial": .string("s1")])], elementType: diskType),
            "boot": .object(["image": .string("debian"), "digest": .string("sha")]),
        ])
        let config = object([
            "name": .string("web"),
            "disk": .map(["root": .object(["gb": .number(16), "serial": .null(.string)]), "data": .object(["gb": .number(1), "serial": .null(.string)])], elementType: diskType),
            "boot": .object(["image": .string("ubuntu"), "digest": .null(.string)]),
        ])
        let proposed = ProposedNewState.value(schema: schema, prior: prior, config: config)
        #expect(proposed[attribute: "disk"] == .map([
            "root": .object(["gb": .number(16), "serial": .string("s1")]),
            "data": .object(["gb": .number(1), "serial": .null(.string)]),
        ], elementType: diskType))
        #expect(proposed[attribute: "boot"] == .object(["image": .string("ubuntu"), "digest": .string("sha")]))
        let unbooted = ProposedNewState.value(schema: schema, prior: prior, config: object(["name": .string("web")]))
        #expect(unbooted[attribute: "boot"] == .null(schema.blocks["boot"]?.impliedType ?? .dynamic))
    }

    @Test("the empty value of a block has null attributes and no nested blocks")
    func emptyValue() {
        let empty = schema.emptyValue
        #expect(empty.type == schema.impliedType)
        #expect(empty[attribute: "rule"]?.count == 0)
        #expect(empty[attribute: "boot"]?.isNull == true)
    }
}
