import ProviderKit

/// bcrypt password hashes as Go's `golang.org/x/crypto/bcrypt` writes them (`$2a$`), which
/// `random_password` keeps in `bcrypt_hash`.
enum Bcrypt {
    /// The cost Go uses by default: 2^10 rounds of the key schedule.
    static let defaultCost = 10

    private static let magic = Array("OrpheanBeholderScryDoubt".utf8)
    /// bcrypt's own base64: a different alphabet, no padding.
    private static let encoding = Base64Text.Encoding(
        alphabet: "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", isPadded: false)

    /// The hash of `password`, of which only the first 72 bytes count, with a random salt.
    static func hash(_ password: String, cost: Int = defaultCost) -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return hash(Array(password.utf8.prefix(72)), salt: salt, cost: cost)
    }

    /// The hash of `password` with the given 16-byte `salt`.
    static func hash(_ password: [UInt8], salt: [UInt8], cost: Int) -> String {
        let key = password + [0]
        var cipher = Blowfish()
        cipher.expand(key: key, salt: salt)
        for _ in 0..<(1 << cost) {
            cipher.expand(key: key)
            cipher.expand(key: salt)
        }
        var words = stride(from: 0, to: magic.count, by: 4).map { start in
            magic[start..<start + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        }
        for _ in 0..<64 {
            for index in stride(from: 0, to: words.count, by: 2) {
                (words[index], words[index + 1]) = cipher.encrypt((words[index], words[index + 1]))
            }
        }
        let digest = words.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (24 - 8 * UInt32($0))) } }
        let costText = cost < 10 ? "0\(cost)" : "\(cost)"
        return "$2a$" + costText + "$" + Base64Text.encode(salt, encoding) + Base64Text.encode(Array(digest.prefix(23)), encoding)
    }

    /// Whether `hash` is a bcrypt hash of `password`.
    static func matches(_ password: String, hash: String) -> Bool {
        let parts = hash.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[1].hasPrefix("2"), let cost = Int(parts[2]), (4...31).contains(cost),
              parts[3].count == 53, let salt = try? Base64Text.decode(String(parts[3].prefix(22)), encoding), salt.count == 16 else { return false }
        let computed = self.hash(Array(password.utf8.prefix(72)), salt: salt, cost: cost)
        return computed.split(separator: "$").last == parts[3].split(separator: "$").last
    }
}
