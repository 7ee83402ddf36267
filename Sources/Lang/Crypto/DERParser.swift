/// A decoding problem in Go's `encoding/asn1` terms: a syntax error (malformed DER) or a
/// structure error (well-formed DER of the wrong shape).
enum ASN1Error: Error, Equatable {
    case syntax(String)
    case structure(String)
}

/// One field of an ASN.1 structure being decoded, as Go's `asn1.Unmarshal` sees the Go field.
indirect enum ASN1Field {
    /// A Go `int`: an INTEGER of at most eight bytes.
    case int
    /// A `*big.Int`: an INTEGER of any size.
    case bigInt
    /// A `[]byte`: an OCTET STRING.
    case octets
    /// An `asn1.ObjectIdentifier`.
    case objectIdentifier
    /// An `asn1.RawValue`: any element.
    case any
    /// A Go struct (named `name` in messages): a SEQUENCE whose fields are decoded in order;
    /// fields marked optional may be absent and extra elements at the end are ignored.
    case sequence(name: String, fields: [(field: ASN1Field, optional: Bool)])
}

/// A decoded value, shaped like the field description it came from.
indirect enum ASN1Value: Equatable {
    case int(Int64)
    /// Big-endian magnitude and sign of an INTEGER.
    case bigInt(magnitude: [UInt8], negative: Bool)
    case octets([UInt8])
    case objectIdentifier([Int])
    case any
    /// Decoded fields in order; nil where an optional field was absent.
    case sequence([ASN1Value?])
}

/// DER decoding with the checks and messages of Go's `encoding/asn1`.
enum DERParser {
    private static let defaultParameters =
        "{optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false}"

    /// Decodes one element of shape `field` at the start of `bytes`, returning it and the
    /// bytes after it.
    static func unmarshal(_ bytes: [UInt8], as field: ASN1Field) throws(ASN1Error) -> (ASN1Value, rest: [UInt8]) {
        guard case (let value?, let end) = try parse(field, optional: false, in: bytes, at: 0) else {
            throw .syntax("sequence truncated")
        }
        return (value, Array(bytes[end...]))
    }

    private struct Header {
        let tagClass: Int
        let tag: Int
        let isCompound: Bool
        let length: Int
    }

    private static func parse(
        _ field: ASN1Field, optional: Bool, in bytes: [UInt8], at offset: Int
    ) throws(ASN1Error) -> (ASN1Value?, Int) {
        if offset == bytes.count {
            if optional { return (nil, offset) }
            throw .syntax("sequence truncated")
        }
        let (header, contentStart) = try readHeader(bytes, at: offset)
        let expected: (tag: Int, compound: Bool, name: String)?
        switch field {
        case .int: expected = (2, false, "int")
        case .bigInt: expected = (2, false, "")
        case .octets: expected = (4, false, "")
        case .objectIdentifier: expected = (6, false, "ObjectIdentifier")
        case .any: expected = nil
        case .sequence(let name, _): expected = (16, true, name)
        }
        if let expected, header.tagClass != 0 || header.tag != expected.tag || header.isCompound != expected.compound {
            if optional { return (nil, offset) }
            let found = "{class:\(header.tagClass) tag:\(header.tag) length:\(header.length) isCompound:\(header.isCompound)}"
            throw .structure(
                "tags don't match (\(expected.tag) vs \(found)) \(defaultParameters) \(expected.name) @\(contentStart)"
            )
        }
        let (contentEnd, overflow) = contentStart.addingReportingOverflow(header.length)
        guard !overflow, contentEnd <= bytes.count else { throw .syntax("data truncated") }
        let content = Array(bytes[contentStart..<contentEnd])
        switch field {
        case .int:
            try checkInteger(content)
            guard content.count <= 8 else { throw .structure("integer too large") }
            let value = content.dropFirst().reduce(Int64(Int8(bitPattern: content[0]))) { $0 << 8 | Int64($1) }
            return (.int(value), contentEnd)
        case .bigInt:
            try checkInteger(content)
            return (bigInteger(content), contentEnd)
        case .octets:
            return (.octets(content), contentEnd)
        case .objectIdentifier:
            return (.objectIdentifier(try objectIdentifier(content)), contentEnd)
        case .any:
            return (.any, contentEnd)
        case .sequence(_, let fields):
            var values: [ASN1Value?] = []
            var innerOffset = 0
            for (innerField, innerOptional) in fields {
                let (value, next) = try parse(innerField, optional: innerOptional, in: content, at: innerOffset)
                values.append(value)
                innerOffset = next
            }
            return (.sequence(values), contentEnd)
        }
    }

