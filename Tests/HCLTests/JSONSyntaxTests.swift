import Foundation
import Testing
@testable import HCL

/// The top-level shape of a Terraform module, as the config loader will describe it: which
/// strings Terraform reads literally, and which as references or types.
private let terraformSchema: JSONBodySchema = {
    let condition = JSONBodySchema(attributes: ["condition", "error_message"], otherProperties: .rejected)
    let connection = JSONBlockSchema("connection")
    let provisioner = JSONBlockSchema("provisioner", labels: ["type"], body: JSONBodySchema(blocks: [connection]))
    let lifecycle = JSONBlockSchema("lifecycle", body: JSONBodySchema(
        attributes: ["create_before_destroy", "prevent_destroy", "ignore_changes", "replace_triggered_by"],
        blocks: [JSONBlockSchema("precondition", body: condition), JSONBlockSchema("postcondition", body: condition)],
        otherProperties: .rejected, stringReading: ["ignore_changes": .expression, "replace_triggered_by": .expression]))
    let dynamic = JSONBlockSchema("dynamic", labels: ["type"], body: JSONBodySchema(
        attributes: ["for_each", "iterator", "labels"], blocks: [JSONBlockSchema("content")], otherProperties: .rejected))
    let resource = JSONBodySchema(
        attributes: ["count", "for_each", "provider", "depends_on"],
        blocks: [lifecycle, connection, provisioner, dynamic],
        stringReading: ["provider": .expression, "depends_on": .expression])
    let reference = JSONBodySchema.StringReading.expression
    return JSONBodySchema(blocks: [
        JSONBlockSchema("terraform", body: JSONBodySchema(
            attributes: ["required_version", "experiments"],
            blocks: [
                JSONBlockSchema("required_providers", body: JSONBodySchema(otherProperties: .dynamicAttributes, defaultStringReading: .literal)),
                JSONBlockSchema("backend", labels: ["type"]),
                JSONBlockSchema("cloud"),
                JSONBlockSchema("provider_meta", labels: ["provider"]),
            ],
            otherProperties: .rejected, stringReading: ["required_version": .literal, "experiments": reference])),
        JSONBlockSchema("provider", labels: ["name"], body: JSONBodySchema(stringReading: ["alias": .literal, "version": .literal])),
        JSONBlockSchema("variable", labels: ["name"], body: JSONBodySchema(
            attributes: ["default", "type", "description", "sensitive", "nullable", "ephemeral"],
            blocks: [JSONBlockSchema("validation", body: condition)], otherProperties: .rejected,
            stringReading: ["type": reference, "description": .literal])),
        JSONBlockSchema("locals", body: .dynamicAttributes),
        JSONBlockSchema("output", labels: ["name"], body: JSONBodySchema(
            attributes: ["value", "description", "sensitive", "depends_on", "ephemeral"],
            blocks: [JSONBlockSchema("precondition", body: condition)], otherProperties: .rejected,
            stringReading: ["description": .literal, "depends_on": reference])),
        JSONBlockSchema("module", labels: ["name"], body: JSONBodySchema(
            attributes: ["source", "version", "count", "for_each", "providers", "depends_on"],
            stringReading: ["source": .literal, "version": .literal, "providers": reference, "depends_on": reference])),
        JSONBlockSchema("resource", labels: ["type", "name"], body: resource),
        JSONBlockSchema("data", labels: ["type", "name"], body: resource),
        JSONBlockSchema("ephemeral", labels: ["type", "name"], body: resource),
        JSONBlockSchema("moved", body: JSONBodySchema(
            attributes: ["from", "to"], otherProperties: .rejected, stringReading: ["from": reference, "to": reference])),
        JSONBlockSchema("import", body: JSONBodySchema(
            attributes: ["to", "id", "identity", "for_each", "provider"], otherProperties: .rejected,
            stringReading: ["to": reference, "provider": reference])),
        JSONBlockSchema("removed", body: JSONBodySchema(
            attributes: ["from"], blocks: [lifecycle, connection, provisioner], otherProperties: .rejected,
            stringReading: ["from": reference])),
        JSONBlockSchema("check", labels: ["name"], body: JSONBodySchema(
            blocks: [JSONBlockSchema("data", labels: ["type", "name"], body: resource), JSONBlockSchema("assert", body: condition)],
            otherProperties: .rejected)),
    ], otherProperties: .rejected)
}()

private func parseJSON(_ text: String, schema: JSONBodySchema = terraformSchema) -> ParsedFile {
    JSONSyntax.parse(SourceFile(filename: "main.tf.json", text: text), schema: schema)
}

/// `text` parsed with every property an attribute.
private func attributes(_ text: String) -> ParsedFile {
    parseJSON(text, schema: JSONBodySchema())
}

/// The byte offset of the `occurrence`-th (from 0) `needle` in `text`.
private func offset(of needle: String, in text: String, occurrence: Int = 0) -> Int {
    let haystack = Array(text.utf8)
    let pattern = Array(needle.utf8)
    var found = 0
    for start in 0...(haystack.count - pattern.count) where Array(haystack[start..<(start + pattern.count)]) == pattern {
        if found == occurrence { return start }
        found += 1
    }
    return -1
}

/// `(line, column, byte)` of both ends of a range, for compact expectations.
private func ends(_ range: SourceRange?) -> [Int] {
    guard let range else { return [] }
    return [range.start.line, range.start.column, range.start.byte, range.end.line, range.end.column, range.end.byte]
}

/// A summary of a body: blocks as `type[labels]{...}`, attributes by name.
private func outline(_ body: Body) -> [String] {
    body.items.map { item in
        switch item {
        case .attribute(let attribute):
            return attribute.name
        case .block(let block):
            let labels = block.labels.map(\.value).joined(separator: ",")
            return "\(block.type)[\(labels)]{\(outline(block.body).joined(separator: " "))}"
        }
    }
}

