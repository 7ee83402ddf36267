extension Parser {
    /// The rest of `[for ...]` or `{for ...}` after the opening bracket; newlines are insignificant.
    mutating func finishForExpression(open: Token, _ diagnostics: inout [Diagnostic]) -> Expression {
        stream.read()  // the `for` keyword
        let producesObject = open.kind == .openBrace
        let closer: TokenKind = producesObject ? .closeBrace : .closeBracket

        func fail(_ detail: String, _ parser: inout Parser, _ diagnostics: inout [Diagnostic]) -> Expression {
            let at = parser.stream.peek()
            if !parser.recovering {
                diagnostics.append(.error(
                    "Invalid 'for' expression", detail, at: at.range, context: open.range.through(at.range)))
            }
            let close = parser.skip(to: closer)
            return Expression(.invalid, range: open.range.through(close.range))
        }

        guard stream.peek().kind == .identifier else {
            return fail("For expression requires variable name after 'for'.", &self, &diagnostics)
        }
        var keyVariable: String?
        var valueVariable = text(stream.read())
        if stream.peek().kind == .comma {
            stream.read()
            keyVariable = valueVariable
            guard stream.peek().kind == .identifier else {
                return fail("For expression requires value variable name after comma.", &self, &diagnostics)
            }
            valueVariable = text(stream.read())
        }
        guard isKeyword("in", stream.peek()) else {
            return fail("For expression requires the 'in' keyword after its name declarations.", &self, &diagnostics)
        }
        stream.read()

        var collectionDiagnostics: [Diagnostic] = []
        let collection = parseExpression(&collectionDiagnostics)
        diagnostics.append(contentsOf: collectionDiagnostics)
        if recovering && collectionDiagnostics.hasErrors {
            let close = skip(to: closer)
            return Expression(.invalid, range: open.range.through(close.range))
        }
        guard stream.peek().kind == .colon else {
            return fail("For expression requires a colon after the collection expression.", &self, &diagnostics)
        }
        stream.read()

        var valueDiagnostics: [Diagnostic] = []
        var keyExpression: Expression?
        var valueExpression = parseExpression(&valueDiagnostics)
        if stream.peek().kind == .fatArrow {
            stream.read()
            keyExpression = valueExpression
            valueExpression = parseExpression(&valueDiagnostics)
        }
        diagnostics.append(contentsOf: valueDiagnostics)
        if recovering && valueDiagnostics.hasErrors {
            let close = skip(to: closer)
            return Expression(.invalid, range: open.range.through(close.range))
        }

        var ellipsis: Token?
        if stream.peek().kind == .ellipsis { ellipsis = stream.read() }

        var condition: Expression?
        if isKeyword("if", stream.peek()) {
            stream.read()
            var conditionDiagnostics: [Diagnostic] = []
            condition = parseExpression(&conditionDiagnostics)
            diagnostics.append(contentsOf: conditionDiagnostics)
            if recovering && conditionDiagnostics.hasErrors {
                let close = skip(to: closer)
                return Expression(.invalid, range: open.range.through(close.range))
            }
        }

        var close: Token
        if stream.peek().kind == closer {
            close = stream.read()
        } else {
            let extra = stream.peek()
            if !recovering {
                diagnostics.append(.error(
                    "Invalid 'for' expression", "Extra characters after the end of the 'for' expression.",
                    at: extra.range, context: open.range.through(extra.range)))
            }
            close = skip(to: closer)
        }
        let whole = open.range.through(close.range)

        if !producesObject {
            if let keyExpression {
                diagnostics.append(.error(
                    "Invalid 'for' expression", "Key expression is not valid when building a tuple.",
                    at: keyExpression.range, context: whole))
            }
            if let ellipsis {
                diagnostics.append(.error(
                    "Invalid 'for' expression", "Grouping ellipsis (...) cannot be used when building a tuple.",
                    at: ellipsis.range, context: whole))
            }
        } else if keyExpression == nil {
            diagnostics.append(.error(
                "Invalid 'for' expression", "Key expression is required when building an object.",
                at: valueExpression.range, context: whole))
        }

        let forExpression = ForExpression(
            keyVariable: keyVariable, valueVariable: valueVariable, collection: collection,
            keyExpression: producesObject ? (keyExpression ?? Expression(.invalid, range: valueExpression.range)) : nil,
            valueExpression: valueExpression, condition: condition, isGrouped: ellipsis != nil,
            openRange: open.range, closeRange: close.range)
        return Expression(.forExpression(forExpression), range: whole)
    }
}
