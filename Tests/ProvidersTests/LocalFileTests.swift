import Foundation
import LocalProvider
import ProviderKit
import Testing
import Values

/// A fresh temporary directory, removed when the test ends.
final class TemporaryDirectory {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "iac-local-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    func contents(_ name: String) -> String? {
        FileManager.default.contents(atPath: file(name)).map { String(decoding: $0, as: UTF8.self) }
    }

    func permissions(_ name: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: file(name))
        return try #require(attributes[.posixPermissions] as? Int)
    }
}

/// The process's umask, which file and directory modes pass through.
private func processUmask() throws -> Int {
    let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
    let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
    return try #require(Int(line.dropFirst("Umask:".count).trimmingCharacters(in: .whitespaces), radix: 8))
}

@Suite("local_file and local_sensitive_file resources")
struct LocalFileTests {
    private let provider = LocalProvider()
    private let type = "local_file"

    @Test("the plan of a new file has the default permissions and unknown checksums")
    func planCreate() async throws {
        let directory = try TemporaryDirectory()
        let config = try configuration(provider, type, ["filename": .string(directory.file("a.txt")), "content": .string("hello")])
        let planned = try await plan(provider, type, prior: nil, config: config)
        #expect(planned.plannedState[attribute: "file_permission"] == .string("0777"))
        #expect(planned.plannedState[attribute: "directory_permission"] == .string("0777"))
        for name in ["id", "content_md5", "content_sha1", "content_sha256", "content_base64sha256", "content_sha512", "content_base64sha512"] {
            #expect(planned.plannedState[attribute: name] == .unknown(.string))
        }
    }

