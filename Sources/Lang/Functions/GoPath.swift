/// Lexical path operations with the results of Go's `path/filepath` on Unix, which Terraform's
/// path and file functions use.
enum GoPath {
    /// The shortest equivalent path: repeated and trailing slashes, `.` and resolvable `..`
    /// elements removed; `.` for an empty result.
    static func clean(_ path: String) -> String {
        let rooted = path.utf8.first == slash
        var kept: [String] = []
        for element in elements(path) {
            switch element {
            case ".":
                continue
            case "..":
                if let last = kept.last, last != ".." {
                    kept.removeLast()
                } else if !rooted {
                    kept.append(element)
                }
            default:
                kept.append(element)
            }
        }
        let joined = kept.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    private static let slash = UInt8(ascii: "/")

    /// The slash-separated parts of a path, without empty ones (Go splits bytes, not characters).
    private static func elements(_ path: String) -> [String] {
        path.utf8.split(separator: slash).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The non-empty elements joined with slashes and cleaned; empty when all are empty.
    static func join(_ elements: String...) -> String {
        let nonEmpty = elements.filter { !$0.isEmpty }
        return nonEmpty.isEmpty ? "" : clean(nonEmpty.joined(separator: "/"))
    }

    /// Everything but the last element, cleaned.
    static func dir(_ path: String) -> String {
        guard let index = path.utf8.lastIndex(of: slash) else { return "." }
        return clean(String(decoding: path.utf8[...index], as: UTF8.self))
    }

    /// The last element, ignoring trailing slashes; `.` for an empty path, `/` for only slashes.
    static func base(_ path: String) -> String {
        if path.isEmpty { return "." }
        var trimmed = path.utf8[...]
        while trimmed.last == slash { trimmed = trimmed.dropLast() }
        if trimmed.isEmpty { return "/" }
        if let index = trimmed.lastIndex(of: slash) { trimmed = trimmed[trimmed.index(after: index)...] }
        return String(decoding: trimmed, as: UTF8.self)
    }

    static func isAbsolute(_ path: String) -> Bool { path.utf8.first == slash }

    /// A path to `target` relative to `base`, or Go's error text when there is none.
    static func relative(_ target: String, to base: String) -> Result<String, GoPathError> {
        let cleanBase = clean(base)
        let cleanTarget = clean(target)
        if cleanBase == cleanTarget { return .success(".") }
        let failure = GoPathError("Rel: can't make \(target) relative to \(base)")
        guard isAbsolute(cleanBase) == isAbsolute(cleanTarget) else { return .failure(failure) }
        let baseElements = cleanBase == "." ? [] : elements(cleanBase)
        let targetElements = cleanTarget == "." ? [] : elements(cleanTarget)
        var common = 0
        while common < baseElements.count && common < targetElements.count
            && baseElements[common].utf8.elementsEqual(targetElements[common].utf8)
        {
            common += 1
        }
        if common < baseElements.count && baseElements[common] == ".." { return .failure(failure) }
        let ups = Array(repeating: "..", count: baseElements.count - common)
        return .success((ups + targetElements[common...]).joined(separator: "/"))
    }
}

/// A path that cannot be made relative, with Go's message.
struct GoPathError: Error, Equatable {
    let message: String
    init(_ message: String) { self.message = message }
}
