/// The Huffman half of DEFLATE as Go's `compress/flate` writes it: each block is stored,
/// fixed-coded or dynamic-coded, whichever Go's size estimate finds smallest.
struct DeflateBitWriter {
    private(set) var bytes: [UInt8] = []
    private var bits: UInt64 = 0
    private var bitCount = 0
    private var literalFrequencies = [Int32](repeating: 0, count: 286)
    private var offsetFrequencies = [Int32](repeating: 0, count: 30)
    private var codegenFrequencies = [Int32](repeating: 0, count: 19)
    private var codegen: [UInt8] = []
    private var literalEncoding = HuffmanEncoder(size: 286)
    private var offsetEncoding = HuffmanEncoder(size: 30)
    private var codegenEncoding = HuffmanEncoder(size: 19)

    private static let codegenOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
    private static let endOfCodegen: UInt8 = 255

    mutating func writeBits(_ value: Int, count: Int) {
        bits |= UInt64(truncatingIfNeeded: value) << UInt64(bitCount)
        bitCount += count
        while bitCount >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
            bitCount -= 8
        }
    }

    /// Pads with zero bits to a byte boundary.
    mutating func flush() {
        if bitCount > 0 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
        }
        bits = 0
        bitCount = 0
    }

    mutating func writeStoredHeader(length: Int, final: Bool) {
        writeBits(final ? 1 : 0, count: 3)
        flush()
        writeBits(length, count: 16)
        writeBits(~length & 0xFFFF, count: 16)
    }

    private mutating func writeCode(_ encoder: HuffmanEncoder, _ symbol: Int) {
        writeBits(Int(encoder.codes[symbol]), count: Int(encoder.lengths[symbol]))
    }

    /// Writes one non-final block of `tokens`; `input`, the bytes they encode, allows a stored
    /// block when that is smaller.
    mutating func writeBlock(_ blockTokens: [DeflateToken], input: [UInt8]?) {
        let tokens = blockTokens + [.endOfBlock]
        let (literalCount, offsetCount) = indexTokens(tokens)
        var extraBits = 0
        let storable = input.map { $0.count <= 65535 } ?? false
        let storedSize = (input?.count ?? 0) + 5
        if storable {
            for code in (257 + 8)..<max(257 + 8, literalCount) {
                extraBits += Int(literalFrequencies[code]) * DeflateToken.lengthExtraBits[code - 257]
            }
            for code in 4..<max(4, offsetCount) {
                extraBits += Int(offsetFrequencies[code]) * DeflateToken.offsetExtraBits[code]
            }
        }
        var size = 3 + HuffmanEncoder.fixedLiterals.bitLength(literalFrequencies)
            + HuffmanEncoder.fixedOffsets.bitLength(offsetFrequencies) + extraBits
        var useDynamic = false
        generateCodegen(literalCount: literalCount, offsetCount: offsetCount)
        codegenEncoding.generate(codegenFrequencies, maxBits: 7)
        let (dynamicSize, codegenCount) = dynamicSize(extraBits: extraBits)
        if dynamicSize < size {
            size = dynamicSize
            useDynamic = true
        }
        if storable, let input, storedSize * 8 < size {
            writeStoredHeader(length: input.count, final: false)
            flush()
            bytes.append(contentsOf: input)
            return
        }
        if useDynamic {
            writeDynamicHeader(literalCount: literalCount, offsetCount: offsetCount, codegenCount: codegenCount)
            writeTokens(tokens, literals: literalEncoding, offsets: offsetEncoding)
        } else {
            writeBits(2, count: 3)
            writeTokens(tokens, literals: .fixedLiterals, offsets: .fixedOffsets)
        }
    }

    private mutating func indexTokens(_ tokens: [DeflateToken]) -> (literals: Int, offsets: Int) {
        for index in literalFrequencies.indices { literalFrequencies[index] = 0 }
        for index in offsetFrequencies.indices { offsetFrequencies[index] = 0 }
        for token in tokens {
            switch token {
            case .literal(let byte): literalFrequencies[Int(byte)] += 1
            case .endOfBlock: literalFrequencies[256] += 1
            case .match(let length, let offset):
                literalFrequencies[257 + DeflateToken.lengthCode(length - 3)] += 1
                offsetFrequencies[DeflateToken.offsetCode(offset - 1)] += 1
            }
        }
        var literalCount = literalFrequencies.count
        while literalFrequencies[literalCount - 1] == 0 { literalCount -= 1 }
        var offsetCount = offsetFrequencies.count
        while offsetCount > 0 && offsetFrequencies[offsetCount - 1] == 0 { offsetCount -= 1 }
        if offsetCount == 0 {
            offsetFrequencies[0] = 1
            offsetCount = 1
        }
        literalEncoding.generate(literalFrequencies, maxBits: 15)
        offsetEncoding.generate(offsetFrequencies, maxBits: 15)
        return (literalCount, offsetCount)
    }

    /// The run-length coded code lengths of a dynamic block header (RFC 1951 3.2.7), with the
    /// frequency of each codegen symbol.
    private mutating func generateCodegen(literalCount: Int, offsetCount: Int) {
        for index in codegenFrequencies.indices { codegenFrequencies[index] = 0 }
        var sizes = literalEncoding.lengths.prefix(literalCount).map { UInt8($0) }
        sizes += offsetEncoding.lengths.prefix(offsetCount).map { UInt8($0) }
        sizes.append(Self.endOfCodegen)
        codegen.removeAll(keepingCapacity: true)
        var size = sizes[0]
        var count = 1
        var input = 1
        while size != Self.endOfCodegen {
            let nextSize = sizes[input]
            input += 1
            if nextSize == size {
                count += 1
                continue
            }
            if size != 0 {
                codegen.append(size)
                codegenFrequencies[Int(size)] += 1
                count -= 1
                while count >= 3 {
                    let run = min(count, 6)
                    codegen += [16, UInt8(run - 3)]
                    codegenFrequencies[16] += 1
                    count -= run
                }
            } else {
                while count >= 11 {
                    let run = min(count, 138)
                    codegen += [18, UInt8(run - 11)]
                    codegenFrequencies[18] += 1
                    count -= run
                }
                if count >= 3 {
                    codegen += [17, UInt8(count - 3)]
                    codegenFrequencies[17] += 1
                    count = 0
                }
            }
            while count > 0 {
                codegen.append(size)
                codegenFrequencies[Int(size)] += 1
                count -= 1
            }
            size = nextSize
            count = 1
        }
        codegen.append(Self.endOfCodegen)
    }

    private func dynamicSize(extraBits: Int) -> (size: Int, codegenCount: Int) {
        var codegenCount = codegenFrequencies.count
        while codegenCount > 4 && codegenFrequencies[Self.codegenOrder[codegenCount - 1]] == 0 {
            codegenCount -= 1
        }
        let header = 3 + 5 + 5 + 4 + 3 * codegenCount + codegenEncoding.bitLength(codegenFrequencies)
            + Int(codegenFrequencies[16]) * 2 + Int(codegenFrequencies[17]) * 3 + Int(codegenFrequencies[18]) * 7
        let size = header + literalEncoding.bitLength(literalFrequencies)
            + offsetEncoding.bitLength(offsetFrequencies) + extraBits
        return (size, codegenCount)
    }

    private mutating func writeDynamicHeader(literalCount: Int, offsetCount: Int, codegenCount: Int) {
        writeBits(4, count: 3)
        writeBits(literalCount - 257, count: 5)
        writeBits(offsetCount - 1, count: 5)
        writeBits(codegenCount - 4, count: 4)
        for position in 0..<codegenCount {
            writeBits(Int(codegenEncoding.lengths[Self.codegenOrder[position]]), count: 3)
        }
        var index = 0
        while codegen[index] != Self.endOfCodegen {
            let symbol = Int(codegen[index])
            index += 1
            writeCode(codegenEncoding, symbol)
            let extra = switch symbol {
            case 16: 2
            case 17: 3
            case 18: 7
            default: 0
            }
            if extra > 0 {
                writeBits(Int(codegen[index]), count: extra)
                index += 1
            }
        }
    }

    private mutating func writeTokens(_ tokens: [DeflateToken], literals: HuffmanEncoder, offsets: HuffmanEncoder) {
        for token in tokens {
            switch token {
            case .literal(let byte):
                writeCode(literals, Int(byte))
            case .endOfBlock:
                writeCode(literals, 256)
            case .match(let length, let offset):
                let lengthCode = DeflateToken.lengthCode(length - 3)
                writeCode(literals, 257 + lengthCode)
                let lengthBits = DeflateToken.lengthExtraBits[lengthCode]
                if lengthBits > 0 {
                    writeBits(length - 3 - DeflateToken.lengthBase[lengthCode], count: lengthBits)
                }
                let offsetCode = DeflateToken.offsetCode(offset - 1)
                writeCode(offsets, offsetCode)
                let offsetBits = DeflateToken.offsetExtraBits[offsetCode]
                if offsetBits > 0 {
                    writeBits(offset - 1 - DeflateToken.offsetBase[offsetCode], count: offsetBits)
                }
            }
        }
    }
}
