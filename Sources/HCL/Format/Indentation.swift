/// Sets each line's indentation from the brackets opened and closed before it: two spaces per
/// open level. A line that opens several brackets at once indents the following lines by one
/// level only, and closing them all together brings it back by that one level.
enum Indentation {
    static func apply(to lines: [FormatLine], in tokens: inout [FormatToken]) {
        var levels: [Int] = []
        for line in lines {
            guard let first = line.lead.first else { continue }
            if tokens[first].kind == .newline {
                tokens[first].spacesBefore = 0
                continue
            }
            let net = netBrackets(of: line, in: tokens)
            if net < 0 {
                var closed = -net
                while closed > 0, let top = levels.last {
                    if closed >= top {
                        closed -= top
                        levels.removeLast()
                    } else {
                        levels[levels.count - 1] = top - closed
                        closed = 0
                    }
                }
            }
            tokens[first].spacesBefore = 2 * levels.count
            if net > 0 {
                levels.append(net)
            }
        }
    }

    /// The change in bracket depth over a line; a heredoc's content, which sits on the line of its
    /// introducer, does not count when the heredoc starts in the lead cell.
    private static func netBrackets(of line: FormatLine, in tokens: [FormatToken]) -> Int {
        var net = 0
        for index in line.lead {
            net += tokens[index].bracketChange
            if tokens[index].kind == .openHeredoc { break }
        }
        if let assign = line.assign {
            net += tokens[assign].reduce(0) { $0 + $1.bracketChange }
        }
        return net
    }
}