    private static func readHeader(_ bytes: [UInt8], at start: Int) throws(ASN1Error) -> (Header, Int) {
        var offset = start
        let first = bytes[offset]
        offset += 1
        var tag = Int(first & 0x1F)
        if tag == 0x1F {
            (tag, offset) = try base128(bytes, at: offset)
            if tag < 0x1F { throw .syntax("non-minimal tag") }
        }
        guard offset < bytes.count else { throw .syntax("truncated tag or length") }
        let lengthByte = bytes[offset]
        offset += 1
        var length = Int(lengthByte & 0x7F)
        if lengthByte & 0x80 != 0 {
            let count = length
            if count == 0 { throw .syntax("indefinite length found (not DER)") }
            length = 0
            for _ in 0..<count {
                guard offset < bytes.count else { throw .syntax("truncated tag or length") }
                if length >= 1 << 23 { throw .structure("length too large") }
                length = length << 8 | Int(bytes[offset])
                offset += 1
                if length == 0 { throw .structure("superfluous leading zeros in length") }
            }
            if length < 0x80 { throw .structure("non-minimal length") }
        }
        let header = Header(tagClass: Int(first >> 6), tag: tag, isCompound: first & 0x20 != 0, length: length)
        return (header, offset)
    }

    private static func checkInteger(_ content: [UInt8]) throws(ASN1Error) {
        guard let first = content.first else { throw .structure("empty integer") }
        if content.count > 1 && ((first == 0 && content[1] & 0x80 == 0) || (first == 0xFF && content[1] & 0x80 != 0)) {
            throw .structure("integer not minimally-encoded")
        }
    }

    /// An INTEGER's sign and magnitude from its two's-complement content.
    private static func bigInteger(_ content: [UInt8]) -> ASN1Value {
        guard content[0] & 0x80 != 0 else { return .bigInt(magnitude: content, negative: false) }
        var magnitude = content.map { ~$0 }
        for index in magnitude.indices.reversed() {
            let (sum, overflow) = magnitude[index].addingReportingOverflow(1)
            magnitude[index] = sum
            if !overflow { break }
        }
        return .bigInt(magnitude: magnitude, negative: true)
    }

    private static func objectIdentifier(_ content: [UInt8]) throws(ASN1Error) -> [Int] {
        guard !content.isEmpty else { throw .syntax("zero length OBJECT IDENTIFIER") }
        var (first, offset) = try base128(content, at: 0)
        var components = first < 80 ? [first / 40, first % 40] : [2, first - 80]
        while offset < content.count {
            (first, offset) = try base128(content, at: offset)
            components.append(first)
        }
        return components
    }

    private static func base128(_ bytes: [UInt8], at start: Int) throws(ASN1Error) -> (Int, Int) {
        var value: Int64 = 0
        var offset = start
        var shifted = 0
        while offset < bytes.count {
            if shifted == 5 { throw .structure("base 128 integer too large") }
            let byte = bytes[offset]
            if shifted == 0 && byte == 0x80 { throw .syntax("integer is not minimally encoded") }
            value = value << 7 | Int64(byte & 0x7F)
            offset += 1
            shifted += 1
            if byte & 0x80 == 0 {
                if value > Int64(Int32.max) { throw .structure("base 128 integer too large") }
                return (Int(value), offset)
            }
        }
        throw .syntax("truncated base 128 integer")
    }
}
