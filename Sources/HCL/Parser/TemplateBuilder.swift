/// Nests a template's flat pieces: `%{if}`…`%{else}`…`%{endif}` and `%{for}`…`%{endfor}`.
struct TemplateBuilder {
    private let tokens: [Parser.TemplateToken]
    private var position = 0

    init(tokens: [Parser.TemplateToken]) {
        self.tokens = tokens
    }

    private var current: Parser.TemplateToken { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() {
        if case .end = current { return }
        position += 1
    }

    mutating func build(_ diagnostics: inout [Diagnostic]) -> Template {
        var parts: [TemplatePart] = []
        while true {
            if case .end = current { break }
            if let part = parsePart(&diagnostics) { parts.append(part) }
        }
        return Template(parts: parts)
    }

    private mutating func parsePart(_ diagnostics: inout [Diagnostic]) -> TemplatePart? {
        let token = current
        advance()
        switch token {
        case .literal(let value, let range):
            return .literal(value, range: range)
        case .interpolation(let expression, let range):
            return .interpolation(expression, range: range)
        case .ifOpen(let condition, let range):
            return parseIf(condition: condition, openRange: range, &diagnostics)
        case .forOpen(let key, let value, let collection, let range):
            return parseFor(key: key, value: value, collection: collection, openRange: range, &diagnostics)
        case .end(let range):
            diagnostics.append(.error(
                "Unexpected end of template", "The control directives within this template are unbalanced.", at: range))
            return nil
        case .elseMarker(let range), .endIf(let range), .endFor(let range):
            diagnostics.append(.error(
                "Unexpected \(Self.name(of: token)) directive", "The control directives within this template are unbalanced.",
                at: range))
            return nil
        }
    }

    private static func name(of token: Parser.TemplateToken) -> String {
        switch token {
        case .elseMarker: "else"
        case .endIf: "endif"
        case .endFor: "endfor"
        default: "template"
        }
    }

    private mutating func parseIf(condition: Expression, openRange: SourceRange, _ diagnostics: inout [Diagnostic]) -> TemplatePart? {
        var thenParts: [TemplatePart] = []
        var elseParts: [TemplatePart]?
        while true {
            let token = current
            switch token {
            case .end(let range):
                diagnostics.append(.error(
                    "Unexpected end of template",
                    "The if directive at \(openRange.displayString) is missing its corresponding endif directive.", at: range))
                return nil
            case .elseMarker(let range):
                advance()
                if elseParts == nil {
                    elseParts = []
                    continue
                }
                diagnostics.append(.error(
                    "Unexpected else directive",
                    "Already in the else clause for the if started at \(openRange.displayString).", at: range))
                return nil
            case .endIf(let range):
                advance()
                return .conditional(
                    condition: condition, then: Template(parts: thenParts), else: elseParts.map(Template.init(parts:)),
                    range: openRange.through(range))
            case .endFor(let range):
                advance()
                diagnostics.append(.error(
                    "Unexpected endfor directive",
                    "Expecting an endif directive for the if started at \(openRange.displayString).", at: range))
                return nil
            default:
                if let part = parsePart(&diagnostics) {
                    if elseParts != nil { elseParts?.append(part) } else { thenParts.append(part) }
                }
            }
        }
    }

    private mutating func parseFor(
        key: String?, value: String, collection: Expression, openRange: SourceRange, _ diagnostics: inout [Diagnostic]
    ) -> TemplatePart? {
        var body: [TemplatePart] = []
        while true {
            let token = current
            switch token {
            case .end(let range):
                diagnostics.append(.error(
                    "Unexpected end of template",
                    "The for directive at \(openRange.displayString) is missing its corresponding endfor directive.", at: range))
                return nil
            case .elseMarker(let range):
                advance()
                diagnostics.append(.error(
                    "Unexpected else directive", "An else clause is not expected for a for directive.", at: range))
                return nil
            case .endIf(let range):
                advance()
                diagnostics.append(.error(
                    "Unexpected endif directive",
                    "Expecting an endfor directive corresponding to the for directive at \(openRange.displayString).", at: range))
                return nil
            case .endFor(let range):
                advance()
                return .loop(
                    keyVariable: key, valueVariable: value, collection: collection, body: Template(parts: body),
                    range: openRange.through(range))
            default:
                if let part = parsePart(&diagnostics) { body.append(part) }
            }
        }
    }
}
