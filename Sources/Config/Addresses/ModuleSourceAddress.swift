import Values
/// Where a module call's code comes from, classified as Terraform's `ParseModuleSource` does.
public enum ModuleSourceAddress: Sendable, Hashable {
    /// `./path` or `../path`, cleaned, within the caller's package.
    case local(String)
    /// `[host/]namespace/name/system[//subdir]` in a module registry.
    case registry(host: String, namespace: String, name: String, system: String, subdirectory: String?)
    /// Anything go-getter can fetch: `git::https://...`, `github.com/org/repo`, `s3::...`.
    case remote(String)

    /// Why a source address was refused.
    enum ParseError: Error {
        /// Not local, not a registry address, and no installation method fits: probably a
        /// relative path without `./`.
        case maybeRelativePath(String)
        case invalid(String)
    }

    private static let localPrefixes = ["./", "../", ".\\", "..\\"]

    static func isLocal(_ raw: String) -> Bool {
        localPrefixes.contains { raw.hasPrefix($0) }
    }

    /// Parses any source address; a string that is neither local nor a valid registry
    /// address is taken as a remote package.
    static func parse(_ raw: String) -> Result<ModuleSourceAddress, ParseError> {
        if isLocal(raw) { return .success(.local(cleanLocal(raw))) }
        if case .success(let registry) = parseRegistry(raw) { return .success(registry) }
        return parseRemote(raw)
    }

    /// Parses an address that must be a registry address, as when `version` is set.
    static func parseRegistry(_ raw: String) -> Result<ModuleSourceAddress, ParseError> {
        if isLocal(raw) {
            return .failure(.invalid("can't use local directory \(goQuoted(raw)) as a module registry address"))
        }
        let (package, subdirectory) = splitSubdirectory(raw)
        if let subdirectory, subdirectory.hasPrefix("../") {
            return .failure(.invalid("subdirectory path \(goQuoted(subdirectory)) leads outside of the module package"))
        }
        var parts = package.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 3 || parts.count == 4 else {
            return .failure(.invalid("a module registry source address must have either three or four slash-separated components"))
        }
        var host = "registry.terraform.io"
        if parts.count == 4 {
            guard case .success(let normalized) = Hostname.normalize(parts[0]) else {
                if parts[0].contains("--") {
                    return .failure(.invalid("invalid module registry hostname \(goQuoted(parts[0])); internationalized domain names must be given as direct unicode characters, not in punycode"))
                }
                return .failure(.invalid("invalid module registry hostname \(goQuoted(parts[0]))"))
            }
            guard normalized.contains(".") else {
                return .failure(.invalid("invalid module registry hostname: must contain at least one dot"))
            }
            host = normalized
            parts.removeFirst()
        }
        if host == "github.com" || host == "bitbucket.org" {
            return .failure(.invalid("can't use \(goQuoted(host)) as a module registry host, because it's reserved for installing directly from version control repositories"))
        }
        guard isRegistryName(parts[0]) else {
            if parts[0].contains(".") {
                return .failure(.invalid("source address must have three more components after the hostname: the namespace, the name, and the target system"))
            }
            return .failure(.invalid("invalid namespace \(goQuoted(parts[0])): must be between one and 64 characters, including ASCII letters, digits, dashes, and underscores, where dashes and underscores may not be the prefix or suffix"))
        }
        guard isRegistryName(parts[1]) else {
            return .failure(.invalid("invalid module name \(goQuoted(parts[1])): must be between one and 64 characters, including ASCII letters, digits, dashes, and underscores, where dashes and underscores may not be the prefix or suffix"))
        }
        let system = parts[2]
        guard (1...64).contains(system.count), system.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }) else {
            if system.contains("?") {
                return .failure(.invalid("module registry addresses may not include a query string portion"))
            }
            return .failure(.invalid("invalid target system \(goQuoted(system)): must be between one and 64 ASCII letters or digits"))
        }
        return .success(.registry(host: host, namespace: parts[0], name: parts[1], system: system, subdirectory: subdirectory))
    }

    private static func isRegistryName(_ name: String) -> Bool {
        guard (1...64).contains(name.count), name.allSatisfy({ $0.isASCII }) else { return false }
        let alphanumeric: (Character) -> Bool = { $0.isLetter || $0.isNumber }
        guard let first = name.first, let last = name.last, alphanumeric(first), alphanumeric(last) else { return false }
        return name.allSatisfy { alphanumeric($0) || $0 == "-" || $0 == "_" }
    }

    /// The go-getter address a remote source stands for, after go-getter's "detect" step.
    private static func parseRemote(_ raw: String) -> Result<ModuleSourceAddress, ParseError> {
        let (package, subdirectory) = splitSubdirectory(raw)
        if let subdirectory, subdirectory.hasPrefix("../") {
            return .failure(.invalid("subdirectory path \(goQuoted(subdirectory)) leads outside of the module package"))
        }
        var source = package
        if let forced = package.range(of: "::"), package[..<forced.lowerBound].allSatisfy({ $0.isLetter || $0.isNumber }),
           forced.lowerBound != package.startIndex {
            source = String(package[forced.upperBound...])
        }
        if hasURLScheme(source) { return .success(.remote(raw)) }
        let detected = ["github.com/", "git@", "bitbucket.org/"].contains { source.hasPrefix($0) }
            || source.contains("googleapis.com/") || source.contains("amazonaws.com")
        if detected { return .success(.remote(raw)) }
        if source.hasPrefix("/") { return .success(.remote("file://" + raw)) }
        return .failure(.maybeRelativePath(raw))
    }

    /// Whether Go's `url.Parse` would find a scheme: letters, digits, `+`, `-` or `.` before a
    /// colon, starting with a letter.
    private static func hasURLScheme(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }

    /// Splits `package//subdir` (the `//` after any scheme's `://`).
    private static func splitSubdirectory(_ raw: String) -> (String, String?) {
        var searchStart = raw.startIndex
        if let scheme = raw.range(of: "://") { searchStart = scheme.upperBound }
        guard let separator = raw.range(of: "//", range: searchStart..<raw.endIndex) else { return (raw, nil) }
        var subdirectory = String(raw[separator.upperBound...])
        var package = String(raw[..<separator.lowerBound])
        if let query = subdirectory.firstIndex(of: "?") {
            package += String(subdirectory[query...])
            subdirectory = String(subdirectory[..<query])
        }
        return (package, cleanPath(subdirectory))
    }

    private static func cleanLocal(_ raw: String) -> String {
        let clean = cleanPath(raw.replacingOccurrences(of: "\\", with: "/"))
        return clean.hasPrefix("../") || clean == ".." ? clean : "./" + clean
    }

    /// Go's `path.Clean`.
    static func cleanPath(_ path: String) -> String {
        if path.isEmpty { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." { parts.removeLast() } else if !rooted { parts.append(part) }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
