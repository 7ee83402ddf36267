import Testing
@testable import RandomProvider

@Suite("bcrypt hashes for random_password")
struct BcryptTests {
    private let salt: [UInt8] = [
        0x10, 0x41, 0x04, 0x10, 0x41, 0x04, 0x10, 0x41, 0x04, 0x10, 0x41, 0x04, 0x10, 0x41, 0x04, 0x10,
    ]

    @Test("known hashes of the crypt_blowfish test suite")
    func knownHashes() {
        #expect(Bcrypt.hash(Array("U*U".utf8), salt: salt, cost: 5) == "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")
        #expect(Bcrypt.hash(Array("U*U*".utf8), salt: salt, cost: 5) == "$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK")
        #expect(Bcrypt.hash([], salt: salt, cost: 5) == "$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy")
    }

    @Test("a generated hash has Go's default cost and verifies against its password")
    func generated() {
        let hash = Bcrypt.hash("correct horse")
        #expect(hash.hasPrefix("$2a$10$"))
        #expect(hash.count == 60)
        #expect(Bcrypt.matches("correct horse", hash: hash))
        #expect(!Bcrypt.matches("wrong horse", hash: hash))
    }
}
