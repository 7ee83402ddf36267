/// Length-limited canonical Huffman codes built exactly as Go's `compress/flate` builds them
/// (package-merge by levels, ties broken by symbol), so that the bits match Go's output.
struct HuffmanEncoder {
    private(set) var codes: [UInt16]
    private(set) var lengths: [UInt16]

    init(size: Int) {
        codes = [UInt16](repeating: 0, count: size)
        lengths = [UInt16](repeating: 0, count: size)
    }

    /// The fixed literal/length code of RFC 1951.
    static let fixedLiterals: HuffmanEncoder = {
        var encoder = HuffmanEncoder(size: 286)
        for symbol in 0..<286 {
            let (bits, size): (Int, Int) = switch symbol {
            case ..<144: (symbol + 48, 8)
            case ..<256: (symbol + 400 - 144, 9)
            case ..<280: (symbol - 256, 7)
            default: (symbol + 192 - 280, 8)
            }
            encoder.codes[symbol] = reversed(UInt16(bits), length: size)
            encoder.lengths[symbol] = UInt16(size)
        }
        return encoder
    }()

    /// The fixed distance code of RFC 1951.
    static let fixedOffsets: HuffmanEncoder = {
        var encoder = HuffmanEncoder(size: 30)
        for symbol in 0..<30 {
            encoder.codes[symbol] = reversed(UInt16(symbol), length: 5)
            encoder.lengths[symbol] = 5
        }
        return encoder
    }()

    /// The number of bits the symbols counted in `frequencies` take in this code.
    func bitLength(_ frequencies: [Int32]) -> Int {
        var total = 0
        for (symbol, frequency) in frequencies.enumerated() where frequency != 0 {
            total += Int(frequency) * Int(lengths[symbol])
        }
        return total
    }

    private struct Node {
        var symbol: UInt16
        var frequency: Int32
    }

    /// Rebuilds the code for these symbol frequencies, no code longer than `maxBits`.
    mutating func generate(_ frequencies: [Int32], maxBits: Int) {
        var list: [Node] = []
        for (symbol, frequency) in frequencies.enumerated() {
            if frequency != 0 {
                list.append(Node(symbol: UInt16(symbol), frequency: frequency))
            } else {
                lengths[symbol] = 0
            }
        }
        if list.count <= 2 {
            for (position, node) in list.enumerated() {
                codes[Int(node.symbol)] = UInt16(position)
                lengths[Int(node.symbol)] = 1
            }
            return
        }
        list.sort { $0.frequency == $1.frequency ? $0.symbol < $1.symbol : $0.frequency < $1.frequency }
        let counts = Self.bitCounts(list.map(\.frequency), maxBits: maxBits)
        assignCodes(counts, list: list)
    }

    private mutating func assignCodes(_ bitCounts: [Int], list: [Node]) {
        var code: UInt16 = 0
        var remaining = list[...]
        for (bits, count) in bitCounts.enumerated() {
            code <<= 1
            if bits == 0 || count == 0 { continue }
            let chunk = remaining.suffix(count).sorted { $0.symbol < $1.symbol }
            for node in chunk {
                codes[Int(node.symbol)] = Self.reversed(code, length: bits)
                lengths[Int(node.symbol)] = UInt16(bits)
                code &+= 1
            }
            remaining = remaining.dropLast(count)
        }
    }

    private struct Level {
        var lastFrequency: Int32 = 0
        var nextCharFrequency: Int32 = 0
        var nextPairFrequency: Int32 = 0
        var needed: Int32 = 0
    }

    /// How many symbols get each code length (index = length), for frequencies sorted
    /// ascending; at least three of them.
    private static func bitCounts(_ sortedFrequencies: [Int32], maxBits requested: Int) -> [Int] {
        let count = sortedFrequencies.count
        let frequencies = sortedFrequencies + [Int32.max]
        let maxBits = min(requested, count - 1)
        var levels = [Level](repeating: Level(), count: maxBits + 2)
        var leafCounts = [[Int32]](repeating: [Int32](repeating: 0, count: maxBits + 1), count: maxBits + 1)
        for level in 1...maxBits {
            levels[level] = Level(
                lastFrequency: frequencies[1], nextCharFrequency: frequencies[2],
                nextPairFrequency: level == 1 ? Int32.max : frequencies[0] &+ frequencies[1]
            )
            leafCounts[level][level] = 2
        }
        levels[maxBits].needed = Int32(2 * count - 4)
        var level = maxBits
        while true {
            if levels[level].nextPairFrequency == Int32.max && levels[level].nextCharFrequency == Int32.max {
                levels[level].needed = 0
                levels[level + 1].nextPairFrequency = Int32.max
                level += 1
                continue
            }
            let previousFrequency = levels[level].lastFrequency
            if levels[level].nextCharFrequency < levels[level].nextPairFrequency {
                let leaves = leafCounts[level][level] + 1
                levels[level].lastFrequency = levels[level].nextCharFrequency
                leafCounts[level][level] = leaves
                levels[level].nextCharFrequency = frequencies[Int(leaves)]
            } else {
                levels[level].lastFrequency = levels[level].nextPairFrequency
                for lower in 0..<level { leafCounts[level][lower] = leafCounts[level - 1][lower] }
                levels[level - 1].needed = 2
            }
            levels[level].needed -= 1
            if levels[level].needed == 0 {
                if level == maxBits { break }
                levels[level + 1].nextPairFrequency = previousFrequency &+ levels[level].lastFrequency
                level += 1
            } else {
                while levels[level - 1].needed > 0 { level -= 1 }
            }
        }
        var result = [Int](repeating: 0, count: maxBits + 1)
        var bits = 1
        for level in stride(from: maxBits, to: 0, by: -1) {
            result[bits] = Int(leafCounts[maxBits][level] - leafCounts[maxBits][level - 1])
            bits += 1
        }
        return result
    }

    static func reversed(_ code: UInt16, length: Int) -> UInt16 {
        var value = code
        var result: UInt16 = 0
        for _ in 0..<length {
            result = result << 1 | value & 1
            value >>= 1
        }
        return result
    }
}
