import Addresses
import Foundation
import Testing
import Values
@testable import State

@Suite("SQLite state store: reading and writing")
struct StoreRoundTripTests {
    @Test("reading a state that does not exist gives an empty state with one lineage and creates no file")
    func emptyRead() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        let store = SQLiteStateStore(path: path)
        let first = try store.read()
        let second = try store.read()
        #expect(first.serial == 0)
        #expect(first.objects.isEmpty && first.outputs.isEmpty && first.pendingCreates.isEmpty)
        #expect(UUID(uuidString: first.lineage) != nil)
        #expect(first.lineage == first.lineage.lowercased())
        #expect(second.lineage == first.lineage)
        #expect(try store.history().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: path))

        try store.put(plainObject("local_file.a"))
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try store.read().lineage == first.lineage)
    }

    @Test("an object with every field set reads back exactly, and a removed one is gone")
    func everyField() throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.path("iac.state"))
        let full = ResourceInstanceObject(
            address: instance(#"module.net["a"].module.sub[0].aws_subnet.b["x\"y"]"#),
            provider: #"provider["registry.terraform.io/hashicorp/aws"].west"#, schemaVersion: 3,
            attributesJSON: #"{"cidr":"10.0.0.0/16","n":12345678901234567890,"tags":{"k":"v"}}"#,
            sensitivePaths: [[.attribute("tags"), .index(.string("k"))], [.attribute("list"), .index(.number(2))]],
            dependencies: [resource("module.net.aws_vpc.main"), resource("data.aws_ami.ubuntu")],
            status: .tainted, createBeforeDestroy: true, identityJSON: #"{"id":"subnet-1"}"#, identitySchemaVersion: 2,
            privateData: Data([0, 1, 2, 255]))
        let counted = plainObject("local_file.c[7]")
        let data = ResourceInstanceObject(
            address: instance("data.local_file.d"), provider: localProvider, attributesJSON: "{}")
        try store.put(full)
        try store.put(counted)
        try store.put(data)
        #expect(try store.read().objects == [data, counted, full])

        try store.remove(counted.address, deposedKey: nil)
        try store.remove(instance("local_file.missing"), deposedKey: nil)
        #expect(try store.read().objects == [data, full])
    }

    @Test("putting an object at the same address and deposed key replaces it")
    func replacePut() throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.path("iac.state"))
        try store.put(plainObject("local_file.a", attributes: #"{"id":"1"}"#))
        try store.put(plainObject("local_file.a", attributes: #"{"id":"2"}"#))
        #expect(try store.read().objects.map(\.attributesJSON) == [#"{"id":"2"}"#])
    }

    @Test("deposed objects live beside the current object and are removed by their key")
    func deposed() throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.path("iac.state"))
        let current = plainObject("local_file.a", attributes: #"{"id":"new"}"#)
        var old = plainObject("local_file.a", attributes: #"{"id":"old"}"#)
        old.deposedKey = "00c0ffee"
        var older = plainObject("local_file.a", attributes: #"{"id":"older"}"#)
        older.deposedKey = "0000abcd"
        try store.put(old)
        try store.put(current)
        try store.put(older)
        let snapshot = try store.read()
        #expect(snapshot.objects == [current, older, old])
        #expect(snapshot.object(current.address) == current)

        try store.remove(current.address, deposedKey: "00c0ffee")
        #expect(try store.read().objects == [current, older])
    }

    @Test("pending creates are recorded with their planned value and cleared by address")
    func pendingCreates() throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.path("iac.state"))
        let started = Date(timeIntervalSince1970: 1_700_000_000.25)
        let first = PendingCreate(address: instance(#"local_file.a["k"]"#), provider: localProvider, plannedJSON: #"{"id":null}"#, startedAt: started)
        let second = PendingCreate(
            address: instance("local_file.b"), deposedKey: "1234abcd", provider: localProvider, plannedJSON: "{}", startedAt: started)
        try store.recordPendingCreate(second)
        try store.recordPendingCreate(first)
        #expect(try store.read().pendingCreates == [first, second])

        try store.clearPendingCreate(first.address, deposedKey: nil)
        #expect(try store.read().pendingCreates == [second])
        try store.clearPendingCreate(second.address, deposedKey: nil)
        #expect(try store.read().pendingCreates == [second])
        try store.clearPendingCreate(second.address, deposedKey: "1234abcd")
        #expect(try store.read().pendingCreates.isEmpty)
    }

    @Test("setting outputs replaces every output")
    func outputs() throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.path("iac.state"))
        let name = OutputState(name: "name", valueJSON: #""web""#, typeJSON: #""string""#, sensitive: false)
        let secret = OutputState(name: "secret", valueJSON: #"["a",1]"#, typeJSON: #"["tuple",["string","number"]]"#, sensitive: true)
        try store.setOutputs(["name": name, "secret": secret])
        #expect(try store.read().outputs == ["name": name, "secret": secret])
        try store.setOutputs(["secret": secret])
        #expect(try store.read().outputs == ["secret": secret])
    }

    @Test("each run increments the serial and is recorded in the history with who ran it and how it ended")
    func serialAndHistory() throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.path("iac.state"))
        let before = Date()
        #expect(try store.beginRun(operation: "apply") == 1)
        try store.finishRun(serial: 1, summary: "2 added, 0 changed, 0 destroyed")
        #expect(try store.beginRun(operation: "destroy") == 2)
        #expect(try store.read().serial == 2)

        let history = try store.history()
        #expect(history.map(\.serial) == [1, 2])
        #expect(history.map(\.operation) == ["apply", "destroy"])
        #expect(history.map(\.who) == [RunIdentity.who, RunIdentity.who])
        #expect(history.map(\.summary) == ["2 added, 0 changed, 0 destroyed", ""])
        #expect(history[0].started.timeIntervalSince(before) > -1)
        #expect(try #require(history[0].finished) >= history[0].started)
        #expect(history[1].finished == nil)
        #expect(RunIdentity.who.contains("@"))

        #expect(throws: StateError.writeFailed("no run with serial 9 is recorded in \(store.path)")) {
            try store.finishRun(serial: 9, summary: "")
        }
    }

    @Test("replacing the state swaps objects, outputs, pending creates, lineage and serial at once")
    func replace() throws {
        let directory = try TemporaryDirectory()
        let store = SQLiteStateStore(path: directory.path("iac.state"))
        try store.put(plainObject("local_file.old"))
        try store.recordPendingCreate(
            PendingCreate(address: instance("local_file.p"), provider: localProvider, plannedJSON: "{}", startedAt: Date(timeIntervalSince1970: 5)))
        _ = try store.beginRun(operation: "apply")
        let output = OutputState(name: "o", valueJSON: "1", typeJSON: #""number""#, sensitive: false)
        let snapshot = StateSnapshot(
            lineage: "5a0e6b4e-0000-4000-8000-000000000001", serial: 41,
            objects: [plainObject("local_file.x[0]"), plainObject("local_file.x[1]")], outputs: ["o": output])
        try store.replace(with: snapshot)
        #expect(try store.read() == snapshot)
        #expect(try store.beginRun(operation: "apply") == 42)
        #expect(try store.history().map(\.serial) == [1, 42])
    }

    @Test("a change is visible to another store on the same file as soon as the call returns")
    func committedOnReturn() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("iac.state")
        let writer = SQLiteStateStore(path: path)
        try writer.put(plainObject("local_file.a"))
        let reader = SQLiteStateStore(path: path)
        #expect(try reader.read().objects == [plainObject("local_file.a")])
        try writer.remove(instance("local_file.a"), deposedKey: nil)
        #expect(try reader.read().objects.isEmpty)
        #expect(try reader.read().lineage == writer.read().lineage)
    }
}
