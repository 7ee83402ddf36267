import Foundation
import Testing
@testable import HCL

/// Runs the formatter over the shared conformance corpora, whose expected outputs come from
/// `terraform fmt` itself.
@Suite("fmt conformance")
struct FormatConformanceTests {
    /// `../shared/conformance` beside the package root. Its absence is a failure, not a skip:
    /// without it these tests would prove nothing.
    static let conformance: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/conformance")

    @Test("every fmt case formats exactly as terraform fmt does, and syntax errors are rejected")
    func fmtCases() throws {
        let directory = Self.conformance.appendingPathComponent("fmt-cases")
        let inputs = try Self.files(in: directory, recursive: false)
        #expect(inputs.count > 300)
        let mismatches = try Self.check(inputs)
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(inputs.count) differ: \(mismatches.prefix(20))")
    }

    @Test("every real-world module file formats exactly as terraform fmt does")
    func realWorld() throws {
        let directory = Self.conformance.appendingPathComponent("realworld")
        let inputs = try Self.files(in: directory, recursive: true)
        #expect(inputs.count > 800)
        let mismatches = try Self.check(inputs)
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(inputs.count) differ: \(mismatches.prefix(20))")
    }

    /// The `.tf` files under `directory`, sorted by path.
    static func files(in directory: URL, recursive: Bool) throws -> [URL] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        try #require(manager.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue,
                     "missing conformance data at \(directory.path)")
        let paths: [String]
        if recursive {
            paths = (manager.enumerator(atPath: directory.path)?.allObjects as? [String]) ?? []
        } else {
            paths = try manager.contentsOfDirectory(atPath: directory.path)
        }
        return paths.filter { $0.hasSuffix(".tf") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The names of the inputs whose result differs from what Terraform does with them.
    static func check(_ inputs: [URL]) throws -> [String] {
        var mismatches: [String] = []
        for input in inputs {
            let bytes = Array(try Data(contentsOf: input))
            let result = Formatter.format(SourceFile(filename: input.lastPathComponent, bytes: bytes))
            let rejected = FileManager.default.fileExists(atPath: input.path + ".error")
            let expectedURL = URL(fileURLWithPath: input.path + ".fmt")
            let expected = FileManager.default.fileExists(atPath: expectedURL.path)
                ? Array(try Data(contentsOf: expectedURL)) : bytes
            switch result {
            case .syntaxErrors:
                if !rejected { mismatches.append(input.lastPathComponent + " (rejected)") }
            case .formatted(let output):
                if rejected || output != expected { mismatches.append(input.lastPathComponent) }
            }
        }
        return mismatches
    }
}
