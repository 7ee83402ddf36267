/// The LZ77 half of DEFLATE as Go's `compress/flate` runs it at level 6: a 32 KiB window
/// searched through 4-byte hash chains, lazy matching, and blocks of at most 16,384 tokens.
/// Reproducing its choices exactly makes the output identical to Go's.
struct DeflateCompressor {
    static let windowSize = 1 << 15
    private static let windowMask = windowSize - 1
    private static let minMatchLength = 4
    private static let maxMatchLength = 258
    private static let hashBits = 17
    private static let hashMask = (1 << hashBits) - 1
    private static let maxHashOffset = 1 << 24
    private static let maxBlockTokens = 1 << 14
    // Level 6 settings.
    private static let good = 8
    private static let lazy = 16
    private static let nice = 128
    private static let chain = 128

    private var window = [UInt8](repeating: 0, count: 2 * windowSize)
    private var hashHead = [UInt32](repeating: 0, count: 1 << hashBits)
    private var hashPrev = [UInt32](repeating: 0, count: windowSize)
    private var hashOffset = 1
    private var chainHead = -1
    private var index = 0
    private var windowEnd = 0
    private var blockStart = 0
    private var byteAvailable = false
    private var tokens: [DeflateToken] = []
    private var length = minMatchLength - 1
    private var offset = 0
    private var maxInsertIndex = 0
    private var sync = false

    /// Compresses `input`, emitting the blocks that fill up along the way.
    mutating func write(_ input: [UInt8], to writer: inout DeflateBitWriter) {
        var remaining = input[...]
        while !remaining.isEmpty {
            deflate(to: &writer)
            let taken = fill(remaining)
            remaining = remaining.dropFirst(taken)
        }
    }

    /// Emits everything pending, then an empty stored block: a sync marker, or with `final`
    /// the last block of the stream.
    mutating func flush(to writer: inout DeflateBitWriter, final: Bool) {
        sync = true
        deflate(to: &writer)
        writer.writeStoredHeader(length: 0, final: final)
        writer.flush()
        sync = false
    }

    private mutating func fill(_ input: ArraySlice<UInt8>) -> Int {
        let size = Self.windowSize
        if index >= 2 * size - (Self.minMatchLength + Self.maxMatchLength) {
            window.replaceSubrange(0..<size, with: window[size..<(2 * size)])
            index -= size
            windowEnd -= size
            blockStart = blockStart >= size ? blockStart - size : Int(Int32.max)
            hashOffset += size
            if hashOffset > Self.maxHashOffset {
                let delta = hashOffset - 1
                hashOffset -= delta
                chainHead -= delta
                for slot in hashPrev.indices { hashPrev[slot] = Self.rebased(hashPrev[slot], by: delta) }
                for slot in hashHead.indices { hashHead[slot] = Self.rebased(hashHead[slot], by: delta) }
            }
        }
        let count = min(input.count, window.count - windowEnd)
        window.replaceSubrange(windowEnd..<(windowEnd + count), with: input.prefix(count))
        windowEnd += count
        return count
    }

    private static func rebased(_ value: UInt32, by delta: Int) -> UInt32 {
        Int(value) > delta ? UInt32(Int(value) - delta) : 0
    }

    private func hash4(at position: Int) -> Int {
        let word = UInt32(window[position]) << 24 | UInt32(window[position + 1]) << 16
            | UInt32(window[position + 2]) << 8 | UInt32(window[position + 3])
        return Int((word &* 0x1E35_A7BD) >> UInt32(32 - Self.hashBits))
    }

    private mutating func insertHash(at position: Int) {
        let slot = hash4(at: position) & Self.hashMask
        hashPrev[position & Self.windowMask] = hashHead[slot]
        hashHead[slot] = UInt32(position + hashOffset)
    }

    private mutating func deflate(to writer: inout DeflateBitWriter) {
        if windowEnd - index < Self.minMatchLength + Self.maxMatchLength && !sync { return }
        maxInsertIndex = windowEnd - (Self.minMatchLength - 1)
        while true {
            let lookahead = windowEnd - index
            if lookahead < Self.minMatchLength + Self.maxMatchLength {
                if !sync { return }
                if lookahead == 0 {
                    if byteAvailable {
                        tokens.append(.literal(window[index - 1]))
                        byteAvailable = false
                    }
                    if !tokens.isEmpty {
                        writeBlock(upTo: index, to: &writer)
                    }
                    return
                }
            }
            if index < maxInsertIndex {
                let slot = hash4(at: index) & Self.hashMask
                chainHead = Int(hashHead[slot])
                hashPrev[index & Self.windowMask] = UInt32(truncatingIfNeeded: chainHead)
                hashHead[slot] = UInt32(index + hashOffset)
            }
            let previousLength = length
            let previousOffset = offset
            length = Self.minMatchLength - 1
            offset = 0
            let minIndex = max(index - Self.windowSize, 0)
            if chainHead - hashOffset >= minIndex && lookahead > previousLength && previousLength < Self.lazy,
               let match = findMatch(at: index, head: chainHead - hashOffset, lookahead: lookahead) {
                length = match.length
                offset = match.offset
            }
            if previousLength >= Self.minMatchLength && length <= previousLength {
                tokens.append(.match(length: previousLength, offset: previousOffset))
                let newIndex = index + previousLength - 1
                index += 1
                while index < newIndex {
                    if index < maxInsertIndex { insertHash(at: index) }
                    index += 1
                }
                byteAvailable = false
                length = Self.minMatchLength - 1
                if tokens.count == Self.maxBlockTokens {
                    writeBlock(upTo: index, to: &writer)
                }
            } else {
                if byteAvailable {
                    tokens.append(.literal(window[index - 1]))
                    if tokens.count == Self.maxBlockTokens {
                        writeBlock(upTo: index, to: &writer)
                    }
                }
                index += 1
                byteAvailable = true
            }
        }
    }

    private mutating func writeBlock(upTo end: Int, to writer: inout DeflateBitWriter) {
        guard end > 0 else { return }
        let input = blockStart <= end ? Array(window[blockStart..<end]) : nil
        blockStart = end
        writer.writeBlock(tokens, input: input)
        tokens.removeAll(keepingCapacity: true)
    }

    /// The longest earlier match for the bytes at `position`, walking at most `chain` links of
    /// the hash chain from `head`; a 4-byte match counts only within 4096 bytes.
    private func findMatch(at position: Int, head: Int, lookahead: Int) -> (length: Int, offset: Int)? {
        let limit = min(Self.maxMatchLength, lookahead)
        let nice = min(limit, Self.nice)
        var tries = Self.chain
        var best = Self.minMatchLength - 1
        var found: (length: Int, offset: Int)?
        if best >= Self.good { tries >>= 2 }
        var endByte = window[position + best]
        let minIndex = position - Self.windowSize
        var candidate = head
        while tries > 0 {
            if endByte == window[candidate + best] {
                var count = 0
                while count < limit && window[candidate + count] == window[position + count] { count += 1 }
                if count > best && (count > Self.minMatchLength || position - candidate <= 4096) {
                    best = count
                    found = (count, position - candidate)
                    if count >= nice { break }
                    endByte = window[position + count]
                }
            }
            if candidate == minIndex { break }
            candidate = Int(hashPrev[candidate & Self.windowMask]) - hashOffset
            if candidate < minIndex || candidate < 0 { break }
            tries -= 1
        }
        return found
    }
}
