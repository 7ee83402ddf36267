import Addresses
import Foundation
import Testing
import Values
@testable import State

@Suite("Terraform's JSON state")
struct TerraformStateJSONTests {
    @Test("a state Terraform 1.15.5 wrote decodes and encodes back to the same bytes", arguments: ["terraform.tfstate", "deposed.tfstate"])
    func fixtureRoundTrip(_ name: String) throws {
        let text = try stateFixture(name)
        let snapshot = try TerraformStateJSON.decode(text)
        #expect(TerraformStateJSON.encode(snapshot, terraformVersion: "1.15.5") == text)
        #expect(try TerraformStateJSON.decode(TerraformStateJSON.encode(snapshot, terraformVersion: "1.15.5")) == snapshot)
    }

    @Test("Terraform's state decodes into instances, keys, sensitive paths, dependencies and outputs")
    func fixtureContents() throws {
        let snapshot = try TerraformStateJSON.decode(stateFixture("terraform.tfstate"))
        #expect(snapshot.serial == 10)
        #expect(snapshot.lineage == "96303438-4bc5-a94a-a525-cd86109fb54d")
        #expect(snapshot.objects.map(\.address.text) == [
            "terraform_data.counted[0]", "terraform_data.counted[1]", #"terraform_data.each["x"]"#, #"terraform_data.each["y"]"#,
            "terraform_data.indexed", "terraform_data.secret", "terraform_data.single", "module.child.terraform_data.inner",
        ])
        let builtin = #"provider["terraform.io/builtin/terraform"]"#
        #expect(Set(snapshot.objects.map(\.provider)) == [builtin])
        #expect(snapshot.objects.map(\.status) == [.ready, .tainted, .ready, .ready, .ready, .ready, .ready, .ready])
        #expect(snapshot.objects.map(\.createBeforeDestroy) == [false, false, false, false, false, false, false, true])

        let each = try #require(snapshot.object(instance(#"terraform_data.each["x"]"#)))
        #expect(each.dependencies == [resource("terraform_data.single")])
        let indexed = try #require(snapshot.object(instance("terraform_data.indexed")))
        #expect(indexed.sensitivePaths == [
            [.attribute("input"), .attribute("list"), .index(.number(1))],
            [.attribute("input"), .attribute("map"), .index(.string("k"))],
        ])
        let secret = try #require(snapshot.object(instance("terraform_data.secret")))
        #expect(secret.sensitivePaths == [[.attribute("input"), .attribute("password")]])
        let attributes = try Value.decodingJSON(secret.attributesJSON)
        #expect(attributes.value(at: [.attribute("input"), .attribute("value"), .attribute("big")])?.numberValue?.description == "12345678901234567890")
        #expect(attributes.value(at: [.attribute("input"), .attribute("value"), .attribute("html")]) == .string("<a&b>"))

        #expect(snapshot.outputs.keys.sorted() == ["hidden", "listy", "obj", "plain"])
        #expect(snapshot.outputs["hidden"] == OutputState(name: "hidden", valueJSON: #""x""#, typeJSON: #""string""#, sensitive: true))
        #expect(snapshot.outputs["obj"] == OutputState(
            name: "obj", valueJSON: #"{"a":1,"b":true}"#, typeJSON: #"["object",{"a":"number","b":"bool"}]"#, sensitive: false))
    }

    @Test("a deposed object keeps its key, private data, identity and dependencies")
    func deposedFixture() throws {
        let snapshot = try TerraformStateJSON.decode(stateFixture("deposed.tfstate"))
        let deposed = try #require(snapshot.objects.first { $0.deposedKey != nil })
        #expect(deposed.address.text == "terraform_data.single")
        #expect(deposed.deposedKey == "abcd1234")
        #expect(deposed.privateData == Data(#"{"schema_version":"1"}"#.utf8))
        #expect(deposed.identityJSON == #"{"id":"x"}"#)
        #expect(deposed.identitySchemaVersion == 2)
        #expect(deposed.dependencies == [resource("module.child.terraform_data.inner")])
        #expect(deposed.createBeforeDestroy)
    }

    @Test("an iac state exported to Terraform's JSON and imported into a new store reads back the same")
    func storeRoundTrip() throws {
        let directory = try TemporaryDirectory()
        let source = SQLiteStateStore(path: directory.path("source.state"))
        var deposed = plainObject(#"module.m["a"].local_file.f["k"]"#, attributes: #"{"id":"old"}"#)
        deposed.deposedKey = "0badf00d"
        deposed.status = .tainted
        deposed.privateData = Data([1, 2, 3])
        deposed.identityJSON = #"{"path":"out/f"}"#
        deposed.identitySchemaVersion = 1
        let current = ResourceInstanceObject(
            address: instance(#"module.m["a"].local_file.f["k"]"#), provider: localProvider, schemaVersion: 1,
            attributesJSON: #"{"content":"\u003csecret\u003e","id":"new","n":[1,2.5]}"#,
            sensitivePaths: [[.attribute("content")], [.attribute("n"), .index(.number(1))]],
            dependencies: [resource("local_file.base")], createBeforeDestroy: true)
        try source.replace(with: StateSnapshot(
            lineage: "0f6e9d2c-0000-4000-8000-00000000abcd", serial: 7,
            objects: [plainObject("local_file.base"), plainObject("data.local_file.d"), current, deposed],
            outputs: ["path": OutputState(name: "path", valueJSON: #""out/f""#, typeJSON: #""string""#, sensitive: true)]))
        let exported = try source.read()
        let json = TerraformStateJSON.encode(exported, terraformVersion: "1.15.5")

        let target = SQLiteStateStore(path: directory.path("target.state"))
        try target.replace(with: TerraformStateJSON.decode(json))
        #expect(try target.read() == exported)
        #expect(TerraformStateJSON.encode(try target.read(), terraformVersion: "1.15.5") == json)
    }

    @Test("the encoding follows Terraform's layout for a small state")
    func layout() throws {
        let object = ResourceInstanceObject(
            address: instance("local_file.a[0]"), provider: localProvider, attributesJSON: #"{"id":"1","list":[],"map":{}}"#,
            sensitivePaths: [[.attribute("id")]])
        let text = TerraformStateJSON.encode(
            StateSnapshot(lineage: "l", serial: 3, objects: [object]), terraformVersion: "1.15.5")
        #expect(text == """
            {
              "version": 4,
              "terraform_version": "1.15.5",
              "serial": 3,
              "lineage": "l",
              "outputs": {},
              "resources": [
                {
                  "mode": "managed",
                  "type": "local_file",
                  "name": "a",
                  "provider": "provider[\\"registry.terraform.io/hashicorp/local\\"]",
                  "instances": [
                    {
                      "index_key": 0,
                      "schema_version": 0,
                      "attributes": {
                        "id": "1",
                        "list": [],
                        "map": {}
                      },
                      "sensitive_attributes": [
                        [
                          {
                            "type": "get_attr",
                            "value": "id"
                          }
                        ]
                      ],
                      "identity_schema_version": 0
                    }
                  ]
                }
              ],
              "check_results": null
            }

            """)
    }

    @Test("states Terraform would refuse, or iac cannot read, are refused with the reason")
    func refusals() {
        let cases: [(String, String)] = [
            ("{", "it is not valid JSON (EOF)."),
            (#"{"serial":1}"#, "it is not a Terraform state: it has no format version."),
            (#"{"version":3,"serial":1}"#,
             "it is a Terraform state of format version 3; iac reads format 4, which Terraform 0.12 and later write. Run a recent Terraform on it first."),
            (#"{"version":4,"resources":[{"mode":"managed","type":"a","name":"b","provider":"p","instances":[{"status":"gone","attributes":{}}]}]}"#,
             #"Instance a.b has invalid status "gone"."#),
            (#"{"version":4,"resources":[{"mode":"managed","type":"a","name":"b","provider":"p","instances":[{"attributes_flat":{"id":"1"}}]}]}"#,
             "a.b is stored in the flat attribute form of Terraform 0.11; apply it once with Terraform 0.12 or later first."),
            (#"{"version":4,"resources":[{"mode":"managed","type":"a","name":"b","provider":"p","instances":[{"attributes":{}},{"attributes":{}}]}]}"#,
             "Instance a.b appears multiple times in the state file."),
            (#"{"version":4,"resources":[{"mode":"managed","type":"a","name":"b","provider":"p","instances":[{"deposed":"x","attributes":{}}]}]}"#,
             #"Instance a.b has an object with deposed key "x", which is not correctly formatted."#),
            (#"{"version":4,"resources":[{"mode":"ephemeral","type":"a","name":"b","provider":"p","instances":[]}]}"#,
             #"resources[0] has the mode "ephemeral", which is not supported."#),
            (#"{"version":4,"serial":"1"}"#, #""serial" in the state must be a whole number."#),
        ]
        for (text, reason) in cases {
            #expect(throws: StateError.unreadable(path: "old.tfstate", reason: reason)) {
                try TerraformStateJSON.decode(text, path: "old.tfstate")
            }
        }
    }

    @Test("attributes are kept as written, key order included, without the white space")
    func attributesAsWritten() throws {
        let text = #"""
            {"version": 4, "resources": [{"mode": "managed", "type": "t", "name": "n", "provider": "p", "instances": [
              {"attributes": {"b": [1, 2.50], "a": {"value": "x y", "type": "string"}}, "identity": {"z": 1, "a": 2}}]}],
             "outputs": {"o": {"value": {"k": "v"}, "type": ["object", {"k": "string"}]}}}
            """#
        let snapshot = try TerraformStateJSON.decode(text)
        #expect(snapshot.objects.map(\.attributesJSON) == [#"{"b":[1,2.50],"a":{"value":"x y","type":"string"}}"#])
        #expect(snapshot.objects.map(\.identityJSON) == [#"{"z":1,"a":2}"#])
        #expect(snapshot.outputs["o"]?.valueJSON == #"{"k":"v"}"#)
        #expect(snapshot.outputs["o"]?.typeJSON == #"["object",{"k":"string"}]"#)
    }

    @Test("instance keys may be integers or strings, and a missing lineage gets a new one")
    func keysAndLineage() throws {
        let text = #"""
            {"version":4,"serial":2,"resources":[{"mode":"data","type":"t","name":"n","provider":"p",
              "instances":[{"index_key":3,"attributes":{}},{"index_key":"3","attributes":{}}]}]}
            """#
        let snapshot = try TerraformStateJSON.decode(text)
        #expect(snapshot.objects.map(\.address.key) == [.index(3), .key("3")])
        #expect(snapshot.objects.map(\.address.resource.mode) == [.data, .data])
        #expect(UUID(uuidString: snapshot.lineage) != nil)
        #expect(snapshot.serial == 2)
    }
}
