/// Gzip compression byte for byte as Terraform's `base64gzip` produces it: Go's
/// `compress/gzip` writer at its default level, written once, flushed, then closed.
enum Gzip {
    static func compressed(_ input: [UInt8]) -> [UInt8] {
        var writer = DeflateBitWriter()
        var compressor = DeflateCompressor()
        compressor.write(input, to: &writer)
        compressor.flush(to: &writer, final: false)
        compressor.flush(to: &writer, final: true)
        let header: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF]
        return header + writer.bytes + littleEndian(crc32(input)) + littleEndian(UInt32(truncatingIfNeeded: input.count))
    }

    private static func littleEndian(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    /// The CRC-32 (IEEE) checksum gzip stores.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return ~crc
    }
}
