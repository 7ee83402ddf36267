/// Splits YAML text into tokens the way libyaml's scanner does (the scanner behind
/// Terraform's `yamldecode`), including its simple-key and indentation rules and its errors.
struct YAMLScanner {
    private struct SimpleKey {
        var possible = false
        var required = false
        var tokenNumber = 0
        var mark = YAMLMark()
    }

    let characters: [Unicode.Scalar]
    var mark = YAMLMark()
    private var tokens: [YAMLToken] = []
    private var head = 0
    private var tokensParsed = 0
    private var tokenAvailable = false
    private var streamStartProduced = false
    var indent = -1
    private var indents: [Int] = []
    var simpleKeyAllowed = false
    private var simpleKeys: [SimpleKey] = []
    /// Keys below this level are no longer possible. Possible keys are ordered by position, so
    /// only the first of them can go stale or be the one the next token waits for.
    private var firstPossible = 0
    var flowLevel = 0

    init(_ text: String) {
        characters = Array(text.unicodeScalars)
    }

    // MARK: Token queue

    /// The next token, scanning as far ahead as simple keys need.
    mutating func peek() throws(YAMLSyntaxError) -> YAMLToken {
        if !tokenAvailable { try fetchMoreTokens() }
        return tokens[head]
    }

    mutating func skip() {
        tokenAvailable = false
        tokensParsed += 1
        head += 1
        if head > 64 {
            tokens.removeFirst(head)
            head = 0
        }
    }

    private mutating func fetchMoreTokens() throws(YAMLSyntaxError) {
        while true {
            var needMore = head == tokens.count
            if !needMore {
                try staleSimpleKeys()
                needMore = firstPossible < simpleKeys.count && simpleKeys[firstPossible].tokenNumber == tokensParsed
            }
            if !needMore { break }
            try fetchNextToken()
        }
        tokenAvailable = true
    }

    private mutating func append(_ kind: YAMLTokenKind, _ start: YAMLMark, _ end: YAMLMark) {
        tokens.append(YAMLToken(kind: kind, start: start, end: end))
    }

    // MARK: Characters

    func character(_ offset: Int = 0) -> Unicode.Scalar {
        let position = mark.index + offset
        return position < characters.count ? characters[position] : "\0"
    }

