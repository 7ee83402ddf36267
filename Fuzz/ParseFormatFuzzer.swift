// libFuzzer entry point for the HCL parser and formatter. Built by scripts/fuzz, not by SwiftPM:
// it is compiled in one module with Sources/HCL, so it sees internal API too.
//
// Invariants checked on every input, besides not crashing:
// - the lexer's tokens end with the end of file, in order, inside the input;
// - every diagnostic's ranges lie inside the input;
// - formatting agrees with parsing: it rejects exactly the files with syntax errors;
// - formatted output parses without errors, and formatting it again changes nothing.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParseAndFormat(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let file = SourceFile(filename: "fuzz.tf", bytes: bytes)

    let parsed = Parser.parse(file)
    checkTokens(parsed.tokens, in: file)
    for diagnostic in parsed.diagnostics {
        for range in [diagnostic.subject, diagnostic.context].compactMap({ $0 }) {
            require(range.start.byte >= 0 && range.end.byte <= bytes.count,
                    "diagnostic range \(range.start.byte)..<\(range.end.byte) outside \(bytes.count) bytes: \(diagnostic.summary)")
        }
    }
    let parseFailed = parsed.diagnostics.contains { $0.severity == .error }

    switch Formatter.format(file) {
    case .syntaxErrors(let errors):
        require(parseFailed, "format rejected a file that parses: \(errors.first?.summary ?? "")")
    case .formatted(let once):
        require(!parseFailed, "format accepted a file with syntax errors")
        let reformatted = SourceFile(filename: "fuzz.tf", bytes: once)
        switch Formatter.format(reformatted) {
        case .syntaxErrors(let errors):
            require(false, "formatted output does not parse: \(errors.first?.summary ?? "")")
        case .formatted(let twice):
            require(twice == once, "formatting is not idempotent:\n--- once\n\(text(once))\n--- twice\n\(text(twice))")
        }
    }
    return 0
}

private func checkTokens(_ tokens: [Token], in file: SourceFile) {
    require(tokens.last?.kind == .endOfFile, "the token stream does not end with the end of file")
    var previousStart = 0
    for token in tokens {
        let range = token.range
        require(range.start.byte >= previousStart, "token \(token.kind) at \(range.start.byte) starts before the one before it (\(previousStart))")
        require(range.end.byte <= file.bytes.count, "token \(token.kind) ends at \(range.end.byte), past \(file.bytes.count) bytes")
        previousStart = range.start.byte
    }
}

private func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
}

/// Reports a broken invariant as a crash, which libFuzzer saves with the input that caused it.
private func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if condition() { return }
    fputs("invariant broken: \(message())\n", stderr)
    abort()
}