    @Test("create writes the content with its mode and records the checksums")
    func create() async throws {
        let directory = try TemporaryDirectory()
        let filename = directory.file("a.txt")
        let state = try await createObject(provider, type, ["filename": .string(filename), "content": .string("hello"), "file_permission": .string("0640")])
        #expect(directory.contents("a.txt") == "hello")
        #expect(try directory.permissions("a.txt") == 0o640 & ~processUmask())
        #expect(state == (try configuration(provider, type, [
            "filename": .string(filename), "content": .string("hello"), "file_permission": .string("0640"), "directory_permission": .string("0777"),
            "id": .string("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"),
            "content_md5": .string("5d41402abc4b2a76b9719d911017c592"),
            "content_sha1": .string("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"),
            "content_sha256": .string("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"),
            "content_base64sha256": .string("LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="),
            "content_sha512": .string("9b71d224bd62f3785d96d46ad3ea3d73319bfbc2890caadae2dff72519673ca72323c3d99ba5c11d7c7acc6e14b8c5da0c4663475c2e5c3adef46f73bcdec043"),
            "content_base64sha512": .string("m3HSJL1i83hdltRq0+o9czGb+8KJDKra4t/3JRlnPKcjI8PZm6XBHXx6zG4UuMXaDEZjR1wuXDre9G9zvN7AQw=="),
        ])))
    }

    @Test("missing parent directories are created with directory_permission")
    func parents() async throws {
        let directory = try TemporaryDirectory()
        _ = try await createObject(provider, type, [
            "filename": .string(directory.file("x/y/z.txt")), "content": .string("z"), "directory_permission": .string("0750"),
        ])
        #expect(directory.contents("x/y/z.txt") == "z")
        #expect(try directory.permissions("x") == 0o750 & ~processUmask())
        #expect(try directory.permissions("x/y") == 0o750 & ~processUmask())
    }

    @Test("content_base64, source and sensitive_content give the bytes written")
    func contentSources() async throws {
        let directory = try TemporaryDirectory()
        _ = try await createObject(provider, type, ["filename": .string(directory.file("b64")), "content_base64": .string("aGk/Pg==")])
        #expect(directory.contents("b64") == "hi?>")
        _ = try await createObject(provider, type, ["filename": .string(directory.file("copy")), "source": .string(directory.file("b64"))])
        #expect(directory.contents("copy") == "hi?>")
        _ = try await createObject(provider, type, ["filename": .string(directory.file("secret")), "sensitive_content": .string("s3cret")])
        #expect(directory.contents("secret") == "s3cret")
    }

    @Test("content that cannot be had is a create error with the provider's wording")
    func createErrors() async throws {
        let directory = try TemporaryDirectory()
        let badBase64 = try configuration(provider, type, ["filename": .string(directory.file("a")), "content_base64": .string("!!")])
        let planned = try await plan(provider, type, prior: nil, config: badBase64)
        #expect(await diagnostics { _ = try await provider.applyResource(type: type, prior: nil, planned: planned.plannedState) } == [.error(
            "Create local file error",
            "An unexpected error occurred while parsing local file content\n\n+Original Error: illegal base64 data at input byte 0")])
        let missing = directory.file("missing")
        let noSource = try configuration(provider, type, ["filename": .string(directory.file("a")), "source": .string(missing)])
        let sourcePlan = try await plan(provider, type, prior: nil, config: noSource)
        #expect(await diagnostics { _ = try await provider.applyResource(type: type, prior: nil, planned: sourcePlan.plannedState) } == [.error(
            "Create local file error",
            "An unexpected error occurred while parsing local file content\n\n+Original Error: open \(missing): no such file or directory")])
    }

    @Test("an unchanged configuration plans no change; any changed argument replaces the file")
    func replacement() async throws {
        let directory = try TemporaryDirectory()
        let values: [String: Value] = ["filename": .string(directory.file("a.txt")), "content": .string("one")]
        let prior = try await createObject(provider, type, values)
        let same = try await plan(provider, type, prior: prior, config: try configuration(provider, type, values))
        #expect(same.plannedState == prior)
        #expect(same.requiresReplace.isEmpty)
        var changedValues = values
        changedValues["content"] = .string("two")
        changedValues["file_permission"] = .string("0600")
        let changed = try await plan(provider, type, prior: prior, config: try configuration(provider, type, changedValues))
        #expect(changed.requiresReplace == [[.attribute("content")], [.attribute("file_permission")]])
        #expect(changed.plannedState[attribute: "id"] == .unknown(.string))
    }

    @Test("read finds the file gone when it is deleted or edited outside")
    func drift() async throws {
        let directory = try TemporaryDirectory()
        let filename = directory.file("a.txt")
        let state = try await createObject(provider, type, ["filename": .string(filename), "content": .string("hello")])
        #expect(try await provider.readResource(type: type, current: state) == state)
        try "edited".write(toFile: filename, atomically: false, encoding: .utf8)
        #expect(try await provider.readResource(type: type, current: state) == nil)
        try FileManager.default.removeItem(atPath: filename)
        #expect(try await provider.readResource(type: type, current: state) == nil)
    }

    @Test("delete removes the file")
    func delete() async throws {
        let directory = try TemporaryDirectory()
        let state = try await createObject(provider, type, ["filename": .string(directory.file("a.txt")), "content": .string("x")])
        #expect(try await provider.applyResource(type: type, prior: state, planned: nil) == nil)
        #expect(!FileManager.default.fileExists(atPath: directory.file("a.txt")))
    }

    @Test("local_sensitive_file: sensitive content, owner-only permissions by default")
    func sensitive() async throws {
        let schema = try #require(provider.schema.resources["local_sensitive_file"])
        #expect(schema.block.attributes["content"]?.sensitive == true)
        #expect(schema.block.attributes["sensitive_content"] == nil)
        let directory = try TemporaryDirectory()
        let state = try await createObject(provider, "local_sensitive_file", ["filename": .string(directory.file("s/k")), "content": .string("key")])
        #expect(state[attribute: "file_permission"] == .string("0700"))
        #expect(directory.contents("s/k") == "key")
        #expect(try directory.permissions("s/k") == 0o700 & ~processUmask())
        #expect(try directory.permissions("s") == 0o700 & ~processUmask())
    }

    @Test("an interrupted create is found when the file holds the planned content")
    func findCreated() async throws {
        let directory = try TemporaryDirectory()
        let filename = directory.file("a.txt")
        let config = try configuration(provider, type, ["filename": .string(filename), "content": .string("hello")])
        let planned = try await plan(provider, type, prior: nil, config: config).plannedState
        let unknownAsNull = planned.settingAttribute("id", to: .null(.string))
        #expect(try await provider.findCreated(type: type, planned: unknownAsNull) == nil)
        try "hello".write(toFile: filename, atomically: false, encoding: .utf8)
        let found = try await provider.findCreated(type: type, planned: unknownAsNull)
        #expect(found?[attribute: "id"] == .string("aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d"))
        #expect(found?[attribute: "file_permission"] == .string("0777"))
        try "other".write(toFile: filename, atomically: false, encoding: .utf8)
        #expect(try await provider.findCreated(type: type, planned: unknownAsNull) == nil)
    }

    @Test("file resources cannot be imported")
    func noImport() async {
        #expect(await diagnostics { _ = try await provider.importResource(type: type, id: "x") }.map(\.summary) == ["Resource Import Not Implemented"])
    }
}
