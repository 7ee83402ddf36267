import Foundation

/// The committed expression corpus: each expression with the result the reference Terraform
/// gave for it (`Tests/Fixtures/expressions`).
struct ExpressionCase: Sendable, CustomStringConvertible {
    let family: String
    let expression: String
    let exitCode: Int
    let output: String?
    let summary: String?
    let detail: String?

    var description: String { "\(family): \(expression)" }
}

enum ExpressionCorpus {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/expressions")

    static var workdir: URL { root.appendingPathComponent("workdir") }

    static var families: [String] {
        let expected = root.appendingPathComponent("expected")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: expected.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.map { String($0.dropLast(".jsonl".count)) }.sorted()
    }

    static func cases(of family: String) -> [ExpressionCase] {
        let file = root.appendingPathComponent("expected/\(family).jsonl")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard let data = line.data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let expression = object["expr"] as? String else { return nil }
            return ExpressionCase(
                family: family, expression: expression, exitCode: object["exit"] as? Int ?? 0,
                output: object["output"] as? String, summary: object["summary"] as? String,
                detail: object["detail"] as? String
            )
        }
    }

    /// Cases iac does not match yet, as `family: expression` lines, with the reason in a
    /// comment above each group.
    static var knownGaps: Set<String> {
        let file = root.appendingPathComponent("known-gaps.txt")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return Set(text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty })
    }
}
