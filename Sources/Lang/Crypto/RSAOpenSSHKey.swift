extension RSAPrivateKey {
    private static let openSSHMagic = Array("openssh-key-v1".utf8) + [0]

    /// An unencrypted key in OpenSSH's own format (`OPENSSH PRIVATE KEY`), as Go's `ssh` package
    /// reads it.
    static func openSSH(_ bytes: [UInt8]) throws(Failure) -> RSAPrivateKey {
        guard bytes.starts(with: openSSHMagic) else { throw .other("ssh: invalid openssh private key format") }
        var reader = SSHWireReader(bytes.dropFirst(openSSHMagic.count))
        let cipherName = try reader.string()
        let kdfName = try reader.string()
        let kdfOptions = try reader.string()
        let keyCount = try reader.uint32()
        _ = try reader.string()
        let privateBlock = try reader.string()
        guard reader.isAtEnd else { throw .other("ssh: parse error in message type 0") }
        if keyCount != 1 { throw .other("ssh: multi-key files are not supported") }
        if cipherName != Array("none".utf8) || kdfName != Array("none".utf8) {
            throw .other("ssh: this private key is passphrase protected")
        }
        if !kdfOptions.isEmpty { throw .other("ssh: invalid openssh private key") }

        var block = SSHWireReader(privateBlock[...])
        guard let check1 = try? block.uint32(), let check2 = try? block.uint32(), check1 == check2,
            let keyType = try? block.string()
        else { throw .other("ssh: malformed OpenSSH key") }
        switch String(decoding: keyType, as: UTF8.self) {
        case "ssh-rsa":
            let modulus = try block.positiveInteger()
            _ = try block.positiveInteger()
            let privateExponent = try block.positiveInteger()
            for _ in 0..<3 { _ = try block.positiveInteger() }
            _ = try block.string()
            let padding = block.remaining
            guard padding.enumerated().allSatisfy({ Int($0.element) == $0.offset + 1 }) else {
                throw .other("ssh: padding not as expected")
            }
            return RSAPrivateKey(modulus: modulus, privateExponent: privateExponent)
        case "ssh-ed25519":
            throw .notRSA("*ed25519.PrivateKey")
        case "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521":
            throw .notRSA("*ecdsa.PrivateKey")
        default:
            throw .other("ssh: unhandled key type")
        }
    }
}

/// Reads the SSH wire encoding: big-endian 32-bit numbers and length-prefixed strings.
private struct SSHWireReader {
    private var bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    var isAtEnd: Bool { bytes.isEmpty }
    var remaining: ArraySlice<UInt8> { bytes }

    mutating func uint32() throws(RSAPrivateKey.Failure) -> UInt32 {
        guard bytes.count >= 4 else { throw .other("ssh: short read") }
        let value = bytes.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        bytes = bytes.dropFirst(4)
        return value
    }

    mutating func string() throws(RSAPrivateKey.Failure) -> [UInt8] {
        let length = Int(try uint32())
        guard bytes.count >= length else { throw .other("ssh: short read") }
        let value = Array(bytes.prefix(length))
        bytes = bytes.dropFirst(length)
        return value
    }

    /// An `mpint`; negative values are refused.
    mutating func positiveInteger() throws(RSAPrivateKey.Failure) -> RSAInteger {
        let value = try string()
        if let first = value.first, first & 0x80 != 0 { throw .other("ssh: short read") }
        return RSAInteger(bigEndian: value)
    }
}
