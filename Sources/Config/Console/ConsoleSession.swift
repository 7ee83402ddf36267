import Foundation
import HCL
import Lang
import Values

/// What `iac console` evaluates expressions against: the module in a directory, its variable
/// values and locals, the objects in state, and the built-in functions.
public struct ConsoleSession: Sendable {
    public let scope: ModuleScope
    public let functions: FunctionTable
    /// Problems loading the configuration or reading its variables' values, which stop the
    /// console as they stop Terraform's.
    public let diagnostics: [Diagnostic]
    /// Problems evaluating the configuration (values unsuitable for their variables, local
    /// values that fail), which Terraform's console reports before going on.
    public let evaluationDiagnostics: [Diagnostic]
    /// The root module variables' values and where each was given.
    public let inputs: [String: InputValue]
    /// The parsed files, for showing source snippets in diagnostics.
    public let files: [ParsedFile]

    /// Loads the module in `directory`; `workingDirectory` is what `path.cwd` reports.
    /// `objects` are the values of resources and data sources in state, by `type.name` and
    /// `data.type.name`; references to other objects are unknown.
    public init(
        directory: String, workingDirectory: String, commandLine: [VariableValues.CommandLineItem], environment: [String: String],
        objects: [String: Value] = [:]
    ) {
        let moduleFiles = ModuleFiles.load(directory: directory, displayPrefix: "")
        let (module, loadDiagnostics) = ModuleLoader.load(moduleFiles, directory: ".")
        let collected = VariableValues.collectInputs(
            module: module, directory: directory, commandLine: commandLine, environment: environment,
            unsetAsUnknown: true
        )
        let functions = BuiltinFunctions.table(baseDirectory: directory)
        var scope = ModuleScope(module: module, variableValues: collected.values.mapValues(\.value), workingDirectory: workingDirectory)
        scope.objects = objects
        let (evaluated, localDiagnostics) = LocalEvaluation.evaluateAll(in: scope, functions: functions)
        self.scope = evaluated
        self.functions = functions
        self.diagnostics = loadDiagnostics + collected.diagnostics
        self.evaluationDiagnostics = collected.unsuitable + localDiagnostics
        self.inputs = collected.values
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