    static func isBlank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" }
    static func isBreak(_ c: Unicode.Scalar) -> Bool {
        c == "\r" || c == "\n" || c == "\u{85}" || c == "\u{2028}" || c == "\u{2029}"
    }
    static func isBreakOrEnd(_ c: Unicode.Scalar) -> Bool { isBreak(c) || c == "\0" }
    static func isBlankOrEnd(_ c: Unicode.Scalar) -> Bool { isBlank(c) || isBreakOrEnd(c) }
    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(c) || ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" || c == "-"
    }

    mutating func advance() {
        mark.index += 1
        mark.column += 1
    }

    /// Consumes a line break and returns it as the scalar content it stands for.
    mutating func readBreak() -> String {
        let c = character()
        if c == "\r" && character(1) == "\n" {
            mark.index += 2
        } else if Self.isBreak(c) {
            mark.index += 1
        } else {
            return ""
        }
        mark.column = 0
        mark.line += 1
        return c == "\u{2028}" || c == "\u{2029}" ? String(c) : "\n"
    }

    func scannerError(_ context: YAMLMark?, _ problem: String) -> YAMLSyntaxError {
        YAMLSyntaxError(problem: problem, problemMark: mark, contextMark: context, fromScanner: true)
    }

    // MARK: Simple keys and indentation

    private mutating func staleSimpleKeys() throws(YAMLSyntaxError) {
        while firstPossible < simpleKeys.count {
            let key = simpleKeys[firstPossible]
            if key.possible {
                guard key.mark.line < mark.line || key.mark.index + 1024 < mark.index else { return }
                if key.required { throw scannerError(key.mark, "could not find expected ':'") }
                simpleKeys[firstPossible].possible = false
            }
            firstPossible += 1
        }
    }

    mutating func saveSimpleKey() throws(YAMLSyntaxError) {
        let required = flowLevel == 0 && indent == mark.column
        guard simpleKeyAllowed else { return }
        try removeSimpleKey()
        simpleKeys[simpleKeys.count - 1] = SimpleKey(
            possible: true, required: required, tokenNumber: tokensParsed + tokens.count - head, mark: mark
        )
        firstPossible = min(firstPossible, simpleKeys.count - 1)
    }

    mutating func removeSimpleKey() throws(YAMLSyntaxError) {
        let last = simpleKeys.count - 1
        if simpleKeys[last].possible && simpleKeys[last].required {
            throw scannerError(simpleKeys[last].mark, "could not find expected ':'")
        }
        simpleKeys[last].possible = false
    }

    private mutating func rollIndent(_ column: Int, number: Int?, _ kind: YAMLTokenKind, _ at: YAMLMark) {
        guard flowLevel == 0, indent < column else { return }
        indents.append(indent)
        indent = column
        let token = YAMLToken(kind: kind, start: at, end: at)
        if let number {
            tokens.insert(token, at: number - tokensParsed + head)
        } else {
            tokens.append(token)
        }
    }

    private mutating func unrollIndent(_ column: Int) {
        guard flowLevel == 0 else { return }
        while indent > column {
            append(.blockEnd, mark, mark)
            indent = indents.popLast() ?? -1
        }
    }

    // MARK: Fetching

    private mutating func fetchNextToken() throws(YAMLSyntaxError) {
        if !streamStartProduced {
            indent = -1
            simpleKeys.append(SimpleKey())
            simpleKeyAllowed = true
            streamStartProduced = true
            append(.streamStart, mark, mark)
            return
        }
        scanToNextToken()
        try staleSimpleKeys()
        unrollIndent(mark.column)
        let c = character()
        if c == "\0" && mark.index >= characters.count {
            if mark.column != 0 {
                mark.column = 0
                mark.line += 1
            }
            unrollIndent(-1)
            try removeSimpleKey()
            simpleKeyAllowed = false
            append(.streamEnd, mark, mark)
            return
        }
        if mark.column == 0 && c == "%" { return try fetchDirective() }
        if mark.column == 0 && Self.isBlankOrEnd(character(3)) {
            if c == "-" && character(1) == "-" && character(2) == "-" { return try fetchDocumentIndicator(.documentStart) }
            if c == "." && character(1) == "." && character(2) == "." { return try fetchDocumentIndicator(.documentEnd) }
        }
        let next = character(1)
        switch c {
        case "[": try fetchFlowCollectionStart(.flowSequenceStart)
        case "{": try fetchFlowCollectionStart(.flowMappingStart)
        case "]": try fetchFlowCollectionEnd(.flowSequenceEnd)
        case "}": try fetchFlowCollectionEnd(.flowMappingEnd)
        case ",": try fetchSingle(.flowEntry, allowKey: true)
        case "-" where Self.isBlankOrEnd(next): try fetchBlockEntry()
        case "?" where flowLevel > 0 || Self.isBlankOrEnd(next): try fetchKey()
        case ":" where flowLevel > 0 || Self.isBlankOrEnd(next): try fetchValue()
        case "*", "&":
            try saveSimpleKey()
            simpleKeyAllowed = false
            try scanAnchor(alias: c == "*")
        case "!":
            try saveSimpleKey()
            simpleKeyAllowed = false
            try scanTag()
        case "|" where flowLevel == 0, ">" where flowLevel == 0:
            try removeSimpleKey()
            simpleKeyAllowed = true
            try scanBlockScalar(literal: c == "|")
        case "'", "\"":
            try saveSimpleKey()
            simpleKeyAllowed = false
            try scanFlowScalar(single: c == "'")
        default:
            let indicators: Set<Unicode.Scalar> = ["-", "?", ":", ",", "[", "]", "{", "}", "#", "&", "*", "!", "|", ">", "'", "\"", "%", "@", "`"]
            let startsPlain = !(Self.isBlankOrEnd(c) || indicators.contains(c))
                || (c == "-" && !Self.isBlank(next))
                || (flowLevel == 0 && (c == "?" || c == ":") && !Self.isBlankOrEnd(next))
            guard startsPlain else {
                throw scannerError(mark, "found character that cannot start any token")
            }
            try saveSimpleKey()
            simpleKeyAllowed = false
            try scanPlainScalar()
        }
    }

    private mutating func scanToNextToken() {
        while true {
            if mark.column == 0 && character() == "\u{FEFF}" { advance() }
            while character() == " " || ((flowLevel > 0 || !simpleKeyAllowed) && character() == "\t") { advance() }
            if character() == "#" {
                while !Self.isBreakOrEnd(character()) { advance() }
            }
            guard Self.isBreak(character()) else { return }
            _ = readBreak()
            if flowLevel == 0 { simpleKeyAllowed = true }
        }
    }

    private mutating func fetchDocumentIndicator(_ kind: YAMLTokenKind) throws(YAMLSyntaxError) {
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        advance(); advance(); advance()
        append(kind, start, mark)
    }

    private mutating func fetchFlowCollectionStart(_ kind: YAMLTokenKind) throws(YAMLSyntaxError) {
        try saveSimpleKey()
        simpleKeys.append(SimpleKey())
        flowLevel += 1
        simpleKeyAllowed = true
        let start = mark
        advance()
        append(kind, start, mark)
    }

    private mutating func fetchFlowCollectionEnd(_ kind: YAMLTokenKind) throws(YAMLSyntaxError) {
        try removeSimpleKey()
        if flowLevel > 0 {
            flowLevel -= 1
            simpleKeys.removeLast()
            firstPossible = min(firstPossible, simpleKeys.count)
        }
        simpleKeyAllowed = false
        let start = mark
        advance()
        append(kind, start, mark)
    }

    private mutating func fetchSingle(_ kind: YAMLTokenKind, allowKey: Bool) throws(YAMLSyntaxError) {
        try removeSimpleKey()
        simpleKeyAllowed = allowKey
        let start = mark
        advance()
        append(kind, start, mark)
    }

    private mutating func fetchBlockEntry() throws(YAMLSyntaxError) {
        if flowLevel == 0 {
            guard simpleKeyAllowed else {
                throw scannerError(nil, "block sequence entries are not allowed in this context")
            }
            rollIndent(mark.column, number: nil, .blockSequenceStart, mark)
        }
        try fetchSingle(.blockEntry, allowKey: true)
    }

    private mutating func fetchKey() throws(YAMLSyntaxError) {
        if flowLevel == 0 {
            guard simpleKeyAllowed else { throw scannerError(nil, "mapping keys are not allowed in this context") }
            rollIndent(mark.column, number: nil, .blockMappingStart, mark)
        }
        try fetchSingle(.key, allowKey: flowLevel == 0)
    }

    private mutating func fetchValue() throws(YAMLSyntaxError) {
        let last = simpleKeys.count - 1
        let key = simpleKeys[last]
        if key.possible {
            tokens.insert(YAMLToken(kind: .key, start: key.mark, end: key.mark), at: key.tokenNumber - tokensParsed + head)
            rollIndent(key.mark.column, number: key.tokenNumber, .blockMappingStart, key.mark)
            simpleKeys[last].possible = false
            simpleKeyAllowed = false
        } else {
            if flowLevel == 0 {
                guard simpleKeyAllowed else {
                    throw scannerError(nil, "mapping values are not allowed in this context")
                }
                rollIndent(mark.column, number: nil, .blockMappingStart, mark)
            }
            simpleKeyAllowed = flowLevel == 0
        }
        let start = mark
        advance()
        append(.value, start, mark)
    }

    private mutating func fetchDirective() throws(YAMLSyntaxError) {
        unrollIndent(-1)
        try removeSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        advance()
        let name = readWord()
        guard !name.isEmpty else {
            throw scannerError(start, "could not find expected directive name")
        }
        var words: [String] = []
        while true {
            while Self.isBlank(character()) { advance() }
            if character() == "#" || Self.isBreakOrEnd(character()) { break }
            var word = ""
            while !Self.isBlankOrEnd(character()) {
                word.unicodeScalars.append(character())
                advance()
            }
            words.append(word)
        }
        while !Self.isBreakOrEnd(character()) { advance() }
        if name == "TAG" {
            guard words.count == 2 else {
                throw scannerError(start, "did not find expected whitespace or line break")
            }
            append(.tagDirective(handle: words[0], prefix: words[1]), start, mark)
        } else if name == "YAML" {
            append(.versionDirective(words.first ?? ""), start, mark)
        }
        _ = readBreak()
    }

    /// Letters, digits, `_` and `-` from the current position.
    private mutating func readWord() -> String {
        var word = ""
        while Self.isWordCharacter(character()) {
            word.unicodeScalars.append(character())
            advance()
        }
        return word
    }

    private mutating func scanAnchor(alias: Bool) throws(YAMLSyntaxError) {
        let start = mark
        advance()
        let name = readWord()
        let terminators: Set<Unicode.Scalar> = ["?", ":", ",", "]", "}", "%", "@", "`"]
        if name.isEmpty || !(Self.isBlankOrEnd(character()) || terminators.contains(character())) {
            throw scannerError(start, "did not find expected alphabetic or numeric character")
        }
        append(alias ? .alias(name) : .anchor(name), start, mark)
    }

    private mutating func scanTag() throws(YAMLSyntaxError) {
        let start = mark
        var handle: String
        var suffix: String
        if character(1) == "<" {
            advance(); advance()
            handle = ""
            suffix = try scanTagURI(head: "", start: start)
            guard character() == ">" else { throw scannerError(start, "did not find the expected '>'") }
            advance()
        } else {
            advance()
            var word = "!"
            while Self.isWordCharacter(character()) {
                word.unicodeScalars.append(character())
                advance()
            }
            if character() == "!" {
                word += "!"
                advance()
            }
            if word.count > 1 && word.hasSuffix("!") {
                handle = word
                suffix = try scanTagURI(head: "", start: start)
            } else {
                suffix = try scanTagURI(head: String(word.dropFirst()), start: start)
                handle = "!"
                if suffix.isEmpty {
                    handle = ""
                    suffix = "!"
                }
            }
        }
        guard Self.isBlankOrEnd(character()) || (flowLevel > 0 && character() == ",") else {
            throw scannerError(start, "did not find expected whitespace or line break")
        }
        append(.tag(handle: handle, suffix: suffix), start, mark)
    }

    private mutating func scanTagURI(head: String, start: YAMLMark) throws(YAMLSyntaxError) -> String {
        let allowed: Set<Unicode.Scalar> = [";", "/", "?", ":", "@", "&", "=", "+", "$", ",", ".", "!", "~", "*", "'", "(", ")", "[", "]", "%"]
        var uri = head
        while Self.isWordCharacter(character()) || allowed.contains(character()) {
            if character() == "%" {
                var bytes: [UInt8] = []
                while character() == "%" {
                    guard let high = hexValue(character(1)), let low = hexValue(character(2)) else {
                        throw scannerError(start, "did not find URI escaped octet")
                    }
                    bytes.append(high << 4 | low)
                    advance(); advance(); advance()
                }
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw scannerError(start, "found an incorrect leading UTF-8 octet")
                }
                uri += text
            } else {
                uri.unicodeScalars.append(character())
                advance()
            }
        }
        if uri.isEmpty { throw scannerError(start, "did not find expected tag URI") }
        return uri
    }

    func hexValue(_ c: Unicode.Scalar) -> UInt8? {
        switch c {
        case "0"..."9": UInt8(c.value - 48)
        case "a"..."f": UInt8(c.value - 87)
        case "A"..."F": UInt8(c.value - 55)
        default: nil
        }
    }

    mutating func appendScalar(_ value: String, _ style: YAMLScalarStyle, _ start: YAMLMark, _ end: YAMLMark) {
        append(.scalar(value, style), start, end)
    }
}
