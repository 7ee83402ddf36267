import Foundation
import Testing
@testable import State

@Suite("SQLite state store: concurrent use")
struct StoreConcurrencyTests {
    @Test("many puts from a task group, through one store and through two on the same file, all land")
    func concurrentPuts() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        let stores = [SQLiteStateStore(path: path), SQLiteStateStore(path: path)]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<300 {
                group.addTask {
                    try stores[index % 2].put(plainObject("local_file.f[\(index)]", attributes: #"{"id":"\#(index)"}"#))
                }
            }
            try await group.waitForAll()
        }
        let objects = try SQLiteStateStore(path: path).read().objects
        #expect(objects.count == 300)
        #expect(objects.map(\.address.key) == (0..<300).map { .index($0) })
        #expect(objects.map(\.attributesJSON) == (0..<300).map { #"{"id":"\#($0)"}"# })
    }

    @Test("runs begun from many tasks each get their own serial")
    func concurrentRuns() async throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.path("iac.state"))
        let serials = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<40 {
                group.addTask { try store.beginRun(operation: "apply") }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(serials.sorted() == Array(1...40))
        #expect(try store.history().map(\.serial).sorted() == Array(1...40))
    }

    @Test("10,000 objects read back in one snapshot quickly")
    func largeRead() throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.path("iac.state"))
        let attributes = #"{"content":"hello","filename":"out/file.txt","id":"4b7f1a9e0c3d5f2e","permissions":"0777"}"#
        let objects = (0..<10_000).map { index in
            var object = plainObject(#"module.m["\#(index % 10)"].local_file.f[\#(index)]"#, attributes: attributes)
            object.dependencies = [resource("local_file.base")]
            object.sensitivePaths = [[.attribute("content")]]
            return object
        }
        try store.replace(with: StateSnapshot(lineage: "l", serial: 1, objects: objects))
        let reader = SQLiteStateStore(path: directory.path("iac.state"))
        _ = try reader.read()
        let clock = ContinuousClock()
        let started = clock.now
        let snapshot = try reader.read()
        let elapsed = clock.now - started
        #expect(snapshot.objects.count == 10_000)
        #expect(Set(snapshot.objects) == Set(objects))
        // The 100 ms budget is for optimized builds; a debug build is given ten times that.
        #expect(elapsed < .seconds(1))
    }
}
