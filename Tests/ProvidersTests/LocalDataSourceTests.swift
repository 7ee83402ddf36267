import Foundation
import LocalProvider
import ProviderKit
import Testing
import Values

@Suite("local_file and local_sensitive_file data sources")
struct LocalDataSourceTests {
    private let provider = LocalProvider()

    @Test("reading a file gives its content, base64 and checksums")
    func read() async throws {
        let directory = try TemporaryDirectory()
        let filename = directory.file("a.txt")
        try "hello".write(toFile: filename, atomically: false, encoding: .utf8)
        let config = try configuration(provider, "local_file", ["filename": .string(filename)])
        let state = try await provider.readDataSource(type: "local_file", config: config)
        #expect(state[attribute: "content"] == .string("hello"))
        #expect(state[attribute: "content_base64"] == .string("aGVsbG8="))
        #expect(state[attribute: "id"] == .string("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"))
        #expect(state[attribute: "content_md5"] == .string("5d41402abc4b2a76b9719d911017c592"))
        #expect(state[attribute: "filename"] == .string(filename))
    }

    @Test("bytes that are not UTF-8 read as replacement characters; base64 keeps them")
    func binary() async throws {
        let directory = try TemporaryDirectory()
        let filename = directory.file("bin")
        #expect(FileManager.default.createFile(atPath: filename, contents: Data([0x61, 0xFF, 0x62])))
        let state = try await provider.readDataSource(type: "local_sensitive_file", config: try configuration(provider, "local_sensitive_file", ["filename": .string(filename)]))
        #expect(state[attribute: "content"] == .string("a\u{FFFD}b"))
        #expect(state[attribute: "content_base64"] == .string("Yf9i"))
        #expect(provider.schema.dataSources["local_sensitive_file"]?.block.attributes["content"]?.sensitive == true)
    }

    @Test("a missing file is the provider's error")
    func missing() async throws {
        let directory = try TemporaryDirectory()
        let filename = directory.file("none")
        let config = try configuration(provider, "local_file", ["filename": .string(filename)])
        #expect(await diagnostics { _ = try await provider.readDataSource(type: "local_file", config: config) } == [.error(
            "Read local file data source error",
            "The file at given path cannot be read.\n\n+Original Error: open \(filename): no such file or directory")])
    }
}
