import Values

/// An RSA private key read from PEM text the way Terraform's `rsadecrypt` reads it (Go's
/// `ssh.ParseRawPrivateKey`): PKCS #1 (`RSA PRIVATE KEY`) or PKCS #8 (`PRIVATE KEY`).
struct RSAPrivateKey {
    let modulus: RSAInteger
    let privateExponent: RSAInteger

    /// Why a key was rejected: a Go `encoding/asn1` error, or another error with Go's text.
    enum Failure: Error, Equatable {
        case asn1(ASN1Error)
        case other(String)
        /// A well-formed key of another algorithm (Terraform prints Go's internal value here).
        case notRSA(String)

        /// The text of the Go error.
        var goText: String {
            switch self {
            case .asn1(.syntax(let detail)): "asn1: syntax error: " + detail
            case .asn1(.structure(let detail)): "asn1: structure error: " + detail
            case .other(let text), .notRSA(let text): text
            }
        }

        /// The message Terraform shows: ASN.1 syntax errors reworded, structure errors as they
        /// are, anything else after "invalid private key: ".
        var message: String {
            switch self {
            case .asn1(.syntax(let detail)): "invalid ASN1 data in the given private key: " + detail
            case .asn1(.structure): goText
            case .other(let text): "invalid private key: " + text
            case .notRSA(let kind): "invalid private key type " + kind
            }
        }
    }

    private static let pkcs1Shape = ASN1Field.sequence(name: "pkcs1PrivateKey", fields: [
        (.int, false), (.bigInt, false), (.int, false), (.bigInt, false), (.bigInt, false), (.bigInt, false),
        (.bigInt, true), (.bigInt, true), (.bigInt, true), (.any, true),
    ])
    private static let pkcs8Shape = ASN1Field.sequence(name: "pkcs8", fields: [
        (.int, false),
        (.sequence(name: "AlgorithmIdentifier", fields: [(.objectIdentifier, false), (.any, true)]), false),
        (.octets, false),
    ])
    private static let ecShape = ASN1Field.sequence(name: "ecPrivateKey", fields: [(.int, false), (.octets, false)])
    private static let dsaShape = ASN1Field.sequence(
        name: "", fields: [(.int, false)] + Array(repeating: (.bigInt, false), count: 5))
    private static let rsaAlgorithm = [1, 2, 840, 113_549, 1, 1, 1]

    init(pem: [UInt8]) throws(Failure) {
        guard let block = PEMBlock(firstIn: pem) else { throw Failure.other("ssh: no key found") }
        if block.isEncrypted { throw Failure.other("ssh: this private key is passphrase protected") }
        switch block.type {
        case "RSA PRIVATE KEY":
            self = try Self.pkcs1(block.bytes)
        case "PRIVATE KEY":
            self = try Self.pkcs8(block.bytes)
        case "EC PRIVATE KEY":
            try Self.rejectOtherAlgorithm(block.bytes, shape: Self.ecShape, kind: "*ecdsa.PrivateKey",
                prefix: "x509: failed to parse EC private key: ")
        case "DSA PRIVATE KEY":
            try Self.rejectOtherAlgorithm(block.bytes, shape: Self.dsaShape, kind: "*dsa.PrivateKey",
                prefix: "ssh: failed to parse DSA key: ")
        case "OPENSSH PRIVATE KEY":
            self = try Self.openSSH(block.bytes)
        default:
            throw Failure.other("ssh: unsupported key type \(goQuoted(block.type))")
        }
    }

    init(modulus: RSAInteger, privateExponent: RSAInteger) {
        self.modulus = modulus
        self.privateExponent = privateExponent
    }

    /// Go's `x509.ParsePKCS1PrivateKey`.
    private static func pkcs1(_ der: [UInt8]) throws(Failure) -> RSAPrivateKey {
        let value: ASN1Value
        do throws(ASN1Error) {
            let rest: [UInt8]
            (value, rest) = try DERParser.unmarshal(der, as: pkcs1Shape)
            if !rest.isEmpty { throw ASN1Error.syntax("trailing data") }
        } catch {
            throw failure(error, parsing: der, alternative: pkcs8Shape, parser: "ParsePKCS8PrivateKey")
        }
        guard case .sequence(let fields) = value, case .int(let version)? = fields.first,
            case .bigInt(let modulus, let modulusNegative)? = fields[1],
            case .bigInt(let exponent, let exponentNegative)? = fields[3],
            case .bigInt(let prime1, let prime1Negative)? = fields[4],
            case .bigInt(let prime2, let prime2Negative)? = fields[5]
        else { throw Failure.other("x509: failed to parse private key") }
        if version > 1 { throw Failure.other("x509: unsupported private key version") }
        let parts = [(modulus, modulusNegative), (exponent, exponentNegative), (prime1, prime1Negative), (prime2, prime2Negative)]
        if parts.contains(where: { magnitude, negative in negative || RSAInteger(bigEndian: magnitude).isZero }) {
            throw Failure.other("x509: private key contains zero or negative value")
        }
        return RSAPrivateKey(modulus: RSAInteger(bigEndian: modulus), privateExponent: RSAInteger(bigEndian: exponent))
    }

    /// Go's `x509.ParsePKCS8PrivateKey`, for RSA keys.
    private static func pkcs8(_ der: [UInt8]) throws(Failure) -> RSAPrivateKey {
        let value: ASN1Value
        do throws(ASN1Error) {
            (value, _) = try DERParser.unmarshal(der, as: pkcs8Shape)
        } catch {
            throw failure(error, parsing: der, alternative: pkcs1Shape, parser: "ParsePKCS1PrivateKey")
        }
        guard case .sequence(let fields) = value, case .sequence(let algorithm)? = fields[1],
            case .objectIdentifier(let identifier)? = algorithm.first, case .octets(let inner)? = fields[2]
        else { throw Failure.other("x509: failed to parse private key") }
        guard identifier == rsaAlgorithm else {
            let dotted = identifier.map(String.init).joined(separator: ".")
            throw Failure.other("x509: PKCS#8 wrapping contained private key with unknown algorithm: \(dotted)")
        }
        do throws(Failure) {
            return try pkcs1(inner)
        } catch {
            throw Failure.other("x509: failed to parse RSA private key embedded in PKCS#8: " + error.goText)
        }
    }

    /// Fails for a block of another algorithm: with the parse error when it is malformed, or
    /// because it is not RSA.
    private static func rejectOtherAlgorithm(
        _ der: [UInt8], shape: ASN1Field, kind: String, prefix: String
    ) throws(Failure) -> Never {
        do throws(ASN1Error) {
            _ = try DERParser.unmarshal(der, as: shape)
        } catch {
            throw Failure.other(prefix + Failure.asn1(error).goText)
        }
        throw Failure.notRSA(kind)
    }

    /// Go's hint when DER that failed to parse is a key in another format, or the parse error.
    private static func failure(
        _ error: ASN1Error, parsing der: [UInt8], alternative: ASN1Field, parser: String
    ) -> Failure {
        for (shape, name) in [(ecShape, "ParseECPrivateKey"), (alternative, parser)]
        where (try? DERParser.unmarshal(der, as: shape)) != nil {
            return .other("x509: failed to parse private key (use \(name) instead for this key format)")
        }
        return .asn1(error)
    }
}
