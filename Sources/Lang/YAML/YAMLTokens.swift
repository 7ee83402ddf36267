/// A position in YAML source: line and column count from zero, columns in characters.
struct YAMLMark {
    var index = 0
    var line = 0
    var column = 0
}

/// A YAML syntax error as libyaml reports it: the problem, where it was found, and the
/// construct being read when it was.
struct YAMLSyntaxError: Error {
    let problem: String
    let problemMark: YAMLMark
    let contextMark: YAMLMark?
    /// Scanner errors are located at the start of the line after the problem.
    let fromScanner: Bool

    /// The text Terraform shows: errors on the first line carry no position.
    var message: String {
        if problemMark.line != 0 {
            if fromScanner { return "on line \(problemMark.line + 1), column 1: \(problem)" }
            return "on line \(problemMark.line), column \(problemMark.column + 1): \(problem)"
        }
        if let contextMark, contextMark.line != 0 {
            return "on line \(contextMark.line), column \(contextMark.column + 1): \(problem)"
        }
        return problem
    }
}

enum YAMLScalarStyle {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

enum YAMLTokenKind: Equatable {
    case streamStart, streamEnd
    case versionDirective(String)
    case tagDirective(handle: String, prefix: String)
    case documentStart, documentEnd
    case blockSequenceStart, blockMappingStart, blockEnd
    case flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd
    case blockEntry, flowEntry, key, value
    case alias(String)
    case anchor(String)
    case tag(handle: String, suffix: String)
    case scalar(String, YAMLScalarStyle)
}

struct YAMLToken {
    var kind: YAMLTokenKind
    var start: YAMLMark
    var end: YAMLMark
}
