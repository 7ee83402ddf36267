/// Where the attributes and blocks of a syntactically valid file sit in its token list, found by
/// walking the tokens: enough for the rewrites `terraform fmt` makes to attribute values and
/// block labels.
struct BodyLayout: Sendable, Hashable {
    /// `name = value`, with the value's token range (comments around it excluded) and the types
    /// of the blocks it is nested in, outermost first.
    struct AttributeSite: Sendable, Hashable {
        var name: String
        var value: Range<Int>
        var blockPath: [String]
    }

    /// A block header: the index of its type name and of each label's tokens.
    struct BlockSite: Sendable, Hashable {
        var typeIndex: Int
        var labels: [Range<Int>]
    }

    var attributes: [AttributeSite] = []
    var blocks: [BlockSite] = []

    init(tokens: [FormatToken]) {
        var walker = Walker(tokens: tokens)
        walker.body(path: [])
        attributes = walker.attributes
        blocks = walker.blocks
    }

    private struct Walker {
        let tokens: [FormatToken]
        var index = 0
        var attributes: [AttributeSite] = []
        var blocks: [BlockSite] = []

        init(tokens: [FormatToken]) {
            self.tokens = tokens
        }

        private var current: TokenKind {
            index < tokens.count ? tokens[index].kind : .endOfFile
        }

        /// Reads body items until a closing brace or the end of the file, leaving `index` there.
        mutating func body(path: [String]) {
            while true {
                while current == .newline || current == .comment { index += 1 }
                switch current {
                case .endOfFile, .closeBrace:
                    return
                case .identifier:
                    item(path: path)
                default:
                    // Not valid at body level; step over it so the walk always ends.
                    index += 1
                }
            }
        }

        private mutating func item(path: [String]) {
            let nameIndex = index
            let name = String(decoding: tokens[nameIndex].bytes, as: UTF8.self)
            index += 1
            skipInlineComments()
            if current == .equal {
                index += 1
                let value = expression()
                attributes.append(AttributeSite(name: name, value: value, blockPath: path))
                return
            }
            var labels: [Range<Int>] = []
            while index < tokens.count {
                skipInlineComments()
                if current == .identifier {
                    labels.append(index..<(index + 1))
                    index += 1
                } else if current == .openQuote {
                    let start = index
                    while index < tokens.count && tokens[index].kind != .closeQuote { index += 1 }
                    index = min(index + 1, tokens.count)
                    labels.append(start..<index)
                } else {
                    break
                }
            }
            blocks.append(BlockSite(typeIndex: nameIndex, labels: labels))
            guard current == .openBrace else { return }
            index += 1
            body(path: path + [name])
            if current == .closeBrace { index += 1 }
        }

        private mutating func skipInlineComments() {
            while index < tokens.count && tokens[index].kind == .comment && !tokens[index].isLineComment {
                index += 1
            }
        }

        /// Reads an attribute's value up to the end of its line (or the `}` of a one-line block)
        /// and returns its tokens without the comments before and after it.
        private mutating func expression() -> Range<Int> {
            let start = index
            var depth = 0
            scan: while index < tokens.count {
                let token = tokens[index]
                switch token.kind {
                case .endOfFile:
                    break scan
                case .newline where depth == 0, .closeBrace where depth == 0:
                    break scan
                case .comment where depth == 0 && token.isLineComment:
                    break scan
                case .openQuote, .openHeredoc:
                    depth += 1
                case .closeQuote, .closeHeredoc:
                    depth -= 1
                default:
                    depth += token.bracketChange
                }
                index += 1
            }
            var lower = start
            var upper = index
            while lower < upper && tokens[lower].kind == .comment { lower += 1 }
            while upper > lower && tokens[upper - 1].kind == .comment { upper -= 1 }
            return lower..<upper
        }
    }
}
