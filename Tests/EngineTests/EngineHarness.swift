import Addresses
import Config
@testable import Engine
import Foundation
import HCL
import State
import Values

/// A configuration in a temporary directory, planned and applied against an in-memory state
/// with the test provider.
struct EngineHarness {
    let directory: URL
    let provider = TestProvider()
    let store = MemoryStateStore()
    var variables: [String: Value] = [:]

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("engine-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func write(_ source: String, to file: String = "main.tf") throws {
        let url = directory.appendingPathComponent(file)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try source.write(to: url, atomically: true, encoding: .utf8)
    }

    func context() throws -> RunContext {
        let (tree, diagnostics) = ModuleTreeLoader.load(directory: directory.path, displayPrefix: "", workingDirectory: directory.path)
        if diagnostics.hasErrors { throw HarnessError(diagnostics: diagnostics) }
        let provider = self.provider
        let catalog = ProviderCatalog(["registry.terraform.io/hashicorp/test": { provider }])
        return RunContext(tree: tree, rootDirectory: directory.path, variables: variables, catalog: catalog)
    }

    func plan(_ options: PlanOptions = PlanOptions()) async throws -> (Plan?, [Diagnostic]) {
        await Planner.plan(try context(), state: try store.read(), options: options)
    }

    /// Plans and applies; fails the test on plan errors.
    @discardableResult
    func apply(_ options: PlanOptions = PlanOptions()) async throws -> (Plan, ApplyResult, [Diagnostic]) {
        let (plan, diagnostics) = try await self.plan(options)
        guard let plan else { throw HarnessError(diagnostics: diagnostics) }
        let (result, applyDiagnostics) = await Applier.apply(plan, context: try context(), store: store, options: ApplyOptions()) { _ in }
        return (plan, result, applyDiagnostics)
    }

    /// The planned action per instance address text.
    static func actions(_ plan: Plan) -> [String: ChangeAction] {
        Dictionary(plan.changes.map { ($0.address.text + ($0.deposedKey.map { " deposed \($0)" } ?? ""), $0.action) }, uniquingKeysWith: { first, _ in first })
    }

    func stateAddresses() throws -> [String] {
        try store.read().objects.map { $0.address.text + ($0.deposedKey == nil ? "" : " (deposed)") }.sorted()
    }
}

struct HarnessError: Error, CustomStringConvertible {
    var diagnostics: [Diagnostic]
    var description: String { diagnostics.map { "\($0.summary): \($0.detail)" }.joined(separator: "\n") }
}
