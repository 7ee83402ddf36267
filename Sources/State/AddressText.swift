import Addresses

/// Reads the address texts that states keep (module paths, dependencies) without the HCL
/// parser: the inverse of the addresses' `text`, also accepting Go's string quoting, which
/// Terraform writes.
enum AddressText {
    /// The module instance `text` names: `module.a["x"].module.b[0]`, or the root for "".
    static func module(_ text: String) -> ModuleInstanceAddress? {
        guard !text.isEmpty else { return .root }
        guard let parts = parts(of: text) else { return nil }
        var remaining = parts[...]
        let module = leadingModule(&remaining)
        return remaining.isEmpty ? module : nil
    }

    /// The resource `text` names: `module.a.aws_instance.b`, `data.local_file.c`.
    static func resource(_ text: String) -> AbsoluteResourceAddress? {
        guard let parts = parts(of: text) else { return nil }
        var remaining = parts[...]
        guard let module = leadingModule(&remaining) else { return nil }
        var mode = ResourceMode.managed
        if remaining.count == 3, case .name(let prefix) = remaining.first, let given = ResourceMode(prefix: prefix) {
            mode = given
            remaining = remaining.dropFirst()
        }
        guard remaining.count == 2, case .name(let type) = remaining.first, case .name(let name) = remaining.last else { return nil }
        return AbsoluteResourceAddress(module: module, resource: ResourceAddress(mode: mode, type: type, name: name))
    }

    private enum Part: Equatable {
        case name(String)
        case key(InstanceKey)
    }

    /// Consumes `module.NAME[KEY]` steps from the front of `parts`.
    private static func leadingModule(_ parts: inout ArraySlice<Part>) -> ModuleInstanceAddress? {
        var module = ModuleInstanceAddress.root
        while parts.first == .name("module") {
            guard parts.count >= 2, case .name(let name) = parts[parts.startIndex + 1] else { return nil }
            parts = parts.dropFirst(2)
            var key: InstanceKey?
            if case .key(let given) = parts.first {
                key = given
                parts = parts.dropFirst()
            }
            module = module.child(name, key: key)
        }
        return module
    }

    /// Splits `text` into names (between dots) and bracketed keys.
    private static func parts(of text: String) -> [Part]? {
        var scanner = Scanner(text)
        var parts: [Part] = []
        var expectsName = true
        while let next = scanner.peek() {
            if expectsName {
                guard let name = scanner.name() else { return nil }
                parts.append(.name(name))
                expectsName = false
            } else if next == "." {
                scanner.advance()
                expectsName = true
            } else if next == "[" {
                scanner.advance()
                guard let key = scanner.key(), scanner.peek() == "]" else { return nil }
                scanner.advance()
                parts.append(.key(key))
            } else {
                return nil
            }
        }
        return expectsName ? nil : parts
    }

    private struct Scanner {
        private let scalars: [Unicode.Scalar]
        private var position = 0

        init(_ text: String) {
            scalars = Array(text.unicodeScalars)
        }

        func peek() -> Unicode.Scalar? {
            position < scalars.count ? scalars[position] : nil
        }

        mutating func advance() {
            position += 1
        }

        mutating func name() -> String? {
            var name = String.UnicodeScalarView()
            while let next = peek(), !".[]\"".unicodeScalars.contains(next) {
                name.append(next)
                advance()
            }
            return name.isEmpty ? nil : String(name)
        }

        mutating func key() -> InstanceKey? {
            if peek() == "\"" {
                advance()
                return quoted().map(InstanceKey.key)
            }
            var digits = ""
            while let next = peek(), ("0"..."9").contains(next) {
                digits.unicodeScalars.append(next)
                advance()
            }
            return Int(digits).map(InstanceKey.index)
        }

        /// The rest of a quoted string, its escapes undone, consuming the closing quote.
        private mutating func quoted() -> String? {
            var text = String.UnicodeScalarView()
            while let next = peek() {
                advance()
                switch next {
                case "\"":
                    return String(text)
                case "\\":
                    guard let escaped = escape() else { return nil }
                    text.append(escaped)
                default:
                    text.append(next)
                }
            }
            return nil
        }

        private mutating func escape() -> Unicode.Scalar? {
            guard let letter = peek() else { return nil }
            advance()
            switch letter {
            case "\"", "\\", "'": return letter
            case "n": return "\n"
            case "r": return "\r"
            case "t": return "\t"
            case "a": return "\u{07}"
            case "b": return "\u{08}"
            case "f": return "\u{0C}"
            case "v": return "\u{0B}"
            case "x": return hexScalar(digits: 2)
            case "u": return hexScalar(digits: 4)
            case "U": return hexScalar(digits: 8)
            default: return nil
            }
        }

        private mutating func hexScalar(digits: Int) -> Unicode.Scalar? {
            guard position + digits <= scalars.count else { return nil }
            let hex = String(String.UnicodeScalarView(scalars[position..<position + digits]))
            position += digits
            return UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)
        }
    }
}

extension ResourceMode {
    /// The mode an address prefix (`data`, `ephemeral`) names.
    init?(prefix: String) {
        switch prefix {
        case "data": self = .data
        case "ephemeral": self = .ephemeral
        default: return nil
        }
    }
}
