import Foundation
import HCL
import Lang
import Values

/// What `iac console` evaluates expressions against: the module in a directory, its variable
/// values and locals, and the built-in functions.
public struct ConsoleSession: Sendable {
    public let scope: ModuleScope
    public let functions: FunctionTable
    /// Problems found while loading the configuration and its variables.
    public let diagnostics: [Diagnostic]
    /// The parsed files, for showing source snippets in diagnostics.
    public let files: [ParsedFile]

    /// Loads the module in `directory`; `workingDirectory` is what `path.cwd` reports.
    public init(
        directory: String, workingDirectory: String, commandLine: [VariableValues.CommandLineItem], environment: [String: String]
    ) {
        let moduleFiles = ModuleFiles.load(directory: directory, displayPrefix: "")
        let (module, loadDiagnostics) = ModuleLoader.load(moduleFiles, directory: ".")
        var diagnostics = loadDiagnostics
        let (values, variableDiagnostics) = VariableValues.collect(
            module: module, directory: directory, commandLine: commandLine, environment: environment,
            unsetAsUnknown: true
        )
        diagnostics += variableDiagnostics
        let functions = BuiltinFunctions.table(baseDirectory: directory)
        let scope = ModuleScope(module: module, variableValues: values, workingDirectory: workingDirectory)
        let (evaluated, localDiagnostics) = LocalEvaluation.evaluateAll(in: scope, functions: functions)
        diagnostics += localDiagnostics
        self.scope = evaluated
        self.functions = functions
        self.diagnostics = diagnostics
        self.files = moduleFiles.files
    }

    /// What one line of input evaluates to.
    public enum Result: Sendable {
        case value(Value)
        /// The result of the console-only `type(x)` function: the type of `x`.
        case type(ValueType)
        /// `type(type(x))`: a type's own type, which the console prints as `type`.
        case typeOfType
    }

    /// The result of one line of input, or the problems that stop it.
    public func evaluate(_ line: String) -> (Result, [Diagnostic]) {
        let source = SourceFile(filename: "<console-input>", bytes: Array(line.utf8))
        let (expression, parseDiagnostics) = Parser.parseExpression(source)
        if parseDiagnostics.hasErrors { return (.value(.dynamicUnknown), parseDiagnostics) }
        var inner = expression
        var typeCalls = 0
        while case .functionCall(let call) = inner.kind, call.name == "type", call.arguments.count == 1, !call.expandsFinalArgument {
            typeCalls += 1
            inner = call.arguments[0]
        }
        let referenceDiagnostics = scope.checkReferences(in: inner)
        if referenceDiagnostics.hasErrors { return (.value(.dynamicUnknown), referenceDiagnostics) }
        let context = EvaluationContext(functions: functions, resolver: scope)
        let (value, diagnostics) = Evaluator.evaluate(inner, in: context)
        switch typeCalls {
        case 0: return (.value(value), diagnostics)
        case 1: return (.type(value.type), diagnostics)
        default: return (.typeOfType, diagnostics)
        }
    }
}
