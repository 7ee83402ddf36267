import Addresses
import Engine
import Render
import Testing
import Values

/// Plans with typed attributes (maps, sets, replacement paths) that `terraform_data` cannot
/// produce, checked against Terraform's renderer as seen in its published output.
@Suite("Plan rendering of typed attributes")
struct PlanTypedValueTests {
    private func address(_ type: String, _ name: String) -> ResourceInstanceAddress {
        ResourceInstanceAddress(resource: ResourceAddress(type: type, name: name))
    }

    private let header = """

        iac used the selected providers to generate the following execution plan.
        Resource actions are indicated with the following symbols:

        """

    @Test("a map attribute that forces replacement quotes its keys, aligns them and hides unchanged elements")
    func replacedMap() {
        let before = Value.object([
            "id": .string("3007857387807487201"),
            "triggers": .map(
                ["always_run": .string("2023-03-28T14:32:37Z"), "inventory_checksum": .string("abc"), "b": .string("2")],
                elementType: .string),
        ])
        let after = Value.object([
            "id": .unknown(.string),
            "triggers": .map(
                ["always_run": .unknown(.string), "inventory_checksum": .string("abc"), "b": .string("2")],
                elementType: .string),
        ])
        let change = ResourceChange(
            address: address("null_resource", "web_hosts_provision"), providerConfig: "provider[\"registry.terraform.io/hashicorp/null\"]",
            action: .deleteThenCreate, reason: .replaceBecauseCannotUpdate, before: before, after: after,
            requiresReplace: [[.attribute("triggers")]])
        let plan = Plan(mode: .normal, lineage: "l", serial: 1, changes: [change])
        expectSameText(PlanRenderer(color: false).render(plan), header + """
            -/+ destroy and then create replacement

            iac will perform the following actions:

              # null_resource.web_hosts_provision must be replaced
            -/+ resource "null_resource" "web_hosts_provision" {
                  ~ id       = "3007857387807487201" -> (known after apply)
                  ~ triggers = { # forces replacement
                      ~ "always_run"         = "2023-03-28T14:32:37Z" -> (known after apply)
                        # (2 unchanged elements hidden)
                    }
                }

            Plan: 1 to add, 0 to change, 1 to destroy.

            """)
    }

    @Test("without knowing the attribute is dynamic, a replaced terraform_data says which attribute forced it")
    func replaceMarkerWithoutSchema() throws {
        let plan = try TerraformPlanFixture.plan("plan-update.json")
        let cbd = try #require(plan.changes.first { $0.address.text == "terraform_data.cbd" })
        let text = PlanRenderer(color: false).render(Plan(mode: .normal, lineage: "l", serial: 1, changes: [cbd]))
        #expect(text.contains("      ~ triggers_replace = \"v1\" -> \"v2\" # forces replacement\n"))
        let typed = PlanRenderer(color: false, dynamicAttributes: TerraformPlanFixture.dynamicAttributes)
        #expect(typed.render(Plan(mode: .normal, lineage: "l", serial: 1, changes: [cbd])).contains("      ~ triggers_replace = \"v1\" -> \"v2\"\n"))
    }

    @Test("set elements are matched by value: removed and added ones shown, unchanged ones counted")
    func setElements() {
        let change = ResourceChange(
            address: address("aws_security_group", "web"), providerConfig: "provider[\"registry.terraform.io/hashicorp/aws\"]",
            action: .update,
            before: .object(["id": .string("sg-1"), "cidrs": .set([.string("a"), .string("b")], elementType: .string)]),
            after: .object(["id": .string("sg-1"), "cidrs": .set([.string("b"), .string("c")], elementType: .string)]))
        let plan = Plan(mode: .normal, lineage: "l", serial: 1, changes: [change])
        expectSameText(PlanRenderer(color: false).render(plan), header + """
              ~ update in-place

            iac will perform the following actions:

              # aws_security_group.web will be updated in-place
              ~ resource "aws_security_group" "web" {
                  ~ cidrs = [
                      - "a",
                      + "c",
                        # (1 unchanged element hidden)
                    ]
                    id    = "sg-1"
                }

            Plan: 0 to add, 1 to change, 0 to destroy.

            """)
    }

    @Test("objects changed outside iac come first, with the note and the rule before the planned actions")
    func drift() {
        let address = address("local_file", "notes")
        let state = Value.object(["id": .string("abc"), "content": .string("old"), "filename": .string("notes.txt")])
        let drifted = ResourceChange(address: address, providerConfig: "provider[\"registry.terraform.io/hashicorp/local\"]", action: .delete, before: state, after: nil)
        let create = ResourceChange(
            address: address, providerConfig: "provider[\"registry.terraform.io/hashicorp/local\"]", action: .create, before: nil,
            after: .object(["id": .unknown(.string), "content": .string("old"), "filename": .string("notes.txt")]))
        let plan = Plan(mode: .normal, lineage: "l", serial: 1, changes: [create], drift: [drifted])
        expectSameText(PlanRenderer(color: false).render(plan), """

            Note: Objects have changed outside of iac

            iac detected the following changes made outside of iac since the last "iac
            apply" which may have affected this plan:

              # local_file.notes has been deleted
              - resource "local_file" "notes" {
                  - content  = "old" -> null
                  - filename = "notes.txt" -> null
                  - id       = "abc" -> null
                }


            Unless you have made equivalent changes to your configuration, or ignored the
            relevant attributes using ignore_changes, the following plan may include
            actions to undo or respond to these changes.

            ─────────────────────────────────────────────────────────────────────────────

            iac used the selected providers to generate the following execution plan.
            Resource actions are indicated with the following symbols:
              + create

            iac will perform the following actions:

              # local_file.notes will be created
              + resource "local_file" "notes" {
                  + content  = "old"
                  + filename = "notes.txt"
                  + id       = (known after apply)
                }

            Plan: 1 to add, 0 to change, 0 to destroy.

            """)
    }

    @Test("a plan that only changes outputs says applying it changes no infrastructure")
    func outputsOnly() {
        let plan = Plan(
            mode: .normal, lineage: "l", serial: 1,
            outputChanges: [OutputChange(name: "greeting", action: .create, before: nil, after: .string("hi"), sensitive: false)])
        expectSameText(PlanRenderer(color: false).render(plan), """

            Changes to Outputs:
              + greeting = "hi"

            You can apply this plan to save these new output values to the iac state,
            without changing any real infrastructure.

            """)
    }

    @Test("a refresh-only plan without changes says the objects still match")
    func refreshOnlyNoChanges() {
        let plan = Plan(mode: .refreshOnly, lineage: "l", serial: 1)
        expectSameText(PlanRenderer(color: false).render(plan), """

            No changes. Your infrastructure still matches the configuration.

            iac has checked that the real remote objects still match the result of your
            most recent changes, and found no differences.

            """)
    }
}
