/// One DEFLATE symbol before Huffman coding: a literal byte (or the end-of-block marker), or a
/// back-reference of 3 to 258 bytes at a distance of 1 to 32768.
enum DeflateToken {
    case literal(UInt8)
    case endOfBlock
    case match(length: Int, offset: Int)

    static let lengthExtraBits: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// The smallest `length - 3` of each length code.
    static let lengthBase: [Int] = [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56,
        64, 80, 96, 112, 128, 160, 192, 224, 255,
    ]
    static let offsetExtraBits: [Int] = [
        0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
    ]
    /// The smallest `offset - 1` of each distance code.
    static let offsetBase: [Int] = [
        0x0000, 0x0001, 0x0002, 0x0003, 0x0004, 0x0006, 0x0008, 0x000C, 0x0010, 0x0018,
        0x0020, 0x0030, 0x0040, 0x0060, 0x0080, 0x00C0, 0x0100, 0x0180, 0x0200, 0x0300,
        0x0400, 0x0600, 0x0800, 0x0C00, 0x1000, 0x1800, 0x2000, 0x3000, 0x4000, 0x6000,
    ]

    /// The code (0...28) for `length - 3`; add 257 for the literal/length alphabet.
    static func lengthCode(_ extraLength: Int) -> Int {
        lastIndex(in: lengthBase, atMost: extraLength)
    }

    /// The distance code (0...29) for `offset - 1`.
    static func offsetCode(_ extraOffset: Int) -> Int {
        lastIndex(in: offsetBase, atMost: extraOffset)
    }

    private static func lastIndex(in bases: [Int], atMost value: Int) -> Int {
        var low = 0
        var high = bases.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if bases[middle] <= value { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
