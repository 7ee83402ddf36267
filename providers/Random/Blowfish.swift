/// Blowfish's key-dependent state, with the expensive key schedule bcrypt builds on.
struct Blowfish {
    private var subkeys: [UInt32]
    private var boxes: [UInt32]

    /// The state before any key: the digits of pi.
    init() {
        subkeys = Array(BlowfishInitialState.words[0..<18])
        boxes = Array(BlowfishInitialState.words[18...])
    }

    private func mix(_ half: UInt32) -> UInt32 {
        let first = boxes[Int(half >> 24)]
        let second = boxes[256 + Int(half >> 16 & 0xFF)]
        let third = boxes[512 + Int(half >> 8 & 0xFF)]
        let fourth = boxes[768 + Int(half & 0xFF)]
        return ((first &+ second) ^ third) &+ fourth
    }

    /// Enciphers one 64-bit block held as two halves.
    func encrypt(_ block: (UInt32, UInt32)) -> (UInt32, UInt32) {
        var (left, right) = block
        for round in 0..<16 {
            left ^= subkeys[round]
            right ^= mix(left)
            swap(&left, &right)
        }
        return (right ^ subkeys[17], left ^ subkeys[16])
    }

    /// Mixes `key` into the subkeys, then re-derives every subkey and S-box entry by enciphering
    /// a running block, xor-ed with successive words of `salt` when there is one.
    mutating func expand(key: [UInt8], salt: [UInt8] = []) {
        var keyStream = WordStream(bytes: key)
        for index in subkeys.indices {
            subkeys[index] ^= keyStream.next()
        }
        var saltStream = WordStream(bytes: salt)
        var (left, right): (UInt32, UInt32) = (0, 0)
        for index in stride(from: 0, to: subkeys.count, by: 2) {
            (left, right) = encrypt((left ^ saltStream.next(), right ^ saltStream.next()))
            (subkeys[index], subkeys[index + 1]) = (left, right)
        }
        for index in stride(from: 0, to: boxes.count, by: 2) {
            (left, right) = encrypt((left ^ saltStream.next(), right ^ saltStream.next()))
            (boxes[index], boxes[index + 1]) = (left, right)
        }
    }
}

/// Big-endian 32-bit words read cyclically from bytes; all zero words when there are none.
private struct WordStream {
    let bytes: [UInt8]
    var position = 0

    mutating func next() -> UInt32 {
        guard !bytes.isEmpty else { return 0 }
        var word: UInt32 = 0
        for _ in 0..<4 {
            word = word << 8 | UInt32(bytes[position])
            position = (position + 1) % bytes.count
        }
        return word
    }
}
