import Crypto
import ProviderKit
import Values

/// The checksums of a file's content that the local provider reports, each as an attribute.
enum FileChecksums {
    static let attributeNames = [
        "content_md5", "content_sha1", "content_sha256", "content_base64sha256", "content_sha512", "content_base64sha512",
    ]

    /// The attributes for `content`: `id` and `content_sha1` are both its SHA-1 in hex.
    static func attributes(of content: [UInt8]) -> [String: Value] {
        let sha256 = Array(SHA256.hash(data: content))
        let sha512 = Array(SHA512.hash(data: content))
        let sha1 = hex(Array(Insecure.SHA1.hash(data: content)))
        return [
            "id": .string(sha1),
            "content_md5": .string(hex(Array(Insecure.MD5.hash(data: content)))),
            "content_sha1": .string(sha1),
            "content_sha256": .string(hex(sha256)),
            "content_base64sha256": .string(Base64Text.encode(sha256)),
            "content_sha512": .string(hex(sha512)),
            "content_base64sha512": .string(Base64Text.encode(sha512)),
        ]
    }

    /// The hex SHA-1 of `content`, which a file resource keeps as its id.
    static func sha1(_ content: [UInt8]) -> String {
        hex(Array(Insecure.SHA1.hash(data: content)))
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
