import Foundation
import HCL
import Testing
import Values
@testable import Lang

/// HCL's specification suite, evaluated: for every case whose `.t` file states a `result`,
/// the input decoded with the case's hcldec spec equals that result.
@Suite("HCL specification suite: result values")
struct SpecSuiteValueTests {
    struct Case: Sendable, CustomStringConvertible {
        let input: URL
        let spec: URL
        let expectation: URL
        var description: String { input.lastPathComponent }
    }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance/hcl-specsuite/tests")

    static let cases: [Case] = {
        let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil)
        let inputs = (walker?.compactMap { $0 as? URL } ?? []).filter { $0.pathExtension == "hcl" }
        return inputs.compactMap { input in
            let base = input.deletingPathExtension()
            let spec = base.appendingPathExtension("hcldec")
            let expectation = base.appendingPathExtension("t")
            guard FileManager.default.fileExists(atPath: spec.path),
                  let text = try? String(contentsOf: expectation, encoding: .utf8),
                  text.contains("\nresult =") || text.hasPrefix("result =") else { return nil }
            return Case(input: input, spec: spec, expectation: expectation)
        }.sorted { $0.input.path < $1.input.path }
    }()

    @Test("the suite has cases with results")
    func present() {
        #expect(Self.cases.count >= 9, "hcl-specsuite not found at \(Self.directory.path)")
    }

    @Test("the decoded input equals the expected result", arguments: cases)
    func result(_ specCase: Case) throws {
        let input = try parse(specCase.input)
        let spec = try parse(specCase.spec)
        let expectation = try parse(specCase.expectation)
        var decoder = SpecDecoder()
        if let variables = spec.body.blocks.first(where: { $0.type == "variables" }) {
            for attribute in variables.body.attributes {
                var ignored: [Diagnostic] = []
                decoder.variables[attribute.name] = decoder.evaluate(attribute.expression, &ignored)
            }
        }
        let (decoded, diagnostics) = decoder.decode(input.body, spec: spec.body)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")

        var ignored: [Diagnostic] = []
        var expected = decoder.evaluate(expectation.body.attributes.first { $0.name == "result" }?.expression, &ignored)
        if let typeExpression = expectation.body.attributes.first(where: { $0.name == "result_type" })?.expression,
           let type = TypeConstraintParser.parse(typeExpression).0?.type {
            expected = try expected.converted(to: type)
            #expect(decoded.type.canConvert(to: type), "decoded type \(decoded.type.typeExpression)")
        }
        let comparable = (try? expected.converted(to: decoded.type)) ?? expected
        #expect(decoded.equals(comparable) == .true, "decoded \(decoded)\nexpected \(comparable)")
    }

    private func parse(_ url: URL) throws -> ParsedFile {
        let data = try Data(contentsOf: url)
        return Parser.parse(SourceFile(filename: url.lastPathComponent, bytes: Array(data)))
    }
}
