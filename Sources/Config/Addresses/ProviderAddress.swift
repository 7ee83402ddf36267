import Values
import HCL

/// A provider's fully-qualified source address: `registry.terraform.io/hashicorp/aws`.
public struct ProviderAddress: Sendable, Hashable {
    public var hostname: String
    public var namespace: String
    public var type: String

    public static let defaultRegistry = "registry.terraform.io"

    public init(hostname: String, namespace: String, type: String) {
        self.hostname = hostname
        self.namespace = namespace
        self.type = type
    }

    /// The provider a local name stands for when `required_providers` does not say:
    /// `hashicorp/NAME`, or the built-in `terraform` provider.
    public static func implied(by localName: String) -> ProviderAddress {
        if localName == "terraform" {
            return ProviderAddress(hostname: "terraform.io", namespace: "builtin", type: "terraform")
        }
        return ProviderAddress(hostname: defaultRegistry, namespace: "hashicorp", type: localName)
    }

    /// The address as Terraform shows it to users: the default registry host left out.
    public var displayString: String {
        hostname == Self.defaultRegistry ? "\(namespace)/\(type)" : "\(hostname)/\(namespace)/\(type)"
    }

    public var fullString: String { "\(hostname)/\(namespace)/\(type)" }

    /// An error from parsing a source string: Terraform's summary and detail.
    struct ParseError: Error {
        var summary: String
        var detail: String
    }

    /// Parses a `source` of `required_providers`: `name`, `namespace/name` or
    /// `hostname/namespace/name`, with the messages of Terraform 1.15.
    static func parse(source: String) -> Result<ProviderAddress, ParseError> {
        let parts = source.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let format = ParseError(
            summary: "Invalid provider source string",
            detail: "The \"source\" attribute must be in the format \"[hostname/][namespace/]name\"")
        guard parts.count <= 3, !parts.contains(where: \.isEmpty) else { return .failure(format) }
        let givenName = parts[parts.count - 1]
        let type: String
        switch ProviderNamePart.parse(givenName) {
        case .success(let normalized): type = normalized
        case .failure(let reason):
            return .failure(ParseError(
                summary: "Invalid provider type",
                detail: "Invalid provider type \(goQuoted(givenName)) in source \(goQuoted(source)): \(reason.message)\""))
        }
        var address = ProviderAddress(hostname: defaultRegistry, namespace: "hashicorp", type: type)
        if parts.count >= 2 {
            let givenNamespace = parts[parts.count - 2]
            if givenNamespace == "-" {
                address.namespace = "-"
            } else {
                switch ProviderNamePart.parse(givenNamespace) {
                case .success(let normalized): address.namespace = normalized
                case .failure(let reason):
                    return .failure(ParseError(
                        summary: "Invalid provider namespace",
                        detail: "Invalid provider namespace \"\" in source \(goQuoted(source)): \(reason.message)\""))
                }
            }
        }
        if parts.count == 3 {
            switch Hostname.normalize(parts[0]) {
            case .success(let host): address.hostname = host
            case .failure(let reason):
                return .failure(ParseError(
                    summary: "Invalid provider source hostname",
                    detail: "Invalid provider source hostname namespace \"\" in source \(goQuoted(source)): \(reason.message)\""))
            }
        }
        if address.namespace == "-" && address.hostname != defaultRegistry {
            return .failure(ParseError(
                summary: "Invalid provider namespace",
                detail: "The legacy provider namespace \"-\" can be used only with hostname registry.terraform.io."))
        }
        if address.type.hasPrefix("terraform-") {
            let userErrorPrefix = "terraform-provider-"
            if address.type.hasPrefix(userErrorPrefix) {
                let suggested = String(address.type.dropFirst(userErrorPrefix.count))
                if case .success = ProviderNamePart.parse(suggested) {
                    var suggestion = address
                    suggestion.type = suggested
                    return .failure(ParseError(
                        summary: "Invalid provider type",
                        detail: "Provider source \(goQuoted(address.displayString)) has a type with the prefix \(goQuoted(userErrorPrefix)), which isn't valid. Although that prefix is often used in the names of version control repositories for Terraform providers, provider source strings should not include it.\n\nDid you mean \(goQuoted(suggestion.displayString))?"))
                }
            }
            return .failure(ParseError(
                summary: "Invalid provider type",
                detail: "Provider source \(goQuoted(address.fullString)) has a type with the prefix \"terraform-\", which isn't allowed because it would be redundant to name a Terraform provider with that prefix. If you are the author of this provider, rename it to not include the prefix."))
        }
        if address.namespace == "-" { address.namespace = "hashicorp" }
        return .success(address)
    }
}

/// Why a name or hostname was refused, in the words of Go's IDNA library and Terraform.
struct NameRefusal: Error {
    var message: String
}

/// A provider namespace or type, or a provider's local name: processed like one label of a
/// domain name, so letters are folded to lowercase and only letters, digits and dashes are
/// allowed.
enum ProviderNamePart {
    static func parse(_ given: String) -> Result<String, NameRefusal> {
        if given.isEmpty { return .failure(NameRefusal(message: "must have at least one character")) }
        if given.contains(".") { return .failure(NameRefusal(message: "dots are not allowed")) }
        if given.contains("--") { return .failure(NameRefusal(message: "cannot use multiple consecutive dashes")) }
        let invalid = NameRefusal(message: "must contain only letters, digits, and dashes, and may not use leading or trailing dashes")
        if given.hasPrefix("-") || given.hasSuffix("-") { return .failure(invalid) }
        for character in given.unicodeScalars {
            let allowed = character == "-" || (character.isASCII
                ? (character.properties.isAlphabetic || ("0"..."9").contains(character))
                : (character.properties.isAlphabetic || character.properties.numericType != nil))
            if !allowed { return .failure(invalid) }
        }
        return .success(given.lowercased())
    }

    /// Whether `name` is already in the form `parse` produces.
    static func normalizationProblem(_ name: String) -> Result<String?, NameRefusal> {
        parse(name).map { normalized in normalized == name ? nil : normalized }
    }
}

/// Service hostnames, compared after case folding.
enum Hostname {
    static func normalize(_ given: String) -> Result<String, NameRefusal> {
        var host = given
        if let colon = host.lastIndex(of: ":") {
            let port = host[host.index(after: colon)...]
            guard !port.isEmpty, port.allSatisfy(\.isASCII), port.allSatisfy(\.isNumber) else {
                return .failure(NameRefusal(message: "invalid port \(goQuoted(String(port)))"))
            }
            host = String(host[..<colon])
        }
        for scalar in host.unicodeScalars {
            let allowed = scalar == "-" || scalar == "." || (scalar.isASCII
                ? (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
            if !allowed {
                let code = String(scalar.value, radix: 16, uppercase: true)
                return .failure(NameRefusal(message: "idna: disallowed rune U+\(String(repeating: "0", count: max(0, 4 - code.count)))\(code)"))
            }
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        if host.isEmpty || labels.contains(where: { $0.isEmpty || $0.hasPrefix("-") || $0.hasSuffix("-") }) {
            return .failure(NameRefusal(message: "idna: invalid label \(goQuoted(host))"))
        }
        return .success(given.lowercased())
    }
}
