import LocalProvider
import ProviderKit
import Testing
import Values

@Suite("local_file validation, as the provider's validators report")
struct LocalValidationTests {
    private let provider = LocalProvider()

    @Test("no content argument: each content argument reports it")
    func noContent() throws {
        let config = try configuration(provider, "local_file", ["filename": .string("a")])
        #expect(provider.validateResource(type: "local_file", config: config) == [
            .error("Invalid Attribute Combination", "No attribute specified when one (and only one) of [sensitive_content,content_base64,source] is required", at: [.attribute("content")]),
            .error("Invalid Attribute Combination", "No attribute specified when one (and only one) of [content,sensitive_content,source] is required", at: [.attribute("content_base64")]),
            .error("Invalid Attribute Combination", "No attribute specified when one (and only one) of [content,content_base64,source] is required", at: [.attribute("sensitive_content")]),
            .error("Invalid Attribute Combination", "No attribute specified when one (and only one) of [content,sensitive_content,content_base64] is required", at: [.attribute("source")]),
        ])
    }

    @Test("two content arguments, a bad permission and the deprecated sensitive_content")
    func conflicts() throws {
        let config = try configuration(provider, "local_file", [
            "filename": .string("a"), "content": .string("x"), "sensitive_content": .string("y"), "file_permission": .string("999"),
            "directory_permission": .string("07777"),
        ])
        let problems = provider.validateResource(type: "local_file", config: config)
        #expect(problems.count == 7)
        #expect(problems[0] == .error(
            "Invalid Attribute Combination", "2 attributes specified when one (and only one) of [sensitive_content,content_base64,source] is required",
            at: [.attribute("content")]))
        #expect(problems[4] == .error(
            "Invalid File Permission String Value", "bad mode permission: string length should be 3 or 4 digits: 07777", at: [.attribute("directory_permission")]))
        #expect(problems[5] == .error(
            "Invalid File Permission String Value", "bad mode permission: string must be expressed in octal numeric notation: 999", at: [.attribute("file_permission")]))
        #expect(problems[6] == .warning("Attribute Deprecated", "Use the `local_sensitive_file` resource instead", at: [.attribute("sensitive_content")]))
    }

    @Test("one content argument and good permissions pass; unknown values wait")
    func valid() throws {
        let config = try configuration(provider, "local_file", ["filename": .string("a"), "content": .string("x"), "file_permission": .string("644")])
        #expect(provider.validateResource(type: "local_file", config: config).isEmpty)
        let unknown = try configuration(provider, "local_file", ["filename": .string("a"), "content": .unknown(.string), "source": .string("b")])
        #expect(provider.validateResource(type: "local_file", config: unknown).isEmpty)
    }

    @Test("local_sensitive_file has three content arguments")
    func sensitiveContent() throws {
        let config = try configuration(provider, "local_sensitive_file", ["filename": .string("a")])
        #expect(provider.validateResource(type: "local_sensitive_file", config: config).map(\.detail) == [
            "No attribute specified when one (and only one) of [content_base64,source] is required",
            "No attribute specified when one (and only one) of [content,source] is required",
            "No attribute specified when one (and only one) of [content,content_base64] is required",
        ])
    }
}
