import Foundation
import HCL
import Testing

/// HCL's own specification test suite (`../shared/conformance/hcl-specsuite/tests`): every
/// native-syntax case parses as the suite expects, and every expected diagnostic is found at
/// exactly the expected range.
@Suite("HCL specification suite")
struct SpecSuiteTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let input: URL
        let expectation: URL
        let spec: URL
        var testDescription: String { name }
    }

    static let directory = conformanceDirectory.appendingPathComponent("hcl-specsuite/tests")

    static var cases: [Case] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "hcl" }
            .compactMap { input in
                let base = input.deletingPathExtension()
                let expectation = base.appendingPathExtension("t")
                guard FileManager.default.fileExists(atPath: expectation.path) else { return nil }
                let name = String(input.path.dropFirst(directory.path.count + 1))
                return Case(name: name, input: input, expectation: expectation, spec: base.appendingPathExtension("hcldec"))
            }
            .sorted { $0.name < $1.name }
    }

    @Test("the suite is present")
    func present() {
        #expect(Self.cases.count >= 15, "hcl-specsuite not found at \(Self.directory.path)")
    }

    @Test("native syntax case", arguments: cases)
    func specCase(_ specCase: Case) throws {
        let input = try load(specCase.input)
        let expectation = try load(specCase.expectation)
        #expect(!expectation.diagnostics.hasErrors, "the expectation file itself must parse")
        let spec = try load(specCase.spec)

        let expectedRanges = Self.expectedErrorRanges(expectation.body)
        let found = input.diagnostics + SpecDecoder.unexpectedAttributes(input.body, spec: spec.body)
        let foundRanges = found.filter { $0.severity == .error }.compactMap(\.subject).map {
            SpecRange(from: $0.start, to: $0.end)
        }
        #expect(foundRanges == expectedRanges, "diagnostics: \(found.map(\.summary))")

        if expectedRanges.isEmpty {
            for (path, expected) in Self.expectedStrings(expectation.body, prefix: "") {
                guard let actual = SpecDecoder.staticString(at: path, in: input.body) else { continue }
                #expect(actual == expected, "at \(path)")
            }
        }
    }

    private func load(_ url: URL) throws -> ParsedFile {
        let data = try Data(contentsOf: url)
        return Parser.parse(SourceFile(filename: url.lastPathComponent, bytes: Array(data)))
    }

    struct SpecRange: Equatable, CustomStringConvertible {
        let from: SourcePosition
        let to: SourcePosition
        var description: String { "\(from.line):\(from.column)(\(from.byte))-\(to.line):\(to.column)(\(to.byte))" }
    }

    /// The `diagnostics { error { from {...} to {...} } }` entries of an expectation file.
    static func expectedErrorRanges(_ body: Body) -> [SpecRange] {
        body.blocks.filter { $0.type == "diagnostics" }.flatMap { $0.body.blocks }.filter { $0.type == "error" }.compactMap {
            error in
            func position(_ name: String) -> SourcePosition? {
                guard let block = error.body.blocks.first(where: { $0.type == name }) else { return nil }
                func number(_ key: String) -> Int? {
                    guard case .literal(.number(let text)) = block.body.attributes.first(where: { $0.name == key })?.expression.kind
                    else { return nil }
                    return Int(text)
                }
                guard let line = number("line"), let column = number("column"), let byte = number("byte") else { return nil }
                return SourcePosition(line: line, column: column, byte: byte)
            }
            guard let from = position("from"), let to = position("to") else { return nil }
            return SpecRange(from: from, to: to)
        }
    }

    /// Every string literal in the expected `result`, by its path of object keys (`normal.basic`).
    static func expectedStrings(_ body: Body, prefix: String) -> [(String, String)] {
        guard let result = body.attributes.first(where: { $0.name == "result" }) else { return [] }
        return SpecDecoder.strings(in: result.expression, path: "")
    }
}

/// Just enough of the `hcldec` specification language to check the suite's structural cases,
/// and to read static values out of a parsed file.
enum SpecDecoder {
    /// Attributes of the root body that the root `object { attr "name" {...} }` spec does not name.
    static func unexpectedAttributes(_ body: Body, spec: Body) -> [Diagnostic] {
        guard let object = spec.blocks.first(where: { $0.type == "object" }) else { return [] }
        let allowed = Set(object.body.blocks.filter { $0.type == "attr" }.compactMap { $0.labels.first?.value })
        guard !allowed.isEmpty || object.body.blocks.isEmpty else { return [] }
        return body.attributes.filter { !allowed.contains($0.name) }.map {
            .error("Unsupported argument", "An argument named \"\($0.name)\" is not expected here.", at: $0.nameRange)
        }
    }

    /// The string a template made only of literal text evaluates to.
    static func literalText(_ expression: HCL.Expression) -> String? {
        guard case .template(let template) = expression.kind else { return nil }
        var text = ""
        for part in template.parts {
            guard case .literal(let piece, _) = part else { return nil }
            text += piece
        }
        return text
    }

    static func strings(in expression: HCL.Expression, path: String) -> [(String, String)] {
        if let text = literalText(expression) { return [(path, text)] }
        guard case .object(let items) = expression.kind else { return [] }
        return items.flatMap { item -> [(String, String)] in
            let key: String
            switch item.key {
            case .name(let name, _): key = name
            case .expression(let keyExpression): key = literalText(keyExpression) ?? "?"
            }
            return strings(in: item.value, path: path.isEmpty ? key : path + "." + key)
        }
    }

    /// The literal-only string at `path` (attribute, then object keys) in `body`, if there is one.
    static func staticString(at path: String, in body: Body) -> String? {
        let names = path.split(separator: ".").map(String.init)
        guard let first = names.first, let attribute = body.attributes.first(where: { $0.name == first }) else { return nil }
        var expression = attribute.expression
        for name in names.dropFirst() {
            guard case .object(let items) = expression.kind,
                let item = items.first(where: { if case .name(let key, _) = $0.key { key == name } else { false } })
            else { return nil }
            expression = item.value
        }
        return literalText(expression)
    }
}
