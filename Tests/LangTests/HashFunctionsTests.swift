import Foundation
import Testing
@testable import Lang
import Values

private func hashFunction(_ name: String) throws -> Function {
    try #require(HashFunctions.all[name] ?? UUIDFunctions.all[name])
}

private func failure(_ name: String, _ arguments: [Value]) throws -> FunctionError? {
    do {
        _ = try hashFunction(name).call(arguments)
        return nil
    } catch let error as FunctionError {
        return error
    }
}

@Suite("hash and crypto functions")
struct HashFunctionsTests {
    @Test("string hashes match Terraform's", arguments: [
        ("md5", "hello world", "5eb63bbbe01eeed093cb22bb8f5acdc3"),
        ("md5", "", "d41d8cd98f00b204e9800998ecf8427e"),
        ("md5", "日本語", "00110af8b4393ef3f72c50be5b332bec"),
        ("sha1", "hello world", "2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"),
        ("sha1", "true", "5ffe533b830f08a0326348a9160afafc8ada44db"),
        ("sha256", "hello world", "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"),
        ("sha256", "\n", "01ba4719c80b6fe911b091a7c05124b64eeece964e09c058ef8f9805daca546b"),
        (
            "sha512", "hello world",
            "309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f"
        ),
        ("base64sha256", "hello world", "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="),
        ("base64sha256", "日本語", "d3EK7cdOz6M2heM6bH31zIMATaG9zvf7KA9cKy6X4KU="),
        (
            "base64sha512", "",
            "z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg=="
        ),
    ])
    func stringHash(name: String, input: String, expected: String) throws {
        #expect(try hashFunction(name).call([.string(input)]) == .string(expected))
    }