/// The expression with every range made the same, to compare trees from different sources.
private func shape(_ expression: HCL.Expression) -> HCL.Expression {
    let blank = SourceRange(filename: "", at: .start)
    return expression.mappingRanges { _ in blank }
}

@Suite("JSON syntax")
struct JSONSyntaxTests {
    // MARK: - structure

    @Test("blocks take as many object levels as they have labels: none, one or two")
    func blockLabels() throws {
        let file = parseJSON("""
            {
              "terraform": {"required_version": ">= 1.0"},
              "variable": {"region": {"default": "us-east-1"}},
              "resource": {"aws_instance": {"web": {"ami": "abc", "count": 2}}}
            }
            """)
        #expect(file.diagnostics.isEmpty)
        #expect(file.tokens.isEmpty && file.comments.isEmpty)
        #expect(outline(file.body) == [
            "terraform[]{required_version}", "variable[region]{default}", "resource[aws_instance,web]{ami count}",
        ])
        let resource = try #require(file.body.blocks.last)
        #expect(resource.labels.allSatisfy { $0.isQuoted })
        #expect(file.source.text(resource.typeRange) == "\"resource\"")
        #expect(resource.labels.map { file.source.text($0.range) } == ["\"aws_instance\"", "\"web\""])
        #expect(file.source.text(resource.openBraceRange) == "{")
        #expect(file.source.text(resource.body.range) == "\"ami\": \"abc\", \"count\": 2")
    }

    @Test("arrays repeat blocks at the body level and at any label level, and a label may repeat")
    func repeatedBlocks() {
        let file = parseJSON("""
            {
              "resource": {
                "a": {"x": {}, "y": {"n": 1}, "x": {"n": 2}},
                "b": [{"z": [{"n": 1}, {"n": 2}]}, {"w": {}}]
              },
              "provider": [{"aws": {}}, {"aws": {"alias": "east"}}],
              "locals": [{"p": 1}, {"q": 2}],
              "moved": [],
              "removed": null
            }
            """)
        #expect(file.diagnostics.isEmpty)
        #expect(outline(file.body) == [
            "resource[a,x]{}", "resource[a,y]{n}", "resource[a,x]{n}", "resource[b,z]{n}", "resource[b,z]{n}",
            "resource[b,w]{}", "provider[aws]{}", "provider[aws]{alias}", "locals[]{p}", "locals[]{q}",
        ])
    }

    @Test("a block is declared at its body's brace, or at the bracket of an array of bodies, where Terraform points")
    func declarationRanges() {
        // `terraform validate -json` reports the second "a" at 1,29 and names the first at 1,20-21.
        let file = parseJSON(#"{"variable": {"a": {}, "a": [{"default": 1}]}}"#)
        #expect(file.diagnostics.isEmpty)
        #expect(file.body.blocks.map { ends($0.openBraceRange) } == [[1, 20, 19, 1, 21, 20], [1, 29, 28, 1, 30, 29]])
        #expect(file.body.blocks.map { file.source.text($0.body.range) } == ["", "\"default\": 1"])
    }

    @Test("nested blocks follow the schema of their parent block")
    func nestedBlocks() {
        let file = parseJSON("""
            {"resource": {"aws_security_group": {"sg": {
              "name": "sg",
              "lifecycle": {"create_before_destroy": true, "precondition": [{"condition": true, "error_message": "x"}]},
              "provisioner": {"local-exec": {"command": "echo", "connection": {"host": "h"}}},
              "dynamic": {"ingress": {"for_each": "${var.ports}", "content": {"from_port": "${ingress.value}"}}},
              "ingress": {"from_port": 22}
            }}}}
            """)
        #expect(file.diagnostics.isEmpty)
        #expect(outline(file.body) == [
            "resource[aws_security_group,sg]{name lifecycle[]{create_before_destroy precondition[]{condition error_message}} provisioner[local-exec]{command connection[]{host}} dynamic[ingress]{for_each content[]{from_port}} ingress}",
        ])
    }

    @Test("a root array of objects is one body, and a body may be an array of objects")
    func rootArray() {
        let file = parseJSON("""
            [{"variable": {"a": {}}}, {"variable": {"b": [{"default": 1}, {"type": "string"}]}}]
            """)
        #expect(file.diagnostics.isEmpty)
        #expect(outline(file.body) == ["variable[a]{}", "variable[b]{default}", "variable[b]{type}"])
    }

    @Test("a \"//\" property of a body is a comment, but elsewhere it is data")
    func comments() throws {
        let file = parseJSON("""
            {
              "//": "file comment",
              "locals": {"//": "ignored", "m": {"//": "kept", "k": 1}},
              "variable": {"//": {"//": "a label named //, whose body comment is ignored"}}
            }
            """)
        #expect(file.diagnostics.isEmpty)
        #expect(outline(file.body) == ["locals[]{m}", "variable[//]{}"])
        let map = try #require(file.body.blocks.first?.body.attributes.first?.expression)
        guard case .object(let items) = map.kind else {
            Issue.record("expected an object, got \(map.kind)")
            return
        }
        #expect(items.count == 2)
    }

    @Test("null stands for no blocks, but a label level must have at least one property")
    func nullBlocks() {
        let file = parseJSON(#"{"terraform": null, "variable": null, "output": {}}"#)
        #expect(file.body.items.isEmpty)
        #expect(file.diagnostics.map(\.summary) == ["Missing block label", "Missing block label"])
        #expect(file.diagnostics.map(\.detail) == [
            "At least one object property is required, whose name represents the variable block's name.",
            "At least one object property is required, whose name represents the output block's name.",
        ])
        let brace = offset(of: "{}", in: file.source.text(0..<file.source.bytes.count))
        #expect(ends(file.diagnostics[1].subject) == [1, brace + 1, brace, 1, brace + 2, brace + 1])
    }

    // MARK: - expressions

    @Test("attribute values of every JSON type become expressions")
    func valueTypes() throws {
        let file = attributes("""
            {"s": "text", "i": 42, "f": -1.5e3, "t": true, "f2": false, "n": null, "a": [1, "x", []], "o": {"k": 1, "//": 2}}
            """)
        #expect(file.diagnostics.isEmpty)
        let values = Dictionary(uniqueKeysWithValues: file.body.attributes.map { ($0.name, $0.expression) })
        guard case .template(let string) = try #require(values["s"]).kind, string.parts.count == 1,
            case .literal("text", let textRange) = string.parts[0]
        else {
            Issue.record("expected a literal template")
            return
        }
        #expect(file.source.text(textRange) == "text")
        #expect(values["i"]?.kind == .literal(.number("42")))
        #expect(values["f"]?.kind == .literal(.number("-1.5e3")))
        #expect(values["t"]?.kind == .literal(.bool(true)))
        #expect(values["f2"]?.kind == .literal(.bool(false)))
        #expect(values["n"]?.kind == .literal(.null))
        guard case .tuple(let elements) = try #require(values["a"]).kind else {
            Issue.record("expected a tuple")
            return
        }
        #expect(elements.count == 3)
        #expect(elements[0].kind == .literal(.number("1")))
        #expect(elements[2].kind == .tuple([]))
        guard case .object(let items) = try #require(values["o"]).kind else {
            Issue.record("expected an object")
            return
        }
        #expect(items.count == 2)
        guard case .expression(let key) = items[0].key, case .template(let keyTemplate) = key.kind else {
            Issue.record("expected a template key")
            return
        }
        #expect(keyTemplate.parts.count == 1)
        #expect(file.source.text(key.range) == "\"k\"")
    }

    @Test("a JSON file reads into the same expressions as the native file it mirrors")
    func sameAsNative() {
        let native = Parser.parse(SourceFile(filename: "main.tf", text: """
            a = "x ${var.y} %{ if true }z%{ endif }"
            b = [1, 2.5, true, null, "${local.n + 1}"]
            c = { "k" = "v", "${var.key}" = [] }
            d = "$${literal} and %%{directive}"
            e = "${upper(x)}"
            f = "${[for v in var.l : v if v != ""]}"
            """))
        let json = attributes(#"""
            {
              "a": "x ${var.y} %{ if true }z%{ endif }",
              "b": [1, 2.5, true, null, "${local.n + 1}"],
              "c": {"k": "v", "${var.key}": []},
              "d": "$${literal} and %%{directive}",
              "e": "${upper(x)}",
              "f": "${[for v in var.l : v if v != \"\"]}"
            }
            """#)
        #expect(native.diagnostics.isEmpty)
        #expect(json.diagnostics.isEmpty)
        #expect(native.body.attributes.map(\.name) == json.body.attributes.map(\.name))
        for (left, right) in zip(native.body.attributes, json.body.attributes) {
            #expect(shape(left.expression) == shape(right.expression), "\(left.name) differs")
        }
    }

    @Test("ranges inside a string template point into the JSON file, across escapes")
    func templateRanges() throws {
        let text = #"{"a": "\t\u00e9\"${var.region}\" — ${x}"}"#
        let file = attributes(text)
        #expect(file.diagnostics.isEmpty)
        let expression = try #require(file.body.attributes.first?.expression)
        #expect(file.source.text(expression.range) == #""\t\u00e9\"${var.region}\" — ${x}""#)
        guard case .template(let template) = expression.kind else {
            Issue.record("expected a template")
            return
        }
        #expect(template.parts.count == 4)
        guard case .literal(let first, let firstRange) = template.parts[0],
            case .interpolation(let region, let regionPartRange) = template.parts[1],
            case .interpolation(let x, _) = template.parts[3]
        else {
            Issue.record("unexpected parts \(template.parts)")
            return
        }
        #expect(first == "\té\"")
        #expect(file.source.text(firstRange) == #"\t\u00e9\""#)
        #expect(file.source.text(regionPartRange) == "${var.region}")
        #expect(file.source.text(region.range) == "var.region")
        #expect(ends(region.range) == [1, 20, 19, 1, 30, 29])
        // "—" is three bytes but one column.
        #expect(ends(x.range) == [1, 38, 39, 1, 39, 40])
    }

    @Test("positions count a tab as two columns, a carriage return as none, and a cluster in a string as one")
    func columns() throws {
        let text = "{\r\n\t\"a\": \"e\u{301}\u{1F469}\u{200D}\u{1F4BB}\", \"b\": 1\r\n}"
        let file = attributes(text)
        #expect(file.diagnostics.isEmpty)
        let a = try #require(file.body.attributes.first)
        let b = try #require(file.body.attributes.last)
        #expect(ends(a.nameRange) == [2, 3, 4, 2, 6, 7])
        #expect(ends(a.equalsRange) == [2, 6, 7, 2, 7, 8])
        let bByte = offset(of: "\"b\"", in: text)
        #expect(ends(b.nameRange) == [2, 14, bByte, 2, 17, bByte + 3])
    }

    // MARK: - duplicates

    @Test("an argument set twice is reported where it was set again, naming the first")
    func duplicateArguments() {
        let file = parseJSON(#"{"resource": {"a": {"b": {"ami": 1, "ami": 2}}}, "locals": {"x": 1, "x": 2}}"#)
        #expect(file.diagnostics.map(\.summary) == ["Duplicate argument", "Duplicate attribute definition"])
        #expect(file.diagnostics.map(\.detail) == [
            "The argument \"ami\" was already set at main.tf.json:1,27-35.",
            "The argument \"x\" was already set at main.tf.json:1,61-67.",
        ])
        #expect(ends(file.diagnostics[0].subject) == [1, 37, 36, 1, 42, 41])
        #expect(file.diagnostics[0].context == file.diagnostics[0].subject)
        #expect(file.diagnostics[1].context == nil)
        #expect(outline(file.body) == ["resource[a,b]{ami}", "locals[]{x}"])
    }

    @Test("duplicate properties across the objects of an array body are duplicates too")
    func duplicateAcrossArray() {
        let file = parseJSON(#"{"resource": {"a": {"b": [[{"ami": 1}, {"ami": 2}]]}}}"#)
        #expect(file.diagnostics.map(\.summary) == ["Duplicate argument"])
    }

    @Test("duplicate keys in an object expression are left to evaluation")
    func duplicateObjectKeys() {
        let file = attributes(#"{"tags": {"a": 1, "a": 2}}"#)
        #expect(file.diagnostics.isEmpty)
    }

    // MARK: - JSON errors

    /// One malformed input, the summaries it yields and the first subject as `[line, column, byte, …]`.
    struct Case: CustomTestStringConvertible, Sendable {
        var input: String
        var summaries: [String]
        var details: [String]? = nil
        var subject: [Int]? = nil
        var testDescription: String { input }
    }

    static let root = "The root value in a JSON-based configuration must be either a JSON object or a JSON array of objects."
    static let value = "A JSON value must start with a brace, a bracket, a number, a string, or a keyword."

    /// Each case was compared with `terraform validate -json` (whose JSON output shows an empty
    /// range one character wide), as were hundreds of mangled and random inputs.
    static let syntaxCases: [Case] = [
        Case(input: #"{"a": }"#, summaries: ["Missing JSON value"], details: [value], subject: [1, 7, 6, 1, 8, 7]),
        Case(input: "{]}", summaries: ["Missing array element value", "Invalid object property name", "Root value must be object"],
             details: [value, "A JSON object property name must be a string", root],
             subject: [1, 2, 1, 1, 3, 2]),
        Case(input: "", summaries: ["Missing value", "Root value must be object"],
             details: ["The JSON data ends prematurely.", root],
             subject: [1, 1, 0, 1, 1, 0]),
        Case(input: #"{"a": "#, summaries: ["Missing value", "Unclosed object", "Root value must be object"]),
        Case(input: #"{"a": @}"#, summaries: ["Invalid start of value", "Missing attribute seperator comma", "Root value must be object"],
             details: [value, "A comma must appear between each property definition in an object.", root],
             subject: [1, 7, 6, 1, 8, 7]),
        Case(input: #"{1: 2}"#, summaries: ["Invalid object property name", "Root value must be object"], subject: [1, 2, 1, 1, 3, 2]),
        Case(input: #"{"a"}"#, summaries: ["Missing object value", "Root value must be object"],
             details: ["A JSON object attribute must have a value, introduced by a colon.", root],
             subject: [1, 5, 4, 1, 6, 5]),
        Case(input: #"{"a", "b": 1}"#, summaries: ["Missing object value", "Root value must be object"], subject: [1, 5, 4, 1, 6, 5]),
        Case(input: #"{"a" = 1}"#, summaries: ["Missing property value colon", "Root value must be object"],
             details: ["JSON uses a colon as its name/value delimiter, not an equals sign.", root],
             subject: [1, 6, 5, 1, 7, 6]),
        Case(input: #"{"a" 1}"#, summaries: ["Missing property value colon", "Root value must be object"],
             details: ["A colon must appear between an object property's name and its value.", root]),
        Case(input: #"{"a": 1,}"#, summaries: ["Trailing comma in object", "Root value must be object"],
             details: ["JSON does not permit a trailing comma after the final property in an object.", root],
             subject: [1, 8, 7, 1, 9, 8]),
        Case(input: #"{"a": 1"#, summaries: ["Unclosed object", "Root value must be object"],
             details: ["No closing brace was found for this JSON object.", root],
             subject: [1, 1, 0, 1, 2, 1]),
        Case(input: #"{"a": [1"#, summaries: ["Unclosed object", "Unclosed object", "Root value must be object"],
             details: ["No closing bracket was found for this JSON array.", "No closing brace was found for this JSON object.", root],
             subject: [1, 7, 6, 1, 8, 7]),
        // HCL marks the token after a mismatched closer (here the end), not the closer itself.
        Case(input: #"{"a": 1]"#, summaries: ["Mismatched braces", "Root value must be object"],
             details: ["A JSON object must be closed with a brace, not a bracket.", root],
             subject: [1, 9, 8, 1, 9, 8]),
        Case(input: #"{"a": 1 "b": 2}"#, summaries: ["Missing attribute seperator comma", "Root value must be object"],
             details: ["A comma must appear between each property definition in an object.", root],
             subject: [1, 16, 15, 1, 16, 15]),
        Case(input: #"{"a": [1 2], "b": 3}"#, summaries: ["Missing attribute seperator comma"],
             details: ["A comma must appear between each value in an array."], subject: [1, 12, 11, 1, 13, 12]),
        // The array stops before its bracket, which the object then finds in its way.
        Case(input: #"{"a": [1,]}"#, summaries: ["Trailing comma in array", "Mismatched braces", "Root value must be object"],
             details: ["JSON does not permit a trailing comma after the final value in an array.",
                       "A JSON object must be closed with a brace, not a bracket.", root],
             subject: [1, 9, 8, 1, 10, 9]),
        Case(input: #"{"a": [1: 2], "b": 3}"#, summaries: ["Invalid array value"],
             details: ["A colon is not used to introduce values in a JSON array."], subject: [1, 13, 12, 1, 14, 13]),
        Case(input: #"{"a": [1}]}"#, summaries: ["Mismatched brackets"],
             details: ["A JSON array must be closed with a bracket, not a brace."], subject: [1, 11, 10, 1, 12, 11]),
        Case(input: #"{"a": 01}"#, summaries: ["Invalid JSON number"],
             details: ["There is a syntax error in the given JSON number."], subject: [1, 7, 6, 1, 9, 8]),
        Case(input: #"{"a": +1, "b": .5, "c": 1., "d": 1e, "e": -, "f": 1e+5}"#,
             summaries: Array(repeating: "Invalid JSON number", count: 5)),
        Case(input: #"{"a": "\x"}"#, summaries: ["Invalid JSON string"],
             details: ["There is a syntax error in the given JSON string."], subject: [1, 10, 9, 1, 11, 10]),
        Case(input: "{\"a\": \"abc\n}", summaries: ["Invalid JSON string"], subject: [1, 11, 10, 1, 12, 11]),
        Case(input: #"{"a": "\u12G4"}"#, summaries: ["Invalid JSON string"], subject: [1, 13, 12, 1, 14, 13]),
        Case(input: #"{"a": True}"#, summaries: ["Invalid JSON keyword"],
             details: ["\"True\" is not a valid JSON keyword. Did you mean \"true\"?"], subject: [1, 7, 6, 1, 11, 10]),
        Case(input: #"{"a": NaN}"#, summaries: ["Invalid JSON keyword"],
             details: ["The JavaScript identifier \"NaN\" cannot be used in JSON."]),
        Case(input: #"{"a": undefined, "b": Infinity}"#, summaries: ["Invalid JSON keyword", "Invalid JSON keyword"]),
        Case(input: #"{"a": yes}"#, summaries: ["Invalid JSON keyword"], details: ["\"yes\" is not a valid JSON keyword."]),
        Case(input: "{} {}", summaries: ["Extraneous data after value"],
             details: ["Extra characters appear after the JSON value."], subject: [1, 4, 3, 1, 5, 4]),
        Case(input: #""text""#, summaries: ["Root value must be object"], subject: [1, 1, 0, 1, 7, 6]),
        Case(input: "terraform {\n}\n", summaries: ["Invalid JSON keyword", "Root value must be object"],
             details: ["\"terraform\" is not a valid JSON keyword.", root]),
        Case(input: "\u{FEFF}{}", summaries: ["Invalid start of value", "Root value must be object"], subject: [1, 1, 0, 1, 2, 1]),
    ]

    /// Checks that `file` reports what `example` expects.
    private func check(_ file: ParsedFile, _ example: Case) {
        #expect(file.diagnostics.map(\.summary) == example.summaries)
        if let details = example.details {
            #expect(file.diagnostics.map(\.detail) == details)
        }
        if let subject = example.subject {
            #expect(ends(file.diagnostics.first?.subject) == subject)
        }
        #expect(file.diagnostics.allSatisfy { $0.severity == .error })
    }

    @Test("malformed JSON gets HCL's messages at HCL's ranges", arguments: syntaxCases)
    func syntaxErrors(_ example: Case) {
        check(attributes(example.input), example)
    }

    @Test("an error inside a value spoils only that value; the rest of the file is read")
    func recovery() throws {
        let file = attributes(#"{"a": [1 2], "b": 2}"#)
        #expect(file.diagnostics.map(\.summary) == ["Missing attribute seperator comma"])
        #expect(file.body.attributes.map(\.name) == ["a", "b"])
        #expect(file.body.attributes.first?.expression.kind == .invalid)
    }

    @Test("a bad string escape is marked just past the offending byte, within the string", arguments: [
        (#"{"a": "ab\q"}"#, [1, 12, 11, 1, 13, 12]),
        (#"{"a": "\u00"}"#, [1, 13, 12, 1, 14, 13]),
        (#"{"a": "x"#, [1, 9, 8, 1, 9, 8]),
    ])
    func stringErrorRanges(_ input: String, _ subject: [Int]) throws {
        let file = attributes(input)
        let diagnostic = try #require(file.diagnostics.first)
        #expect(diagnostic.summary == "Invalid JSON string")
        #expect(ends(diagnostic.subject) == subject)
        #expect(diagnostic.context != nil)
    }

    @Test("JSON string escapes decode as Go's decoder does")
    func escapes() throws {
        let file = attributes(#"{"a": "\"\\\/\b\f\n\r\t\u0041\ud83d\ude00\ud800x\udc00"}"#)
        #expect(file.diagnostics.isEmpty)
        let expression = try #require(file.body.attributes.first?.expression)
        #expect(JSONSyntax.literalString(of: expression, in: file.source) == "\"\\/\u{8}\u{C}\n\r\tA😀\u{FFFD}x\u{FFFD}")
        let broken = JSONSyntax.parse(SourceFile(filename: "b.json", bytes: Array(#"{"a": ""#.utf8) + [0xE2, 0x82, 0xC0, 0x80] + Array(#""}"#.utf8)), schema: JSONBodySchema())
        #expect(broken.diagnostics.isEmpty)
        let value = try #require(broken.body.attributes.first?.expression)
        #expect(JSONSyntax.literalString(of: value, in: broken.source) == "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
    }

    // MARK: - structural errors

    static let structureCases: [Case] = [
        Case(input: #"{"resorce": {}}"#, summaries: ["Extraneous JSON object property"],
             details: ["No argument or block type is named \"resorce\". Did you mean \"resource\"?"], subject: [1, 2, 1, 1, 11, 10]),
        Case(input: #"{"thing": 1}"#, summaries: ["Extraneous JSON object property"],
             details: ["No argument or block type is named \"thing\"."]),
        Case(input: #"{"moved": {"form": "a", "to": "b"}}"#, summaries: ["Extraneous JSON object property"],
             details: ["No argument or block type is named \"form\". Did you mean \"from\"?"]),
        Case(input: #"{"terraform": 1}"#, summaries: ["Incorrect JSON value type"],
             details: ["Either a JSON object or a JSON array is required, representing the contents of one or more \"terraform\" blocks."],
             subject: [1, 15, 14, 1, 16, 15]),
        Case(input: #"{"terraform": [1]}"#, summaries: ["Incorrect JSON value type"],
             details: ["Either a JSON object or JSON array of objects is required here, to define arguments and child blocks."],
             subject: [1, 16, 15, 1, 17, 16]),
        Case(input: #"{"terraform": [[1]]}"#, summaries: ["Incorrect JSON value type"],
             details: ["A JSON object is required here, to define arguments and child blocks."], subject: [1, 17, 16, 1, 18, 17]),
        Case(input: #"{"variable": "x"}"#, summaries: ["Incorrect JSON value type", "Missing block label"],
             details: ["Either a JSON object or JSON array of objects is required here, to specify name labels for this block.",
                       "At least one object property is required, whose name represents the variable block's name."]),
        Case(input: #"{"resource": [1, {"a": {"b": {}}}]}"#, summaries: ["Incorrect JSON value type"],
             details: ["A JSON object is required here, to specify type labels for this block."]),
        Case(input: #"{"locals": [[{"a": 1}]]}"#, summaries: ["Incorrect JSON value type"],
             details: ["A JSON object is required here, setting the arguments for this block."], subject: [1, 13, 12, 1, 14, 13]),
        Case(input: #"{"locals": [null]}"#, summaries: ["Incorrect JSON value type"],
             details: ["A JSON object is required here, setting the arguments for this block."]),
        Case(input: #"{"module": {"m": [null]}}"#, summaries: []),
        Case(input: #"{"module": {"m": [[{"source": "./m"}, 1]]}}"#, summaries: ["Incorrect JSON value type"],
             details: ["A JSON object is required here, to define arguments and child blocks."]),
    ]

    @Test("structural problems get HCL's messages", arguments: structureCases)
    func structureErrors(_ example: Case) {
        check(parseJSON(example.input), example)
    }

    @Test("a property name is quoted in messages as Go's %q does")
    func quotedNames() {
        let file = parseJSON(#"{"a\"b\n": 1}"#)
        #expect(file.diagnostics.map(\.detail) == [#"No argument or block type is named "a\"b\n"."#])
    }

    @Test("template errors inside a string are reported at their place in the string")
    func templateErrors() throws {
        let text = #"{"a": "ok ${var.x", "b": "%{ bogus }", "c": "\t%{if true}x"}"#
        let file = attributes(text)
        #expect(file.diagnostics.map(\.summary) == [
            "Unclosed template interpolation sequence", "Invalid template control keyword", "Unexpected end of template",
        ])
        let bogus = offset(of: "bogus", in: text)
        #expect(ends(file.diagnostics[1].subject) == [1, bogus + 1, bogus, 1, bogus + 6, bogus + 5])
        let directive = offset(of: "%{if", in: text)
        #expect(file.diagnostics[2].detail
            == "The if directive at main.tf.json:1,\(directive + 1)-\(directive + 11) is missing its corresponding endif directive.")
    }

    // MARK: - expression mode and helpers

    @Test("a string's content read as one native expression is placed at the opening quote, as Terraform places it")
    func expressionStrings() throws {
        let text = #"{"depends_on": ["aws_instance.web", "module.a"], "type": "map(list(string))", "x": "a\u002eb"}"#
        let file = attributes(text)
        #expect(file.diagnostics.isEmpty)
        guard case .tuple(let references) = try #require(file.body.attributes.first?.expression).kind else {
            Issue.record("expected a tuple")
            return
        }
        let quote = offset(of: "\"aws_instance.web\"", in: text)
        let (reference, referenceDiagnostics) = try #require(JSONSyntax.parseExpressionString(references[0], in: file.source))
        #expect(referenceDiagnostics.isEmpty)
        guard case .getAttribute(let root, let name, let nameRange) = reference.kind else {
            Issue.record("expected a traversal, got \(reference.kind)")
            return
        }
        #expect(root.kind == .variable("aws_instance"))
        #expect(name == "web")
        #expect(ends(reference.range) == [1, quote + 1, quote, 1, quote + 17, quote + 16])
        #expect(ends(nameRange) == [1, quote + 14, quote + 13, 1, quote + 17, quote + 16])

        let type = try #require(file.body.attributes.dropFirst().first?.expression)
        let (call, _) = try #require(JSONSyntax.parseExpressionString(type, in: file.source))
        guard case .functionCall(let function) = call.kind else {
            Issue.record("expected a call")
            return
        }
        #expect(function.name == "map")

        let escaped = try #require(file.body.attributes.last?.expression)
        let (traversal, _) = try #require(JSONSyntax.parseExpressionString(escaped, in: file.source))
        guard case .getAttribute(let a, "b", _) = traversal.kind else {
            Issue.record("expected a.b, got \(traversal.kind)")
            return
        }
        #expect(a.kind == .variable("a"))

        let tokenStart = offset(of: "\"module.a\"", in: text)
        let tokenRange = SourceRange(
            filename: "main.tf.json", start: SourcePosition(line: 1, column: tokenStart + 1, byte: tokenStart),
            end: SourcePosition(line: 1, column: tokenStart + 11, byte: tokenStart + 10))
        let (module, _) = JSONSyntax.parseExpressionString("module.a", range: tokenRange)
        #expect(ends(module.range) == [1, tokenStart + 1, tokenStart, 1, tokenStart + 9, tokenStart + 8])
        let (bad, badDiagnostics) = JSONSyntax.parseExpressionString("a +", range: tokenRange)
        #expect(bad.range.start.byte == tokenStart)
        #expect(badDiagnostics.hasErrors)

        #expect(JSONSyntax.parseExpressionString(Expression(.literal(.null), range: tokenRange), in: file.source) == nil)
    }

    @Test("a reference read from a string has the range Terraform 1.x reports for it")
    func terraformReferenceRange() throws {
        let file = parseJSON(#"{"resource": {"terraform_data": {"x": {"depends_on": ["terraform_data.nope"]}}}}"#)
        #expect(file.diagnostics.isEmpty)
        let dependsOn = try #require(file.body.blocks.first?.body.attributes.first?.expression)
        guard case .tuple(let references) = dependsOn.kind, let reference = references.first else {
            Issue.record("expected a tuple, got \(dependsOn.kind)")
            return
        }
        // `terraform validate -json` reports an undeclared resource here at 1,55-74 (bytes 54-73).
        #expect(ends(reference.range) == [1, 55, 54, 1, 74, 73])
    }

    @Test("strings are read as templates, literally or as expressions, as the schema says")
    func stringReadings() throws {
        let file = parseJSON(#"""
            {
              "variable": {"v": {"description": "Costs ${y", "type": "map(string)"}},
              "module": {"m": {"source": "./m${x}", "providers": {"aws": "aws.west"}, "depends_on": ["terraform_data.a"]}},
              "resource": {"t": {"n": {"provider": "aws.west", "lifecycle": {"ignore_changes": "all"}, "v": "${1}"}}},
              "terraform": {"required_providers": {"aws": {"source": "hashicorp/${aws}"}}}
            }
            """#)
        #expect(file.diagnostics.isEmpty)
        let json = file.body.blocks
        let native = Parser.parse(SourceFile(filename: "main.tf", text: """
            variable "v" {
              description = "Costs $${y"
              type = map(string)
            }
            module "m" {
              source = "./m$${x}"
              providers = { aws = aws.west }
              depends_on = [terraform_data.a]
            }
            resource "t" "n" {
              provider = aws.west
              lifecycle {
                ignore_changes = all
              }
              v = "${1}"
            }
            terraform {
              required_providers {
                aws = { "source" = "hashicorp/$${aws}" }
              }
            }
            """)).body.blocks
        #expect(json.map { outline($0.body) } == native.map { outline($0.body) })
        func attributes(_ body: Body) -> [Attribute] {
            body.attributes + body.blocks.flatMap { attributes($0.body) }
        }
        let pairs = zip(json.flatMap { attributes($0.body) }, native.flatMap { attributes($0.body) })
        for (left, right) in pairs {
            #expect(shape(left.expression) == shape(right.expression), "\(left.name) differs")
        }
    }

    @Test("a string that does not parse as the expression Terraform wants stays a string, without errors")
    func unparsableExpressionStrings() throws {
        let file = parseJSON(#"{"resource": {"a": {"b": {"depends_on": ["a.b c", ""], "lifecycle": {"ignore_changes": "all"}}}}}"#)
        #expect(file.diagnostics.isEmpty)
        let body = try #require(file.body.blocks.first?.body)
        guard case .tuple(let items) = try #require(body.attributes.first?.expression).kind, items.count == 2 else {
            Issue.record("expected a tuple of two")
            return
        }
        #expect(items.map { file.source.text($0.range) } == [#""a.b c""#, #""""#])
        #expect(items.allSatisfy { if case .template = $0.kind { true } else { false } })
        #expect(body.blocks.first?.body.attributes.first?.expression.kind == .variable("all"))
    }

    @Test("a string read literally keeps template sequences as written")
    func literalStrings() throws {
        let file = parseJSON(#"{"variable": {"v": {"description": "Costs $${x} or ${y}"}}}"#)
        let description = try #require(file.body.blocks.first?.body.attributes.first?.expression)
        #expect(JSONSyntax.literalString(of: description, in: file.source) == "Costs $${x} or ${y}")
        guard case .template(let template) = description.kind, case .literal(let text, let range) = template.parts.first else {
            Issue.record("expected a literal template")
            return
        }
        #expect(text == "Costs $${x} or ${y}")
        #expect(file.source.text(range) == "Costs $${x} or ${y}")
        #expect(JSONSyntax.literalString(of: Expression(.tuple([]), range: description.range), in: file.source) == nil)
    }

    @Test("an attribute can be read again as blocks once their schema is known")
    func blocksFromAttribute() throws {
        let text = #"{"resource": {"aws_sg": {"a": {"ingress": [{"port": 22}, {"port": "${var.p}"}], "setting": {"x": {"value": 1}}}}}}"#
        let file = parseJSON(text)
        #expect(file.diagnostics.isEmpty)
        let body = try #require(file.body.blocks.first?.body)
        let ingress = try #require(body.attributes.first)
        let (blocks, diagnostics) = JSONSyntax.blocks(from: ingress, in: file.source, schema: JSONBlockSchema("ingress"))
        #expect(diagnostics.isEmpty)
        #expect(blocks.map { outline($0.body) } == [["port"], ["port"]])
        #expect(file.source.text(blocks[0].typeRange) == "\"ingress\"")
        let setting = try #require(body.attributes.last)
        let (labelled, _) = JSONSyntax.blocks(from: setting, in: file.source, schema: JSONBlockSchema("setting", labels: ["name"]))
        #expect(labelled.map { $0.labels.map(\.value) } == [["x"]])
        #expect(file.source.text(labelled[0].labels[0].range) == "\"x\"")
        let (wrong, wrongDiagnostics) = JSONSyntax.blocks(from: setting, in: file.source, schema: JSONBlockSchema("setting", labels: ["a", "b", "c"]))
        #expect(wrong.isEmpty)
        #expect(wrongDiagnostics.map(\.summary) == ["Incorrect JSON value type", "Missing block label"])
    }

    // MARK: - conformance

    @Test("Terraform's JSON configuration fixtures parse as Terraform parses them")
    func terraformFixtures() throws {
        let root = conformanceDirectory.appendingPathComponent("configs")
        let manager = FileManager.default
        let paths = (manager.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".tf.json") }.sorted()
        #expect(paths.count >= 8)
        for path in paths {
            let bytes = Array(try Data(contentsOf: root.appendingPathComponent(path)))
            let file = JSONSyntax.parse(SourceFile(filename: path, bytes: bytes), schema: terraformSchema)
            if path.hasPrefix("invalid-files/") {
                #expect(file.diagnostics.hasErrors, "\(path) should be rejected")
            } else {
                #expect(file.diagnostics.isEmpty, "\(path): \(file.diagnostics.map(\.summary))")
            }
        }
        let zero = JSONSyntax.parse(SourceFile(filename: "zerolen.tf.json", bytes: []), schema: terraformSchema)
        #expect(zero.diagnostics.map(\.summary) == ["Missing value", "Root value must be object"])
    }

    @Test("the fixtures hold what they say")
    func fixtureContent() throws {
        let path = conformanceDirectory.appendingPathComponent("configs/valid-files/resources.tf.json")
        let file = JSONSyntax.parse(SourceFile(filename: "resources.tf.json", bytes: Array(try Data(contentsOf: path))), schema: terraformSchema)
        #expect(outline(file.body) == [
            "resource[test_object,a]{count test_string}", "resource[test_object,b]{count lifecycle[]{replace_triggered_by}}",
        ])
        let locals = conformanceDirectory.appendingPathComponent("configs/valid-files/locals.tf.json")
        let localsFile = JSONSyntax.parse(SourceFile(filename: "locals.tf.json", bytes: Array(try Data(contentsOf: locals))), schema: terraformSchema)
        #expect(outline(localsFile.body) == ["locals[]{foo bar baz dunno rowing π}"])
        let pi = try #require(localsFile.body.blocks.first?.body.attributes.last)
        #expect(pi.expression.kind == .literal(.number("3.14159265359")))
        // Columns count characters: "π" is two bytes but one column.
        #expect(pi.nameRange.end.column - pi.nameRange.start.column == 3)
    }

    @Test("the HCL spec suite's JSON inputs parse without errors")
    func specSuite() throws {
        let root = conformanceDirectory.appendingPathComponent("hcl-specsuite/tests")
        let paths = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        #expect(!paths.isEmpty)
        for path in paths {
            let bytes = Array(try Data(contentsOf: root.appendingPathComponent(path)))
            let file = JSONSyntax.parse(SourceFile(filename: path, bytes: bytes), schema: JSONBodySchema())
            #expect(file.diagnostics.isEmpty, "\(path): \(file.diagnostics.map(\.summary))")
        }
    }

    // MARK: - hostile input

    @Test("deep nesting is bounded and reported once, and the parse still returns")
    func deepNesting() {
        for opener in ["[", "{\"a\":"] {
            let depth = 20_000
            let closer = opener == "[" ? "]" : "}"
            let text = "{\"x\": " + String(repeating: opener, count: depth) + "1" + String(repeating: closer, count: depth) + ", \"y\": 2}"
            let file = attributes(text)
            #expect(file.diagnostics.map(\.summary) == ["Nesting too deep"])
            #expect(file.body.attributes.map(\.name) == ["x", "y"])
        }
        let unclosed = attributes(String(repeating: "[", count: 50_000))
        #expect(unclosed.diagnostics.hasErrors)
        let fine = String(repeating: "[", count: Parser.maximumDepth - 2) + "1" + String(repeating: "]", count: Parser.maximumDepth - 2)
        #expect(attributes("{\"x\": \(fine)}").diagnostics.isEmpty)
    }

    @Test("random bytes and mangled JSON never crash, and every range stays inside the file")
    func fuzz() {
        var random = SplitMix(seed: 0x5EED)
        let fragments = ["{", "}", "[", "]", ",", ":", "=", "\"a\"", "\"${x}\"", "\"%{if}\"", "\"\\u12\"", "1", "-0.5e",
                         "true", "nul", "\"//\"", "\"resource\"", "\"locals\"", "\"module\"", " ", "\n", "\t", "\"é\u{301}\"", "\u{FF}"]
        var inputs: [[UInt8]] = []
        for _ in 0..<300 {
            inputs.append((0..<random.next(upTo: 80)).map { _ in UInt8(random.next(upTo: 256)) })
            inputs.append(Array((0..<random.next(upTo: 60)).map { _ in fragments[random.next(upTo: fragments.count)] }.joined().utf8))
        }
        let valid = Array(#"{"resource": {"a": {"b": {"x": "${var.y}", "l": [1, {"k": null}], "lifecycle": {"ignore_changes": ["x"]}}}}, "locals": {"q": "%{ for v in l }${v}%{ endfor }"}}"#.utf8)
        for _ in 0..<300 {
            var mangled = valid
            for _ in 0..<(1 + random.next(upTo: 4)) {
                let at = random.next(upTo: mangled.count)
                if random.next(upTo: 2) == 0 { mangled.remove(at: at) } else { mangled.insert(valid[random.next(upTo: valid.count)], at: at) }
            }
            inputs.append(mangled)
        }
        for bytes in inputs {
            let file = JSONSyntax.parse(SourceFile(filename: "fuzz.tf.json", bytes: bytes), schema: terraformSchema)
            for diagnostic in file.diagnostics {
                for range in [diagnostic.subject, diagnostic.context].compactMap({ $0 }) {
                    #expect(range.start.byte >= 0 && range.start.byte <= range.end.byte && range.end.byte <= bytes.count,
                            "\(diagnostic.summary) at \(ends(range)) in \(bytes)")
                    #expect(range.start.line >= 1 && range.start.column >= 1)
                }
            }
        }
    }
}

/// A small seeded generator, so that the fuzz inputs are the same on every run.
private struct SplitMix {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(upTo bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return bound <= 0 ? 0 : Int(z % UInt64(bound))
    }
}
