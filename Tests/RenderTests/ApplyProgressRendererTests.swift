import Addresses
@testable import Engine
import Foundation
import Render
import State
import Testing
import Values

@Suite("Apply progress against Terraform 1.15.5")
struct ApplyProgressRendererTests {
    /// The events behind a captured apply, read from its progress lines: the ids of started
    /// steps are left out, since the renderer takes them from the plan.
    private func events(_ text: String) throws -> [ApplyEvent] {
        let pattern = try NSRegularExpression(
            pattern: #"^(.+?)(?: \(deposed object ([0-9a-f]+)\))?: (Creating|Modifying|Destroying|Reading|Creation complete|Modifications complete|Destruction complete|Read complete)(?:\.\.\.| after (\d+)s)(?: \[id=([^\]]+)\])?$"#)
        return try text.components(separatedBy: "\n").compactMap { line -> ApplyEvent? in
            let range = NSRange(line.startIndex..., in: line)
            guard let match = pattern.firstMatch(in: line, range: range) else { return nil }
            func group(_ index: Int) -> String? {
                Range(match.range(at: index), in: line).map { String(line[$0]) }
            }
            guard let addressText = group(1), let verb = group(3),
                case .success(let address) = AddressParser.instance(addressText)
            else { throw TerraformPlanFixture.FixtureError(description: "unreadable line \(line)") }
            let steps: [String: ApplyStep] = [
                "Creating": .create, "Creation complete": .create, "Modifying": .update, "Modifications complete": .update,
                "Destroying": .destroy, "Destruction complete": .destroy, "Reading": .read, "Read complete": .read,
            ]
            let step = steps[verb] ?? .create
            if let seconds = group(4).flatMap(Int.init) {
                return .finished(address, step, deposedKey: group(2), seconds: seconds, id: group(5))
            }
            return .started(address, step, deposedKey: group(2))
        }
    }

    private func outputs(_ stateFile: String) throws -> [String: OutputState] {
        try TerraformStateFixture(stateFile).snapshot.outputs
    }

    private func result(added: Int, changed: Int, destroyed: Int) -> ApplyResult {
        var result = ApplyResult()
        (result.added, result.changed, result.destroyed) = (added, changed, destroyed)
        return result
    }

    @Test("an update: modifying, replacing create-before-destroy with its deposed object, destroying, then the summary and outputs")
    func update() throws {
        let captured = try TerraformPlanFixture.text("apply-update.txt")
        let plan = try TerraformPlanFixture.plan("plan-update.json")
        let renderer = ApplyProgressRenderer(color: false, plan: plan)
        let progress = try events(captured).map(renderer.render).joined()
        let text = progress + renderer.summary(result(added: 3, changed: 3, destroyed: 5), mode: .normal)
            + OutputRenderer(color: false).afterApply(try outputs("state2.json"))
        expectSameText(text, captured)
    }

    @Test("a create prints no id until the object exists")
    func create() throws {
        let captured = try TerraformPlanFixture.text("apply-create.txt")
        let plan = try TerraformPlanFixture.plan("plan-create.json")
        let renderer = ApplyProgressRenderer(color: false, plan: plan)
        let progress = try events(captured).map(renderer.render).joined()
        let text = progress + renderer.summary(result(added: 11, changed: 0, destroyed: 0), mode: .normal)
            + OutputRenderer(color: false).afterApply(try outputs("state.json"))
        expectSameText(text, captured)
    }

    @Test("destroy says Destroy complete, a saved destroy plan applied says Apply complete")
    func destroy() throws {
        let plan = try TerraformPlanFixture.plan("plan-destroy.json", mode: .destroy)
        let renderer = ApplyProgressRenderer(color: false, plan: plan)
        for (file, saved) in [("destroy.txt", false), ("apply-destroy.txt", true)] {
            let captured = try TerraformPlanFixture.text(file)
            let progressLines = captured.components(separatedBy: "\n").filter { $0.contains("Destroying...") || $0.contains("Destruction complete") }
            let progress = try events(progressLines.joined(separator: "\n")).map(renderer.render).joined()
            #expect(progress == progressLines.map { $0 + "\n" }.joined())
            #expect(captured.hasSuffix(renderer.summary(result(added: 0, changed: 0, destroyed: 9), mode: .destroy, savedPlan: saved)))
        }
    }

    @Test("data sources read during apply, with no id when the object has none")
    func read() throws {
        let plan = try TerraformPlanFixture.plan("plan-read.json")
        let renderer = ApplyProgressRenderer(color: false, plan: plan)
        let address = try AddressParser.instance("data.terraform_remote_state.dep").get()
        #expect(renderer.render(.started(address, .read, deposedKey: nil)) == "data.terraform_remote_state.dep: Reading...\n")
        #expect(renderer.render(.finished(address, .read, deposedKey: nil, seconds: 0, id: nil)) == "data.terraform_remote_state.dep: Read complete after 0s\n")
    }

    @Test("refreshing lines name the object's id")
    func refreshing() throws {
        let captured = try TerraformPlanFixture.text("plan-update.txt")
        let plan = try TerraformPlanFixture.plan("plan-update.json")
        let renderer = ApplyProgressRenderer(color: false, plan: plan)
        let lines = captured.components(separatedBy: "\n").filter { $0.contains("Refreshing state...") }
        #expect(lines.count == 11)
        for line in lines {
            let parts = line.components(separatedBy: ": Refreshing state... [id=")
            let address = try AddressParser.instance(parts[0]).get()
            let id = String(parts[1].dropLast())
            #expect(renderer.refreshing(address, id: id) == line + "\n")
        }
    }

    @Test("a deposed object is named with its key while refreshing and destroying, and without it when done")
    func deposed() throws {
        let plan = try TerraformPlanFixture.plan("plan-deposed.json")
        let renderer = ApplyProgressRenderer(color: false, plan: plan)
        let address = try AddressParser.instance("terraform_data.a").get()
        #expect(renderer.refreshing(address, deposedKey: "abcd1234", id: "old-id") == "terraform_data.a (deposed object abcd1234): Refreshing state... [id=old-id]\n")
        #expect(renderer.render(.started(address, .destroy, deposedKey: "abcd1234")) == "terraform_data.a (deposed object abcd1234): Destroying... [id=old-id]\n")
        #expect(renderer.render(.finished(address, .destroy, deposedKey: "abcd1234", seconds: 0, id: nil)) == "terraform_data.a: Destruction complete after 0s\n")
    }

    @Test("long-running steps report minutes and seconds, with the object's id for updates and destroys")
    func stillRunning() throws {
        let plan = try TerraformPlanFixture.plan("plan-update.json")
        let renderer = ApplyProgressRenderer(color: false, plan: plan)
        let base = try AddressParser.instance("terraform_data.base").get()
        let fresh = try AddressParser.instance("terraform_data.fresh").get()
        #expect(renderer.render(.stillRunning(fresh, .create, deposedKey: nil, seconds: 10)) == "terraform_data.fresh: Still creating... [00m10s elapsed]\n")
        #expect(renderer.render(.stillRunning(base, .update, deposedKey: nil, seconds: 75))
            == "terraform_data.base: Still modifying... [id=d0e85105-3452-3fd9-e256-e0bcb4c1d33c, 01m15s elapsed]\n")
        #expect(renderer.render(.finished(fresh, .create, deposedKey: nil, seconds: 3725, id: "x")) == "terraform_data.fresh: Creation complete after 1h2m5s [id=x]\n")
        #expect(renderer.render(.failed(fresh, .create, deposedKey: nil)) == "")
    }

    @Test("colors: bold progress lines and a green summary")
    func colors() throws {
        let captured = try TerraformPlanFixture.text("apply-color.txt")
        let plain = captured.replacingOccurrences(of: "\u{1B}[0m", with: "").replacingOccurrences(of: "\u{1B}[1m", with: "")
            .replacingOccurrences(of: "\u{1B}[32m", with: "")
        let renderer = ApplyProgressRenderer(color: true, plan: try TerraformPlanFixture.plan("plan-taint.json"))
        let text = try events(plain).map(renderer.render).joined() + renderer.summary(result(added: 2, changed: 0, destroyed: 2), mode: .normal)
        expectSameText(text, captured)
    }
}
