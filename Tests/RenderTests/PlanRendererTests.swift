import Engine
import Render
import Testing

/// Expects the plan in a captured JSON plan to render as Terraform printed it.
private func expectMatches(
    _ planFile: String, _ textFile: String, mode: PlanMode = .normal, color: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let plan = try TerraformPlanFixture.plan(planFile, mode: mode)
    let expected = try TerraformPlanFixture.planText(TerraformPlanFixture.text(textFile))
    let renderer = PlanRenderer(color: color, dynamicAttributes: TerraformPlanFixture.dynamicAttributes)
    expectSameText(renderer.render(plan), expected, sourceLocation: sourceLocation)
}

@Suite("Plan rendering against Terraform 1.15.5")
struct PlanRendererTests {
    @Test("creating strings, numbers, bools, lists, maps, nested objects, nulls, sensitive and unknown values, counted and for_each instances, and outputs")
    func create() throws {
        try expectMatches("plan-create.json", "plan-create.txt")
    }

    @Test("updates in place, replacements both ways, deletions with their reasons, heredoc line diffs, hidden unchanged attributes and output changes")
    func update() throws {
        try expectMatches("plan-update.json", "plan-update.txt")
    }

    @Test("the same update in Terraform's colors")
    func updateInColor() throws {
        try expectMatches("plan-update.json", "plan-update-color.txt", color: true)
    }

    @Test("a destroy plan shows every attribute going to null")
    func destroy() throws {
        try expectMatches("plan-destroy.json", "plan-destroy.txt", mode: .destroy)
    }

    @Test("data sources read during apply, with the reason lines")
    func read() throws {
        try expectMatches("plan-read.json", "plan-read.txt")
    }

    @Test("replacements because tainted, as requested and by replace_triggered_by say so")
    func replaceReasons() throws {
        try expectMatches("plan-replace-reasons.json", "plan-replace-reasons.txt")
    }

    @Test("a deposed object left over from a failed replacement is destroyed with a note")
    func deposed() throws {
        try expectMatches("plan-deposed.json", "plan-deposed.txt")
    }

    @Test("a plan without changes says the infrastructure matches")
    func noChanges() throws {
        let plan = Plan(mode: .normal, lineage: "l", serial: 1)
        let expected = try TerraformPlanFixture.planText(TerraformPlanFixture.text("plan-nochanges.txt"))
        expectSameText(PlanRenderer(color: false).render(plan), expected)
    }
}

@Suite("Plan rendering of strings and collections against Terraform 1.15.5")
struct PlanValueRenderingTests {
    @Test("created JSON strings print as jsonencode, quoted keys, empty strings and lists of objects")
    func createEdges() throws {
        try expectMatches("plan-edge-create.json", "plan-edge-create.txt")
    }

    @Test("JSON diffs, whitespace-only JSON changes, elided list elements with context, heredoc line changes, type changes and sensitivity warnings")
    func updateEdges() throws {
        try expectMatches("plan-edge-update.json", "plan-edge-update.txt")
    }
}
