import Foundation
import HCL

/// Parses `text` as a file named `main.tf`.
func parse(_ text: String) -> ParsedFile {
    Parser.parse(SourceFile(filename: "main.tf", text: text))
}

/// Parses `text` as a lone expression.
func parseExpression(_ text: String) -> (HCL.Expression, [Diagnostic]) {
    Parser.parseExpression(SourceFile(filename: "expr.hcl", text: text))
}

/// The attribute `name` of the top-level body.
func attribute(_ name: String, in file: ParsedFile) -> Attribute? {
    file.body.attributes.first { $0.name == name }
}

/// `../shared/conformance` beside the package, found from this file's location.
let conformanceDirectory: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/conformance")