    @Test("hashes keep sensitivity, pass unknowns on and refuse null")
    func specialArguments() throws {
        let sha256 = try hashFunction("sha256")
        #expect(
            try sha256.call([Value.string("").marked(.sensitive)])
                == Value.string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855").marked(.sensitive)
        )
        #expect(try sha256.call([.unknown(.string)]) == .unknown(.string))
        #expect(try failure("md5", [.null(.string)]) == .argument(index: 0, message: "argument must not be null"))
    }

    @Test("bcrypt reproduces Terraform's hash for a known salt, raising costs below 4 to 10")
    func bcryptKnownHashes() throws {
        let oracle = "$2a$10$8MQ0FFTDsGd6RfysaSor.e5ZiVHomjYMEFnlfnZELkG0oDrrAmwqm"
        let salt = BcryptBase64.decode("8MQ0FFTDsGd6RfysaSor.e")
        #expect(try Bcrypt.hash(password: Array("x".utf8), cost: 3, salt: salt) == oracle)
        let vector = "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW"
        let vectorSalt = BcryptBase64.decode("CCCCCCCCCCCCCCCCCCCCC.")
        #expect(try Bcrypt.hash(password: Array("U*U".utf8), cost: 5, salt: vectorSalt) == vector)
    }

    @Test("bcrypt salts randomly and limits costs and lengths")
    func bcryptRules() throws {
        let bcrypt = try hashFunction("bcrypt")
        let first = try #require(try bcrypt.call([.string("hello world"), .number(4)]).stringValue)
        let second = try #require(try bcrypt.call([.string("hello world"), .number(4)]).stringValue)
        #expect(first.count == 60 && first.hasPrefix("$2a$04$") && first != second)
        #expect(
            try failure("bcrypt", [.string("x"), .number(32)])
                == .call("error occured generating password crypto/bcrypt: cost 32 is outside allowed inclusive range 4..31")
        )
        let wholeNumber = "value must be a whole number, between -9223372036854775808 and 9223372036854775807"
        #expect(try failure("bcrypt", [.string("x"), .number(try #require(Number(parsing: "4.5")))]) == .call(wholeNumber))
        #expect(try failure("bcrypt", [.string("x"), .number(try #require(Number(parsing: "1e30")))]) == .call(wholeNumber))
        #expect(try failure("bcrypt", [.string("x"), .number(4), .number(5)]) == .call("bcrypt() takes no more than two arguments"))
        #expect(
            try failure("bcrypt", [.string(String(repeating: "a", count: 73))])
                == .call("error occured generating password bcrypt: password length exceeds 72 bytes")
        )
        #expect(try bcrypt.call([Value.string("x").marked(.sensitive), .number(4)]).isSensitive)
    }

    @Test("rsadecrypt decrypts with PKCS #1, PKCS #8 and OpenSSH keys")
    func rsadecrypt() throws {
        let rsadecrypt = try hashFunction("rsadecrypt")
        for key in [RSATestKeys.pkcs1, RSATestKeys.pkcs8] {
            #expect(try rsadecrypt.call([.string(RSATestKeys.ciphertext), .string(key)]) == .string("the secret message"))
        }
        #expect(
            try rsadecrypt.call([.string(RSATestKeys.openSSHCiphertext), .string(RSATestKeys.openSSH)])
                == .string("hi from openssh")
        )
    }

    @Test("rsadecrypt names the right parser when a key has the other PEM header")
    func rsadecryptSwappedHeaders() throws {
        let pkcs8AsPKCS1 = RSATestKeys.pkcs8.replacingOccurrences(of: " PRIVATE KEY", with: " RSA PRIVATE KEY")
        let pkcs1AsPKCS8 = RSATestKeys.pkcs1.replacingOccurrences(of: " RSA PRIVATE KEY", with: " PRIVATE KEY")
        let hint = "invalid private key: x509: failed to parse private key (use %@ instead for this key format)"
        #expect(
            try failure("rsadecrypt", [.string(RSATestKeys.ciphertext), .string(pkcs8AsPKCS1)])
                == .argument(index: 1, message: hint.replacingOccurrences(of: "%@", with: "ParsePKCS8PrivateKey"))
        )
        #expect(
            try failure("rsadecrypt", [.string(RSATestKeys.ciphertext), .string(pkcs1AsPKCS8)])
                == .argument(index: 1, message: hint.replacingOccurrences(of: "%@", with: "ParsePKCS1PrivateKey"))
        )
    }

    @Test("rsadecrypt fails with Terraform's messages", arguments: [
        (RSATestKeys.ciphertext, RSATestKeys.other, FunctionError.call("failed to decrypt: crypto/rsa: decryption error")),
        ("aGVsbG8=", RSATestKeys.pkcs1, .call("failed to decrypt: crypto/rsa: decryption error")),
        ("", RSATestKeys.pkcs1, .call("failed to decrypt: crypto/rsa: decryption error")),
        ("aGVs\nbG8=", RSATestKeys.pkcs1, .call("failed to decrypt: crypto/rsa: decryption error")),
        (
            "not base64!", RSATestKeys.pkcs1,
            .argument(index: 0, message: #"failed to decode input "not base64!": cipher text must be base64-encoded"#)
        ),
        (
            "aGVsbG8", RSATestKeys.pkcs1,
            .argument(index: 0, message: #"failed to decode input "aGVsbG8": cipher text must be base64-encoded"#)
        ),
        (RSATestKeys.ciphertext, "not a key", .argument(index: 1, message: "invalid private key: ssh: no key found")),
        (
            RSATestKeys.ciphertext, "-----BEGIN RSA PRIVATE KEY-----\ngarbage\n-----END RSA PRIVATE KEY-----",
            .argument(index: 1, message: "invalid private key: ssh: no key found")
        ),
        (
            RSATestKeys.ciphertext, "-----BEGIN FOO-----\nAAAA\n-----END FOO-----",
            .argument(index: 1, message: #"invalid private key: ssh: unsupported key type "FOO""#)
        ),
        (
            RSATestKeys.ciphertext, "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----",
            .argument(
                index: 1,
                message: "asn1: structure error: tags don't match (16 vs {class:0 tag:0 length:0 isCompound:false}) "
                    + "{optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> "
                    + "stringType:0 timeType:0 set:false omitEmpty:false} pkcs1PrivateKey @2"
            )
        ),
        (
            RSATestKeys.ciphertext, "-----BEGIN RSA PRIVATE KEY-----\nMAMCAQAA\n-----END RSA PRIVATE KEY-----",
            .argument(index: 1, message: "invalid ASN1 data in the given private key: sequence truncated")
        ),
        (
            RSATestKeys.ciphertext, "-----BEGIN PRIVATE KEY-----\nMAA=\n-----END PRIVATE KEY-----",
            .argument(index: 1, message: "invalid ASN1 data in the given private key: sequence truncated")
        ),
        (
            RSATestKeys.ciphertext, "-----BEGIN EC PRIVATE KEY-----\nMAA=\n-----END EC PRIVATE KEY-----",
            .argument(
                index: 1,
                message: "invalid private key: x509: failed to parse EC private key: asn1: syntax error: sequence truncated"
            )
        ),
        (
            RSATestKeys.ciphertext, "-----BEGIN OPENSSH PRIVATE KEY-----\nMAA=\n-----END OPENSSH PRIVATE KEY-----",
            .argument(index: 1, message: "invalid private key: ssh: invalid openssh private key format")
        ),
        (
            RSATestKeys.ciphertext,
            "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00\n\nMAA=\n-----END RSA PRIVATE KEY-----",
            .argument(index: 1, message: "invalid private key: ssh: this private key is passphrase protected")
        ),
    ])
    func rsadecryptFailures(ciphertext: String, key: String, expected: FunctionError) throws {
        #expect(try failure("rsadecrypt", [.string(ciphertext), .string(key)]) == expected)
    }

    @Test("uuid is 36 random hexadecimal digits and dashes")
    func uuid() throws {
        let uuid = try hashFunction("uuid")
        let first = try #require(try uuid.call([]).stringValue)
        let second = try #require(try uuid.call([]).stringValue)
        #expect(first.count == 36 && first != second)
        #expect(first.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        #expect(first.allSatisfy { $0 == "-" || $0.isHexDigit && !$0.isUppercase })
    }

    @Test("uuidv5 hashes names in well-known or given namespaces", arguments: [
        ("dns", "www.terraform.io", "a5008fae-b28c-5ba5-96cd-82b4c53552d6"),
        ("url", "https://www.terraform.io/", "9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5"),
        ("oid", "1.3.6.1.4", "af9d40a5-7a36-5c07-b23a-851cd99fbfa5"),
        (
            "x500", "CN=Terraform,OU=HashiCorp,O=HashiCorp,L=San Francisco,ST=California,C=US",
            "2e84f3e6-0745-5716-8120-64f2894215a7"
        ),
        ("743ac3c0-3bf7-4a5b-9e6c-59360447c757", "LIBS:diskfont.library", "ede1a974-df7e-5f17-84b9-76208818b2c8"),
        ("dns", "", "4ebd0208-8328-5d69-8c44-ec50939c0967"),
        ("{6ba7b810-9dad-11d1-80b4-00c04fd430c8}", "x", "05b16a01-46c6-56dd-bd6e-c6dfb4a1427a"),
        ("6ba7b8109dad11d180b400c04fd430c8", "x", "05b16a01-46c6-56dd-bd6e-c6dfb4a1427a"),
        ("URN:UUID:6ba7b810-9dad-11d1-80b4-00c04fd430c8", "x", "05b16a01-46c6-56dd-bd6e-c6dfb4a1427a"),
        ("6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "x", "05b16a01-46c6-56dd-bd6e-c6dfb4a1427a"),
    ])
    func uuidv5(namespace: String, name: String, expected: String) throws {
        #expect(try hashFunction("uuidv5").call([.string(namespace), .string(name)]) == .string(expected))
    }

    @Test("uuidv5 rejects namespaces as Go's uuid parser does", arguments: [
        ("DNS", "invalid UUID length: 3"),
        ("not-a-uuid", "invalid UUID length: 10"),
        ("urn:uuix:6ba7b810-9dad-11d1-80b4-00c04fd430c8", #"invalid urn prefix: "urn:uuix:""#),
        ("6ba7b810x9dad-11d1-80b4-00c04fd430c8", "invalid UUID format"),
        ("6ba7b8109dad11d180b400c04fd430cg", "invalid UUID format"),
        ("日本語日本語日本語日本語", "invalid UUID format"),
    ])
    func uuidv5Failures(namespace: String, problem: String) throws {
        #expect(
            try failure("uuidv5", [.string(namespace), .string("x")])
                == .call("uuidv5() doesn't support namespace \(namespace) (\(problem))")
        )
    }
}
