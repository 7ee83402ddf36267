import Foundation
import HCL
import Values

/// `templatefile` and `templatestring`: render a template with the given variables and the
/// other built-in functions.
public enum TemplateFunctions {
    public static func all(baseDirectory: String, functions: FunctionTable) -> [String: Function] {
        [
            "templatefile": templatefile(baseDirectory: baseDirectory, functions: functions),
            "templatestring": templatestring(functions: functions),
        ]
    }

    private static func templatefile(baseDirectory: String, functions: FunctionTable) -> Function {
        Function(
            parameters: [
                FunctionParameter("path", .string),
                FunctionParameter("vars", .dynamic),
            ],
            returnType: { _ throws(FunctionError) in .dynamic },
            implementation: { arguments, _ throws(FunctionError) in
                let path = arguments[0].stringValue ?? ""
                let full = path.hasPrefix("/") ? path : (baseDirectory as NSString).appendingPathComponent(path)
                guard let data = FileManager.default.contents(atPath: full) else {
                    throw .argument(index: 0, message: "no file exists at \(goQuoted(path)); this function works only with files that are distributed as part of the configuration source code, so if this file will be created by a resource in this configuration you must instead obtain this result from an attribute of that resource")
                }
                return try render(SourceFile(filename: path, bytes: Array(data)), vars: arguments[1], functions: functions)
            }
        )
    }

    private static func templatestring(functions: FunctionTable) -> Function {
        Function(
            parameters: [
                FunctionParameter("template", .string),
                FunctionParameter("vars", .dynamic),
            ],
            returnType: { _ throws(FunctionError) in .dynamic },
            implementation: { arguments, _ throws(FunctionError) in
                let text = arguments[0].stringValue ?? ""
                return try render(SourceFile(filename: "<templatestring argument>", bytes: Array(text.utf8)), vars: arguments[1], functions: functions)
            }
        )
    }

    private static func render(_ source: SourceFile, vars: Value, functions: FunctionTable) throws(FunctionError) -> Value {
        guard vars.type.isObject || vars.type.isMap else {
            throw .argument(index: 1, message: "invalid vars value: must be a map")
        }
        let (expression, parseDiagnostics) = Parser.parseTemplate(source)
        if let error = parseDiagnostics.first(where: { $0.severity == .error }) {
            throw .call(describe(error))
        }
        let variables = vars.attributes ?? [:]
        for reference in ReferenceCollector.references(in: expression) where variables[reference.root] == nil {
            throw .argument(index: 1, message: "vars map does not contain key \(goQuoted(reference.root)), referenced at \(reference.rootRange.displayString)")
        }
        let context = EvaluationContext(variables: variables.mapValues { $0.marked(vars.marks) }, functions: functions)
        let (value, diagnostics) = Evaluator.evaluate(expression, in: context)
        if let error = diagnostics.first(where: { $0.severity == .error }) {
            throw .call(describe(error))
        }
        if value.isNull {
            throw .call("\(expression.range.displayString): Template result is null; The result of the template is null, which is not a valid result for a templatestring call.")
        }
        return value
    }

    private static func describe(_ diagnostic: Diagnostic) -> String {
        let location = diagnostic.subject.map { "\($0.displayString): " } ?? ""
        return "\(location)\(diagnostic.summary); \(diagnostic.detail)"
    }
}
