import Addresses
import Render
import State
import Testing
import Values

@Suite("iac show and state commands against Terraform 1.15.5")
struct StateRendererTests {
    @Test("show prints every object with aligned attributes, sensitive values hidden, then the outputs")
    func show() throws {
        for (state, text) in [("state.json", "show-state.txt"), ("state2.json", "show-state2.txt")] {
            let fixture = try TerraformStateFixture(state)
            expectSameText(StateRenderer(color: false).state(fixture.snapshot, values: fixture.values), try TerraformPlanFixture.text(text))
        }
    }

    @Test("state show prints one object")
    func showOne() throws {
        let fixture = try TerraformStateFixture("state.json")
        for name in ["kinds", "secret"] {
            let address = try AddressParser.instance("terraform_data.\(name)").get()
            let object = try #require(fixture.snapshot.object(address))
            let value = try #require(fixture.values[address]).marking(paths: object.sensitivePaths, with: .sensitive)
            expectSameText(StateRenderer(color: false).resource(address, value: value), try TerraformPlanFixture.text("state-show-\(name).txt"))
        }
    }

    @Test("an empty state says so")
    func empty() throws {
        let snapshot = StateSnapshot(lineage: "l", serial: 0)
        expectSameText(StateRenderer(color: false).state(snapshot, values: [:]), try TerraformPlanFixture.text("show-empty.txt"))
        #expect(StateRenderer(color: false).list(snapshot) == "")
    }

    @Test("state list names every instance in address order")
    func list() throws {
        let fixture = try TerraformStateFixture("state.json")
        var snapshot = fixture.snapshot
        snapshot.objects.reverse()
        expectSameText(StateRenderer(color: false).list(snapshot), try TerraformPlanFixture.text("state-list.txt"))
    }

    @Test("show -json writes the state as Terraform does")
    func json() throws {
        for state in ["state.json", "state2.json"] {
            let fixture = try TerraformStateFixture(state)
            expectSameText(StateJSON.render(fixture.snapshot, values: fixture.values) + "\n", try TerraformPlanFixture.text(state))
        }
        #expect(StateJSON.render(StateSnapshot(lineage: "l", serial: 0), values: [:]) == #"{"format_version":"1.0"}"#)
    }
}
