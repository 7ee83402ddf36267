import Crypto
import Foundation
import Values

/// Terraform's hash and crypto functions on strings: `md5`, `sha1`, `sha256`, `sha512`,
/// `base64sha256`, `base64sha512`, `bcrypt` and `rsadecrypt`.
public enum HashFunctions {
    public static let all: [String: Function] = [
        "md5": stringHash(.md5, .hex),
        "sha1": stringHash(.sha1, .hex),
        "sha256": stringHash(.sha256, .hex),
        "sha512": stringHash(.sha512, .hex),
        "base64sha256": stringHash(.sha256, .base64),
        "base64sha512": stringHash(.sha512, .base64),
        "bcrypt": bcrypt,
        "rsadecrypt": rsadecrypt,
    ]

    /// A function hashing the UTF-8 bytes of its string argument.
    private static func stringHash(_ algorithm: HashAlgorithm, _ encoding: DigestEncoding) -> Function {
        Function(parameters: [FunctionParameter("str", .string)], returns: .string) { arguments throws(FunctionError) in
            .string(encoding.encode(algorithm.digest(Array((arguments[0].stringValue ?? "").utf8))))
        }
    }

    static let bcrypt = Function(
        parameters: [FunctionParameter("str", .string)],
        variadic: FunctionParameter("cost", .number),
        returns: .string
    ) { arguments throws(FunctionError) in
        var cost = Bcrypt.defaultCost
        if arguments.count > 1 {
            guard let number = arguments[1].numberValue, let whole = wholeInt64(number) else {
                throw .call("value must be a whole number, between \(Int64.min) and \(Int64.max)")
            }
            cost = Int(whole)
        }
        if arguments.count > 2 { throw .call("bcrypt() takes no more than two arguments") }
        do throws(Bcrypt.Failure) {
            return .string(try Bcrypt.hash(password: Array((arguments[0].stringValue ?? "").utf8), cost: cost))
        } catch {
            throw .call("error occured generating password \(error.message)")
        }
    }

    static let rsadecrypt = Function(
        parameters: [FunctionParameter("ciphertext", .string), FunctionParameter("privatekey", .string)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let encoded = arguments[0].stringValue ?? ""
        guard let ciphertext = GoBase64.decode(Array(encoded.utf8)) else {
            throw .argument(
                index: 0, message: "failed to decode input \(goQuoted(encoded)): cipher text must be base64-encoded"
            )
        }
        let key: RSAPrivateKey
        do throws(RSAPrivateKey.Failure) {
            key = try RSAPrivateKey(pem: Array((arguments[1].stringValue ?? "").utf8))
        } catch {
            throw .argument(index: 1, message: error.message)
        }
        guard let plaintext = key.decryptPKCS1v15(ciphertext) else {
            throw .call("failed to decrypt: crypto/rsa: decryption error")
        }
        return .string(String(decoding: plaintext, as: UTF8.self))
    }

    /// The number as a 64-bit integer when it is whole and in range, as Go's `gocty` requires.
    private static func wholeInt64(_ number: Number) -> Int64? {
        guard number.isInteger, !number.isInfinite else { return nil }
        return Int64(number.description)
    }
}

/// The digest algorithms Terraform's hash functions use.
enum HashAlgorithm {
    case md5, sha1, sha256, sha512

    func digest(_ bytes: [UInt8]) -> [UInt8] {
        switch self {
        case .md5: Array(Insecure.MD5.hash(data: bytes))
        case .sha1: Array(Insecure.SHA1.hash(data: bytes))
        case .sha256: Array(SHA256.hash(data: bytes))
        case .sha512: Array(SHA512.hash(data: bytes))
        }
    }
}

/// How a digest is written out: lowercase hexadecimal or standard padded base64.
enum DigestEncoding {
    case hex, base64

    func encode(_ digest: [UInt8]) -> String {
        switch self {
        case .hex:
            let digits = Array("0123456789abcdef".utf8)
            return String(decoding: digest.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0xF)]] }, as: UTF8.self)
        case .base64:
            return Data(digest).base64EncodedString()
        }
    }
}
