/// CRC-64 with the ISO 3309 polynomial, as Go's `hash/crc64` computes it with `crc64.ISO`.
enum CRC64 {
    private static let table: [UInt64] = (0..<256).map { index in
        (0..<8).reduce(UInt64(index)) { crc, _ in crc & 1 == 1 ? crc >> 1 ^ 0xD800_0000_0000_0000 : crc >> 1 }
    }

    static func iso(_ bytes: [UInt8]) -> UInt64 {
        ~bytes.reduce(~UInt64(0)) { crc, byte in table[Int(UInt8(truncatingIfNeeded: crc) ^ byte)] ^ crc >> 8 }
    }
}
