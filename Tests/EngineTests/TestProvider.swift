import Foundation
import ProviderKit
import Synchronization
import Values

/// A provider for engine tests: `test_thing` has an updatable `value`, a `size` that forces
/// replacement, a sensitive `secret`, and `fail`, which makes apply fail. Every call is logged.
final class TestProvider: Provider {
    let log = Mutex<[String]>([])
    private let counter = Atomic<Int>(0)

    var schema: ProviderSchema {
        ProviderSchema(resources: [
            "test_thing": Schema(block: BlockSchema(attributes: [
                "id": .computed(.string),
                "value": .optional(.string),
                "size": .optional(.number),
                "secret": .optional(.string, sensitive: true),
                "fail": .optional(.bool),
                "tags": .optional(.map(.string)),
                "computed": .computed(.string),
            ])),
        ], dataSources: [
            "test_echo": Schema(block: BlockSchema(attributes: [
                "input": .required(.string),
                "output": .computed(.string),
            ])),
        ])
    }

    var calls: [String] { log.withLock { $0 } }

    func configure(_ config: Value) async throws(ProviderError) {}

    func planResource(type: String, prior: Value?, proposed: Value, config: Value) async throws(ProviderError) -> PlannedResource {
        var attributes = proposed.attributes ?? [:]
        if prior == nil {
            attributes["id"] = .unknown(.string)
            attributes["computed"] = .unknown(.string)
        }
        var replace: ValuePath = []
        if let prior, prior.attributes?["size"] != attributes["size"] { replace = [.attribute("size")] }
        return PlannedResource(plannedState: .object(attributes), requiresReplace: replace.isEmpty ? [] : [replace])
    }

    func applyResource(type: String, prior: Value?, planned: Value?) async throws(ProviderError) -> Value? {
        guard let planned else {
            log.withLock { $0.append("delete \(prior?.attributes?["id"]?.stringValue ?? "?")") }
            return nil
        }
        if planned.attributes?["fail"]?.boolValue == true {
            log.withLock { $0.append("fail \(planned.attributes?["value"]?.stringValue ?? "")") }
            throw ProviderError("Thing failed", "The test thing was asked to fail.")
        }
        var attributes = planned.attributes ?? [:]
        if attributes["id"]?.isKnown == false {
            attributes["id"] = .string("thing-\(counter.add(1, ordering: .relaxed).newValue)")
        }
        if attributes["computed"]?.isKnown == false {
            attributes["computed"] = .string("computed-\(attributes["value"]?.stringValue ?? "")")
        }
        let verb = prior == nil ? "create" : "update"
        log.withLock { $0.append("\(verb) \(attributes["id"]?.stringValue ?? "") \(attributes["value"]?.stringValue ?? "")") }
        return .object(attributes)
    }

    func readResource(type: String, current: Value) async throws(ProviderError) -> Value? { current }

    func readDataSource(type: String, config: Value) async throws(ProviderError) -> Value {
        var attributes = config.attributes ?? [:]
        attributes["output"] = .string("echo:\(config.attributes?["input"]?.stringValue ?? "")")
        return .object(attributes)
    }
}
