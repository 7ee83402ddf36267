extension RSAPrivateKey {
    /// RSAES-PKCS1-v1_5 decryption; nil for every failure, as Go reports them all as one
    /// "decryption error".
    func decryptPKCS1v15(_ ciphertext: [UInt8]) -> [UInt8]? {
        let size = modulus.byteCount
        guard size >= 11, ciphertext.count <= size else { return nil }
        let input = RSAInteger(bigEndian: ciphertext)
        guard input < modulus,
            let message = input.power(privateExponent, modulo: modulus)?.bigEndianBytes(count: size),
            message[0] == 0, message[1] == 2,
            let separator = message[2...].firstIndex(of: 0), separator >= 10
        else { return nil }
        return Array(message[(separator + 1)...])
    }
}
