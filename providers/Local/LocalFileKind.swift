import ProviderKit
import Values

/// `local_file` or `local_sensitive_file`: the same file, the second with its content kept out
/// of plans and output, owner-only permissions by default, and no deprecated
/// `sensitive_content`.
enum LocalFileKind: Sendable {
    case plain
    case sensitive

    var resourceType: String { self == .plain ? "local_file" : "local_sensitive_file" }

    /// The arguments that give the content; exactly one must be set.
    var contentArguments: [String] {
        self == .plain ? ["content", "sensitive_content", "content_base64", "source"] : ["content", "content_base64", "source"]
    }

    var defaultPermission: String { self == .plain ? "0777" : "0700" }

    /// The summaries of create and read errors.
    var createErrorSummary: String { self == .plain ? "Create local file error" : "Create local sensitive file error" }
    var readErrorSummary: String { self == .plain ? "Read local file error" : "Read local sensitive file error" }

    static let deprecatedSensitiveContent = "Use the `local_sensitive_file` resource instead"

    var resourceSchema: Schema {
        let isSensitive = self == .sensitive
        var attributes: [String: AttributeSchema] = [
            "filename": .required(.string, description: "The path to the file that will be created. Missing parent directories will be created. If the file already exists, it will be overridden with the given content."),
            "content": .optional(.string, sensitive: isSensitive, description: "Content to store in the file, expected to be a UTF-8 encoded string."),
            "content_base64": .optional(.string, sensitive: isSensitive, description: "Content to store in the file, expected to be binary encoded as base64 string."),
            "source": .optional(.string, description: "Path to file to use as source for the one we are creating."),
            "file_permission": .optionalComputed(.string, description: "Permissions to set for the output file (before umask), expressed as string in [numeric notation](https://en.wikipedia.org/wiki/File-system_permissions#Numeric_notation). Default value is `\"\(defaultPermission)\"`."),
            "directory_permission": .optionalComputed(.string, description: "Permissions to set for directories created (before umask), expressed as string in [numeric notation](https://en.wikipedia.org/wiki/File-system_permissions#Numeric_notation). Default value is `\"\(defaultPermission)\"`."),
            "id": .computed(.string, description: "The hexadecimal encoding of the SHA1 checksum of the file content."),
        ]
        if !isSensitive {
            attributes["sensitive_content"] = AttributeSchema(
                type: .string, optional: true, sensitive: true,
                description: "Sensitive content to store in the file, expected to be an UTF-8 encoded string.", deprecated: true)
        }
        for name in FileChecksums.attributeNames {
            attributes[name] = .computed(.string)
        }
        let description = isSensitive ? "Generates a local file with the given sensitive content." : "Generates a local file with the given content."
        return Schema(block: BlockSchema(attributes: attributes, description: description))
    }

    var dataSourceSchema: Schema {
        let isSensitive = self == .sensitive
        var attributes: [String: AttributeSchema] = [
            "filename": .required(.string, description: "Path to the file that will be read. The data source will return an error if the file does not exist."),
            "content": .computed(.string, sensitive: isSensitive, description: "Raw content of the file that was read, as UTF-8 encoded string."),
            "content_base64": .computed(.string, sensitive: isSensitive, description: "Base64 encoded version of the file content (use this when dealing with binary data)."),
            "id": .computed(.string, description: "The hexadecimal encoding of the SHA1 checksum of the file content."),
        ]
        for name in FileChecksums.attributeNames {
            attributes[name] = .computed(.string)
        }
        let description = isSensitive ? "Reads a file that contains sensitive data, from the local filesystem." : "Reads a file from the local filesystem."
        return Schema(block: BlockSchema(attributes: attributes, description: description))
    }
}
