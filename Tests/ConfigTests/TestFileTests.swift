import Config
import Foundation
import HCL
import Testing

/// What a test file declares, as `TestFileLoader` reads it (the fixture's diagnostics are
/// checked against Terraform's in `ValidateFixtureTests`).
@Suite("Test files")
struct TestFileTests {
    private let directory = ValidateFixtureTests.fixtures.appendingPathComponent("tests-valid").path

    @Test("test files are read from the module's directory, then from tests/, in HCL and JSON")
    func files() {
        let (files, tests, diagnostics) = TestFileLoader.load(directory: directory, displayPrefix: "")
        #expect(diagnostics.isEmpty)
        #expect(files.map(\.source.filename) == ["main.tftest.hcl", "tests/again.tftest.hcl", "tests/json.tftest.json"])
        #expect(tests.map(\.filename) == files.map(\.source.filename))
    }

    @Test("runs keep their command, module, variables, assertions, expected failures and overrides")
    func runs() throws {
        let tests = TestFileLoader.load(directory: directory, displayPrefix: "").tests
        let main = try #require(tests.first)
        #expect(main.runs.map(\.name) == ["setup", "plan", "failures", "refresh"])
        #expect(main.runs.map(\.command) == [.apply, .plan, .apply, .apply])
        #expect(main.runs[0].module?.source == .local("./setup"))
        #expect(main.runs[0].overrides.map(\.target.text) == ["terraform_data.seed"])
        #expect(main.runs[1].stateKey == "planning")
        #expect(main.runs[1].providers.map(\.inChild.name) == ["terraform"])
        #expect(main.runs[1].asserts.count == 1)
        #expect(main.runs[2].expectFailures.count == 6)
        #expect(main.variables.keys.sorted() == ["name"])
        #expect(main.providers.keys.sorted() == ["terraform.mocked", "terraform.second"])
        #expect(main.providers["terraform.mocked"]?.overrides.map(\.target.text) == ["terraform_data.app"])
        #expect(main.overrides.map(\.kind) == [.data, .module])
        let json = try #require(tests.last)
        #expect(json.runs.map(\.command) == [.plan])
        #expect(json.runs.first?.expectFailures.count == 1)
    }

    @Test("validate reports the problems of test files with the configuration's")
    func validation() {
        let result = ConfigValidation.validate(directory: directory, displayPrefix: "", workingDirectory: directory)
        #expect(result.diagnostics.isEmpty)
        #expect(result.tests.count == 3)
        #expect(result.files.files.map(\.source.filename).contains("setup/main.tf"))
    }
}
