/// UUID-formatted text: 16 bytes as lower-case hex digits in groups of 8-4-4-4-12.
public enum UUIDText {
    /// The text of `bytes` (16 of them).
    public static func formatting(_ bytes: [UInt8]) -> String {
        let hex = bytes.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }
        let groups = [0..<4, 4..<6, 6..<8, 8..<10, 10..<16].map { hex[$0.clamped(to: hex.indices)].joined() }
        return groups.joined(separator: "-")
    }

    /// 16 random bytes formatted without version or variant bits, as hashicorp/go-uuid makes
    /// them: the ids of `terraform_data` and `random_uuid`.
    public static func random<Generator: RandomNumberGenerator>(using generator: inout Generator) -> String {
        formatting((0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }
}
