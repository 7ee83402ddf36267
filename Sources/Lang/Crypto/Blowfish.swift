/// The Blowfish block cipher with the salted, repeatable key schedule that bcrypt builds on
/// ("eksblowfish").
struct Blowfish {
    private var subkeys: [UInt32]
    /// The four S-boxes one after another, 256 words each.
    private var sBoxes: [UInt32]

    /// A cipher in Blowfish's initial state, before any key is mixed in.
    init() {
        subkeys = BlowfishTables.pArray
        sBoxes = BlowfishTables.sBox0 + BlowfishTables.sBox1 + BlowfishTables.sBox2 + BlowfishTables.sBox3
    }

    /// Encrypts one 64-bit block given as its two big-endian halves.
    func encrypt(_ left: UInt32, _ right: UInt32) -> (UInt32, UInt32) {
        sBoxes.withUnsafeBufferPointer { boxes in
            subkeys.withUnsafeBufferPointer { keys in
                Self.encrypt(left, right, subkeys: keys, sBoxes: boxes)
            }
        }
    }

    /// Encrypts an 8-byte block in place.
    func encrypt(block: inout [UInt8], at offset: Int) {
        let left = Self.word(block, at: offset)
        let right = Self.word(block, at: offset + 4)
        let (newLeft, newRight) = encrypt(left, right)
        for index in 0..<4 {
            block[offset + index] = UInt8(truncatingIfNeeded: newLeft >> (24 - 8 * index))
            block[offset + 4 + index] = UInt8(truncatingIfNeeded: newRight >> (24 - 8 * index))
        }
    }

    /// Mixes `key` into the subkeys (cycling through its bytes) and regenerates every subkey and
    /// S-box entry by encrypting a running block, which is first XORed with successive words of
    /// `salt` when a salt is given.
    mutating func expand(key: [UInt8], salt: [UInt8] = []) {
        var keyPosition = 0
        for index in 0..<subkeys.count {
            subkeys[index] ^= Self.nextWord(key, position: &keyPosition)
        }
        var saltPosition = 0
        var block: (UInt32, UInt32) = (0, 0)
        subkeys.withUnsafeMutableBufferPointer { keys in
            sBoxes.withUnsafeMutableBufferPointer { boxes in
                func regenerate(_ table: UnsafeMutableBufferPointer<UInt32>) {
                    var index = 0
                    while index < table.count {
                        if !salt.isEmpty {
                            block.0 ^= Self.nextWord(salt, position: &saltPosition)
                            block.1 ^= Self.nextWord(salt, position: &saltPosition)
                        }
                        block = Self.encrypt(block.0, block.1, subkeys: UnsafeBufferPointer(keys), sBoxes: UnsafeBufferPointer(boxes))
                        table[index] = block.0
                        table[index + 1] = block.1
                        index += 2
                    }
                }
                regenerate(keys)
                regenerate(boxes)
            }
        }
    }

    private static func encrypt(
        _ left: UInt32, _ right: UInt32, subkeys: UnsafeBufferPointer<UInt32>, sBoxes: UnsafeBufferPointer<UInt32>
    ) -> (UInt32, UInt32) {
        var left = left ^ subkeys[0]
        var right = right
        var round = 1
        while round < 17 {
            right ^= ((sBoxes[Int(left >> 24)] &+ sBoxes[256 | Int((left >> 16) & 0xFF)])
                ^ sBoxes[512 | Int((left >> 8) & 0xFF)]) &+ sBoxes[768 | Int(left & 0xFF)] ^ subkeys[round]
            left ^= ((sBoxes[Int(right >> 24)] &+ sBoxes[256 | Int((right >> 16) & 0xFF)])
                ^ sBoxes[512 | Int((right >> 8) & 0xFF)]) &+ sBoxes[768 | Int(right & 0xFF)] ^ subkeys[round + 1]
            round += 2
        }
        return (right ^ subkeys[17], left)
    }

    /// The next four bytes of `bytes` as a big-endian word, wrapping around at the end.
    private static func nextWord(_ bytes: [UInt8], position: inout Int) -> UInt32 {
        var word: UInt32 = 0
        for _ in 0..<4 {
            word = word << 8 | UInt32(bytes[position])
            position = position + 1 == bytes.count ? 0 : position + 1
        }
        return word
    }

    private static func word(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(bytes[offset + $1]) }
    }
}
