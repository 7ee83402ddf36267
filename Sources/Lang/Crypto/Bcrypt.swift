/// bcrypt password hashing in the `$2a$` format, with the rules of Go's `x/crypto/bcrypt`:
/// passwords of at most 72 bytes, costs from 4 to 31 (lower costs mean the default, 10).
enum Bcrypt {
    static let minimumCost = 4
    static let maximumCost = 31
    static let defaultCost = 10
    static let maximumPasswordLength = 72
    static let saltLength = 16

    /// Why a password could not be hashed, in Go's words.
    enum Failure: Error, Equatable {
        case passwordTooLong
        case costOutOfRange(Int)

        var message: String {
            switch self {
            case .passwordTooLong:
                "bcrypt: password length exceeds 72 bytes"
            case .costOutOfRange(let cost):
                "crypto/bcrypt: cost \(cost) is outside allowed inclusive range \(minimumCost)..\(maximumCost)"
            }
        }
    }

    /// The hash of `password` with a fresh random salt.
    static func hash(password: [UInt8], cost: Int) throws(Failure) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltLength).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return try hash(password: password, cost: cost, salt: salt)
    }

    /// The hash of `password` with the given 16-byte salt, as `$2a$CC$` + salt + digest.
    static func hash(password: [UInt8], cost requestedCost: Int, salt: [UInt8]) throws(Failure) -> String {
        if password.count > maximumPasswordLength { throw .passwordTooLong }
        let cost = requestedCost < minimumCost ? defaultCost : requestedCost
        if cost > maximumCost { throw .costOutOfRange(cost) }
        let digest = digest(password: password, cost: cost, salt: salt)
        let costText = cost < 10 ? "0\(cost)" : "\(cost)"
        return "$2a$\(costText)$\(BcryptBase64.encode(salt))\(BcryptBase64.encode(digest))"
    }

    /// The 23 bytes bcrypt keeps of "OrpheanBeholderScryDoubt" encrypted 64 times under the
    /// expensively keyed cipher.
    private static func digest(password: [UInt8], cost: Int, salt: [UInt8]) -> [UInt8] {
        let key = password + [0]
        var cipher = Blowfish()
        cipher.expand(key: key, salt: salt)
        for _ in 0..<(1 << cost) {
            cipher.expand(key: key)
            cipher.expand(key: salt)
        }
        var text = Array("OrpheanBeholderScryDoubt".utf8)
        for offset in stride(from: 0, to: text.count, by: 8) {
            for _ in 0..<64 {
                cipher.encrypt(block: &text, at: offset)
            }
        }
        return Array(text.prefix(23))
    }
}

/// The unpadded base64 variant of bcrypt, with the alphabet `./A–Za–z0–9`.
enum BcryptBase64 {
    private static let alphabet = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

    static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity((bytes.count * 4 + 2) / 3)
        for start in stride(from: 0, to: bytes.count, by: 3) {
            let chunk = bytes[start..<min(start + 3, bytes.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * $1.offset) }
            for index in 0...chunk.count {
                output.append(alphabet[Int((value >> (18 - 6 * index)) & 0x3F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The bytes of bcrypt base64 text, such as the salt part of a hash; characters outside the
    /// alphabet count as zero bits.
    static func decode(_ text: String) -> [UInt8] {
        let sextets = text.utf8.map { character in UInt32(alphabet.firstIndex(of: character) ?? 0) }
        var output: [UInt8] = []
        for start in stride(from: 0, to: sextets.count, by: 4) {
            let chunk = sextets[start..<min(start + 4, sextets.count)]
            let value = chunk.enumerated().reduce(UInt32(0)) { $0 | $1.element << (18 - 6 * $1.offset) }
            for index in 0..<(chunk.count - 1) {
                output.append(UInt8(truncatingIfNeeded: value >> (16 - 8 * index)))
            }
        }
        return output
    }
}
