import Engine
import Render
import Testing
import Values

@Suite("JSON plan against Terraform 1.15.5")
struct PlanJSONTests {
    /// The parts of a JSON plan iac writes: of the prior state only its resources, without
    /// `depends_on`, since the plan carries neither dependencies nor the outputs Terraform
    /// evaluates during refresh.
    private func comparable(_ json: Value) -> [String: Value] {
        var fields = json.attributes ?? [:]
        for key in ["configuration", "relevant_attributes", "timestamp"] { fields[key] = nil }
        let prior = fields["prior_state"]?.attributes?["values"]?.attributes?["root_module"]?.attributes?["resources"]?.elements ?? []
        fields["prior_state"] = .tuple(prior.map { resource in
            var members = resource.attributes ?? [:]
            members["depends_on"] = nil
            return Value.object(members)
        })
        return fields
    }

    @Test("planned values, resource changes with unknown and sensitive trees, output changes and the prior state")
    func plans() throws {
        for (file, mode) in [("plan-create.json", PlanMode.normal), ("plan-update.json", .normal), ("plan-destroy.json", .destroy), ("plan-read.json", .normal), ("plan-edge-update.json", .normal), ("plan-replace-reasons.json", .normal), ("plan-deposed.json", .normal), ("plan-variables.json", .normal)] {
            let plan = try TerraformPlanFixture.plan(file, mode: mode)
            let rendered = try comparable(Value.decodingJSON(PlanJSON.render(plan)))
            let expected = try comparable(Value.decodingJSON(TerraformPlanFixture.text(file)))
            #expect(Set(rendered.keys) == Set(expected.keys), "\(file)")
            for key in expected.keys.sorted() {
                let difference = firstDifference(rendered[key], expected[key], at: key)
                #expect(difference == nil, "\(file): \(difference ?? "")")
            }
        }
    }

    /// Where two JSON trees first differ, as a path and the two texts there.
    private func firstDifference(_ got: Value?, _ want: Value?, at path: String) -> String? {
        guard let got, let want else { return got == nil && want == nil ? nil : "\(path): got \(String(describing: got.flatMap { try? $0.jsonEncoded() })) want \(String(describing: want.flatMap { try? $0.jsonEncoded() }))" }
        if let gotAttributes = got.attributes, let wantAttributes = want.attributes, got.type.isObject, want.type.isObject {
            for key in Set(gotAttributes.keys).union(wantAttributes.keys).sorted() {
                if let difference = firstDifference(gotAttributes[key], wantAttributes[key], at: path + "." + key) { return difference }
            }
            return nil
        }
        if let gotElements = got.elements, let wantElements = want.elements, gotElements.count == wantElements.count {
            for index in gotElements.indices {
                if let difference = firstDifference(gotElements[index], wantElements[index], at: path + "[\(index)]") { return difference }
            }
            return nil
        }
        return got == want ? nil : "\(path): got \((try? got.jsonEncoded()) ?? "?") want \((try? want.jsonEncoded()) ?? "?")"
    }
}
