import HCL
import Lang

/// A `.tftest.hcl` or `.tftest.json` file: the runs `terraform test` would execute in order,
/// with the variables, providers and overrides they share.
public struct TestFile: Sendable {
    /// The file's name as diagnostics show it (`tests/main.tftest.hcl`).
    public var filename: String
    /// The file-wide `variables` block's values by name.
    public var variables: [String: HCL.Expression] = [:]
    public var runs: [TestRun] = []
    /// `provider` and `mock_provider` blocks by `name` or `name.alias`.
    public var providers: [String: TestProvider] = [:]
    /// `override_resource`, `override_data` and `override_module` blocks for every run.
    public var overrides: [TestOverride] = []

    public init(filename: String) {
        self.filename = filename
    }
}

/// A `run` block: one plan or apply of the module under test and what to check afterwards.
public struct TestRun: Sendable {
    public enum Command: Sendable { case apply, plan }

    public var name: String
    public var command: Command = .apply
    /// The module to run instead of the one under test.
    public var module: TestRunModule?
    public var variables: [String: HCL.Expression] = [:]
    public var asserts: [CheckRule] = []
    /// The checkable objects whose conditions are expected to fail.
    public var expectFailures: [Traversal] = []
    /// The provider configurations of the file passed to the module, as in a module call.
    public var providers: [PassedProvider] = []
    public var overrides: [TestOverride] = []
    /// The internal state file the run uses, when not the default for its module.
    public var stateKey: String?
    /// Where the run's label is, which duplicate names are reported at.
    public var nameRange: SourceRange
    public var range: SourceRange

    public init(name: String, nameRange: SourceRange, range: SourceRange) {
        self.name = name
        self.nameRange = nameRange
        self.range = range
    }
}

/// A run's `module` block: where the module to run comes from.
public struct TestRunModule: Sendable {
    /// The source address; nil when it could not be read.
    public var source: ModuleSourceAddress?
    /// The `source` as written, for telling local modules apart.
    public var sourceText: String?
    public var range: SourceRange
}

/// A `provider` or `mock_provider` block of a test file.
public struct TestProvider: Sendable {
    public var name: String
    public var alias: String?
    public var isMock: Bool
    /// A mock provider's `override_*` blocks.
    public var overrides: [TestOverride] = []
    public var nameRange: SourceRange
    public var range: SourceRange
}

/// An `override_resource`, `override_data` or `override_module` block: values used instead of
/// what the target would produce.
public struct TestOverride: Sendable {
    public enum Kind: String, Sendable {
        case resource = "override_resource"
        case data = "override_data"
        case module = "override_module"
    }

    public var kind: Kind
    public var target: ConfigAddress
    /// The whole `target = ...` argument, where problems with the target are reported.
    public var targetRange: SourceRange
    public var range: SourceRange
}
