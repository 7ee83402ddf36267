import Testing

/// Expects two texts to be equal and, when they are not, records the first line that differs,
/// which a long plan's whole-text comparison hides.
func expectSameText(_ got: String, _ want: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(got == want, sourceLocation: sourceLocation)
    guard got != want else { return }
    let gotLines = got.components(separatedBy: "\n")
    let wantLines = want.components(separatedBy: "\n")
    let first = zip(gotLines, wantLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(gotLines.count, wantLines.count)
    let gotLine = first < gotLines.count ? gotLines[first] : "<end>"
    let wantLine = first < wantLines.count ? wantLines[first] : "<end>"
    Issue.record("line \(first + 1) differs:\n got: \(gotLine)\nwant: \(wantLine)", sourceLocation: sourceLocation)
}
