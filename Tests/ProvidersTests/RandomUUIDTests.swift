import Foundation
import ProviderKit
import RandomProvider
import Testing
import Values

@Suite("random_uuid, random_uuid4 and random_uuid7")
struct RandomUUIDTests {
    private let provider = RandomProvider()
    private let hex = "[0-9a-f]"

    @Test("each kind makes a lower-case UUID, version 4 and 7 with their version bits")
    func create() async throws {
        let plain = try await createObject(provider, "random_uuid", [:])
        #expect(matches(plain[attribute: "result"]?.stringValue, "\(hex){8}-\(hex){4}-\(hex){4}-\(hex){4}-\(hex){12}"))
        #expect(plain[attribute: "id"] == plain[attribute: "result"])
        let four = try await createObject(provider, "random_uuid4", [:])
        #expect(matches(four[attribute: "result"]?.stringValue, "\(hex){8}-\(hex){4}-4\(hex){3}-[89ab]\(hex){3}-\(hex){12}"))
        let seven = try await createObject(provider, "random_uuid7", [:])
        let text = try #require(seven[attribute: "result"]?.stringValue)
        #expect(matches(text, "\(hex){8}-\(hex){4}-7\(hex){3}-[89ab]\(hex){3}-\(hex){12}"))
        let milliseconds = try #require(UInt64(text.replacingOccurrences(of: "-", with: "").prefix(12), radix: 16))
        #expect(abs(Double(milliseconds) / 1000 - Date().timeIntervalSince1970) < 60)
    }

    @Test("keepers replace; the result stays when nothing changes")
    func replacement() async throws {
        let prior = try await createObject(provider, "random_uuid", ["keepers": stringMap(["a": "1"])])
        let planned = try await plan(provider, "random_uuid", prior: prior, config: try configuration(provider, "random_uuid", ["keepers": stringMap(["a": "2"])]))
        #expect(planned.requiresReplace == [[.attribute("keepers")]])
        #expect(planned.plannedState[attribute: "result"] == prior[attribute: "result"])
    }

    @Test("import writes the UUID in lower case")
    func importUUID() async throws {
        let imported = try #require(try await provider.importResource(type: "random_uuid", id: "6E0C0AE9-0A24-4AD6-9C4C-1C7D0B5C5F3E").first?.state)
        #expect(imported[attribute: "result"] == .string("6e0c0ae9-0a24-4ad6-9c4c-1c7d0b5c5f3e"))
        #expect(imported[attribute: "keepers"] == .map([:], elementType: .string))
        let braced = try #require(try await provider.importResource(type: "random_uuid7", id: "{0190a6f2-0b44-7c55-9d3e-1a2b3c4d5e6f}").first?.state)
        #expect(braced[attribute: "id"] == .string("0190a6f2-0b44-7c55-9d3e-1a2b3c4d5e6f"))
        #expect(braced[attribute: "keepers"] == .null(.map(.string)))
    }

    @Test("malformed UUIDs are reported with the Go libraries' messages")
    func importErrors() async {
        let lead = "There was an error during the parsing of the UUID.\n\nRetry the Terraform operation. If the error still occurs or happens regularly, please contact the provider developer with hardware and operating system information.\n\nOriginal Error: "
        #expect(await diagnostics { _ = try await provider.importResource(type: "random_uuid", id: "abc") } == [
            .error("Import Random UUID Error", lead + "uuid string is wrong length"),
        ])
        #expect(await diagnostics { _ = try await provider.importResource(type: "random_uuid", id: "6e0c0ae9-0a24-4ad6-9c4c-1c7d0b5c5g3e") } == [
            .error("Import Random UUID Error", lead + "encoding/hex: invalid byte: U+0067 'g'"),
        ])
        #expect(await diagnostics { _ = try await provider.importResource(type: "random_uuid4", id: "abc") } == [
            .error("Import Random UUID Error", lead + "invalid UUID length: 3"),
        ])
    }
}
