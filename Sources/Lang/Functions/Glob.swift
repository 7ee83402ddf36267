import Foundation

/// The glob matcher behind Terraform's `fileset` (Go's `doublestar` 1.1): `*` and `?` within one
/// path element, `**` across elements, `[...]` classes with ranges and `^`, `{a,b}`
/// alternatives within one element, and `\` escapes.
enum Glob {
    /// A pattern Go would reject: "syntax error in pattern".
    struct BadPattern: Error, Equatable {}

    /// A directory entry as the walker needs it, symbolic links followed.
    struct Entry {
        let name: String
        let isDirectory: Bool
        /// False for a symbolic link whose target does not exist.
        let resolves: Bool
    }

    /// The entries of a directory, sorted by name, with symbolic links followed.
    private static func entries(of directory: String) -> [Entry] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.sorted().map { name in
            var isDirectory: ObjCBool = false
            let found = FileManager.default.fileExists(atPath: GoPath.join(directory, name), isDirectory: &isDirectory)
            return Entry(name: name, isDirectory: found && isDirectory.boolValue, resolves: found)
        }
    }

    /// Whether something exists at the path, without following a final symbolic link.
    private static func exists(_ path: String) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: path)) != nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Every path matching `pattern`, relative patterns being relative to the working directory.
    static func glob(_ pattern: String) throws(BadPattern) -> [String] {
        let components = split(Array(pattern.utf8), on: UInt8(ascii: "/"))
        guard let first = components.first else { return [] }
        if first.isEmpty {
            return try walk("/", Array(components.dropFirst()))
        }
        return try walk(".", components)
    }

    private static let globBytes = Set("*?[{\\".utf8)

    private static func walk(_ start: String, _ components: [[UInt8]]) throws(BadPattern) -> [String] {
        var matches: [String] = []
        var failure: BadPattern?
        walk(start, components[...], into: &matches, failure: &failure)
        if let failure { throw failure }
        return matches
    }

    /// Go's walk, including how it reports errors: a failure from a subdirectory is kept only
    /// if nothing later in the same directory resets it.
    private static func walk(
        _ start: String, _ components: ArraySlice<[UInt8]>, into matches: inout [String],
        failure: inout BadPattern?
    ) {
        failure = nil
        var base = start
        var index = components.firstIndex { $0.contains(where: globBytes.contains) } ?? components.endIndex
        if index > components.startIndex {
            let literal = components[..<index].map { String(decoding: $0, as: UTF8.self) }
            base = GoPath.join(base, GoPath.join(literal.joined(separator: "/")))
        }
        guard exists(base) else { return }
        if index == components.endIndex {
            matches.append(base)
            return
        }
        guard isDirectory(base) else { return }
        let entries = entries(of: base)
        var isLast = index + 1 >= components.endIndex
        if components[index] == Array("**".utf8) {
            for entry in entries where entry.resolves {
                let path = GoPath.join(base, entry.name)
                if entry.isDirectory {
                    if isLast { matches.append(path) }
                    walk(path, components[index...], into: &matches, failure: &failure)
                } else if isLast {
                    matches.append(path)
                }
            }
            if isLast { return }
            index += 1
            isLast = index + 1 >= components.endIndex
        }
        for entry in entries {
            do {
                failure = nil
                guard try matchElement(components[index], Array(entry.name.utf8)) else { continue }
            } catch {
                failure = error
                return
            }
            let path = GoPath.join(base, entry.name)
            if isLast {
                matches.append(path)
            } else {
                walk(path, components[(index + 1)...], into: &matches, failure: &failure)
            }
        }
    }

    /// Whether one path element matches one pattern element.
    static func matchElement(_ pattern: [UInt8], _ name: [UInt8]) throws(BadPattern) -> Bool {
        try matchElement(pattern[...], name[...])
    }

    private static func matchElement(_ pattern: ArraySlice<UInt8>, _ name: ArraySlice<UInt8>) throws(BadPattern) -> Bool {
        if pattern.isEmpty { return name.isEmpty }
        if name.isEmpty && !pattern.elementsEqual("*".utf8) { return false }
        var patternIndex = pattern.startIndex
        var nameIndex = name.startIndex
        while patternIndex < pattern.endIndex && nameIndex < name.endIndex {
            var (patternRune, patternWidth) = decodeRune(pattern, at: patternIndex)
            let (nameRune, nameWidth) = decodeRune(name, at: nameIndex)
            switch patternRune {
            case UInt32(UInt8(ascii: "\\")):
                patternIndex += patternWidth
                (patternRune, patternWidth) = decodeRune(pattern, at: patternIndex)
                if patternRune == replacementRune { throw BadPattern() }
                guard patternRune == nameRune else { return false }
                patternIndex += patternWidth
                nameIndex += nameWidth
            case UInt32(UInt8(ascii: "*")):
                patternIndex += patternWidth
                if patternIndex >= pattern.endIndex { return true }
                var candidate = nameIndex
                while candidate < name.endIndex {
                    if (try? matchElement(pattern[patternIndex...], name[candidate...])) == true { return true }
                    candidate += nameWidth
                }
                return false
            case UInt32(UInt8(ascii: "[")):
                patternIndex += patternWidth
                guard let end = indexWithEscaping(pattern[patternIndex...], UInt8(ascii: "]")) else {
                    throw BadPattern()
                }
                guard try classMatches(runes(pattern[patternIndex..<end]), nameRune) else { return false }
                patternIndex = end + 1
                nameIndex += nameWidth
            case UInt32(UInt8(ascii: "{")):
                patternIndex += patternWidth
                guard let end = indexWithEscaping(pattern[patternIndex...], UInt8(ascii: "}")) else {
                    throw BadPattern()
                }
                let options = split(Array(pattern[patternIndex..<end]), on: UInt8(ascii: ","))
                let tail = pattern[(end + 1)...]
                for option in options {
                    if try matchElement((option + tail)[...], name[nameIndex...]) { return true }
                }
                return false
            default:
                guard patternRune == UInt32(UInt8(ascii: "?")) || patternRune == nameRune else { return false }
                patternIndex += patternWidth
                nameIndex += nameWidth
            }
        }
        if patternIndex >= pattern.endIndex && nameIndex >= name.endIndex { return true }
        let rest = pattern[patternIndex...]
        return (nameIndex >= name.endIndex && rest.elementsEqual("*".utf8)) || rest.elementsEqual("**".utf8)
    }

    /// Whether `rune` is in a `[...]` class given without its brackets.
    private static func classMatches(_ classRunes: [UInt32], _ rune: UInt32) throws(BadPattern) -> Bool {
        guard let first = classRunes.first else { throw BadPattern() }
        let dash = UInt32(UInt8(ascii: "-"))
        let backslash = UInt32(UInt8(ascii: "\\"))
        var index = first == UInt32(UInt8(ascii: "^")) ? 1 : 0
        var matched = false
        func next() throws(BadPattern) -> UInt32 {
            var value = classRunes[index]
            index += 1
            if value == backslash {
                guard index < classRunes.count else { throw BadPattern() }
                value = classRunes[index]
                index += 1
            }
            return value
        }
        while index < classRunes.count {
            if classRunes[index] == dash { throw BadPattern() }
            let low = try next()
            var high = low
            if index < classRunes.count && classRunes[index] == dash {
                index += 1
                guard index < classRunes.count, classRunes[index] != dash else { throw BadPattern() }
                high = try next()
            }
            if low <= rune && rune <= high { matched = true }
        }
        return matched != (first == UInt32(UInt8(ascii: "^")))
    }

    private static let replacementRune: UInt32 = 0xFFFD

    /// Go's `utf8.DecodeRune`: the scalar at `index` and its width, or U+FFFD and width 1 where
    /// no whole scalar starts (and U+FFFD with width 0 at the end).
    private static func decodeRune(_ bytes: ArraySlice<UInt8>, at index: Int) -> (UInt32, Int) {
        guard index < bytes.endIndex else { return (replacementRune, 0) }
        let lead = bytes[index]
        let width: Int
        switch lead {
        case 0..<0x80: return (UInt32(lead), 1)
        case 0xC0..<0xE0: width = 2
        case 0xE0..<0xF0: width = 3
        case 0xF0..<0xF8: width = 4
        default: return (replacementRune, 1)
        }
        guard index + width <= bytes.endIndex else { return (replacementRune, 1) }
        let scalar = String(decoding: bytes[index..<(index + width)], as: UTF8.self).unicodeScalars
        guard scalar.count == 1, let value = scalar.first?.value else { return (replacementRune, 1) }
        return (value, width)
    }

    private static func runes(_ bytes: ArraySlice<UInt8>) -> [UInt32] {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
    }

    /// The first `byte` not directly preceded by a backslash.
    private static func indexWithEscaping(_ bytes: ArraySlice<UInt8>, _ byte: UInt8) -> Int? {
        var start = bytes.startIndex
        while let found = bytes[start...].firstIndex(of: byte) {
            if found == bytes.startIndex || bytes[found - 1] != UInt8(ascii: "\\") { return found }
            start = found + 1
        }
        return nil
    }

    /// Splits on `separator` where it is not escaped; a trailing separator gives an empty part.
    private static func split(_ bytes: [UInt8], on separator: UInt8) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        while let end = indexWithEscaping(bytes[start...], separator) {
            parts.append(Array(bytes[start..<end]))
            start = end + 1
        }
        parts.append(Array(bytes[start...]))
        return parts
    }
}
