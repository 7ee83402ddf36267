import Addresses
@testable import Engine
import Foundation
import HCL
import State
import Testing
import Values

@Suite("plan and apply")
struct PlanApplyTests {
    @Test("a new resource is created, then plans no changes; a changed argument updates it in place")
    func createThenUpdate() async throws {
        let harness = try EngineHarness()
        try harness.write(#"resource "test_thing" "a" { value = "one" }"#)
        let (first, result, diagnostics) = try await harness.apply()
        #expect(diagnostics.isEmpty)
        #expect(EngineHarness.actions(first) == ["test_thing.a": .create])
        #expect(result.added == 1)
        let (again, _) = try await harness.plan()
        #expect(again?.hasChanges == false)
        try harness.write(#"resource "test_thing" "a" { value = "two" }"#)
        let (update, updated, _) = try await harness.apply()
        #expect(EngineHarness.actions(update) == ["test_thing.a": .update])
        #expect(updated.changed == 1)
        #expect(harness.provider.calls == ["create thing-1 one", "update thing-1 two"])
    }

    @Test("an argument that forces replacement deletes and creates; create_before_destroy creates first")
    func replacement() async throws {
        let harness = try EngineHarness()
        try harness.write(#"resource "test_thing" "a" { size = 1 }"#)
        try await harness.apply()
        try harness.write(#"resource "test_thing" "a" { size = 2 }"#)
        let (plan, result, _) = try await harness.apply()
        #expect(EngineHarness.actions(plan) == ["test_thing.a": .deleteThenCreate])
        #expect(plan.changes.first?.requiresReplace == [[.attribute("size")]])
        #expect(result.added == 1 && result.destroyed == 1)
        #expect(harness.provider.calls == ["create thing-1 ", "delete thing-1", "create thing-2 "])
        try harness.write(#"""
        resource "test_thing" "a" {
          size = 3
          lifecycle { create_before_destroy = true }
        }
        """#)
        let (cbd, _, _) = try await harness.apply()
        #expect(EngineHarness.actions(cbd) == ["test_thing.a": .createThenDelete])
        #expect(harness.provider.calls.suffix(2) == ["create thing-3 ", "delete thing-2"])
        #expect(try harness.stateAddresses() == ["test_thing.a"])
    }

    @Test("count shrinking deletes the instances out of range; references see a tuple")
    func countShrinks() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        variable "n" { default = 3 }
        resource "test_thing" "a" {
          count = var.n
          value = "v${count.index}"
        }
        output "ids" { value = test_thing.a[*].value }
        """#)
        try await harness.apply()
        #expect(try harness.stateAddresses() == ["test_thing.a[0]", "test_thing.a[1]", "test_thing.a[2]"])
        var shrunk = harness
        shrunk.variables = ["n": .number(1)]
        let (plan, result, _) = try await shrunk.apply()
        #expect(EngineHarness.actions(plan) == ["test_thing.a[0]": .noOp, "test_thing.a[1]": .delete, "test_thing.a[2]": .delete])
        #expect(plan.changes.first { $0.address.key == .index(2) }?.reason == .deleteBecauseCountIndex)
        #expect(result.destroyed == 2)
        let outputs = try harness.store.read().outputs
        #expect(outputs["ids"]?.valueJSON == #"["v0"]"#)
    }

    @Test("for_each instances are keyed by the map's keys and removed keys are deleted")
    func forEachKeys() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        resource "test_thing" "a" {
          for_each = { x = "1", y = "2" }
          value    = each.value
        }
        """#)
        try await harness.apply()
        #expect(try harness.stateAddresses() == [#"test_thing.a["x"]"#, #"test_thing.a["y"]"#])
        try harness.write(#"""
        resource "test_thing" "a" {
          for_each = { y = "2" }
          value    = each.value
        }
        """#)
        let (plan, _, _) = try await harness.apply()
        #expect(plan.changes.first { $0.address.key == .key("x") }?.reason == .deleteBecauseEachKey)
        #expect(try harness.stateAddresses() == [#"test_thing.a["y"]"#])
    }

    @Test("unknown values flow into dependents at plan and are known after apply")
    func unknownsFlow() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        resource "test_thing" "a" { value = "a" }
        resource "test_thing" "b" { value = test_thing.a.computed }
        """#)
        let (plan, _) = try await harness.plan()
        let after = plan?.changes.first { $0.address.resource.name == "b" }?.after
        #expect(after?.attributes?["value"]?.isKnown == false)
        try await harness.apply()
        #expect(harness.provider.calls == ["create thing-1 a", "create thing-2 computed-a"])
    }

    @Test("a resource removed from the configuration is destroyed, dependents before dependencies")
    func removedResources() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        resource "test_thing" "a" { value = "a" }
        resource "test_thing" "b" { value = test_thing.a.id }
        """#)
        try await harness.apply()
        try harness.write("")
        let (plan, result, _) = try await harness.apply()
        #expect(plan.changes.allSatisfy { $0.action == .delete && $0.reason == .deleteBecauseNoResourceConfig })
        #expect(result.destroyed == 2)
        #expect(harness.provider.calls.suffix(2) == ["delete thing-2", "delete thing-1"])
    }

    @Test("destroy mode deletes everything in reverse dependency order and clears outputs")
    func destroyAll() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        resource "test_thing" "a" { value = "a" }
        resource "test_thing" "b" { value = test_thing.a.id }
        output "b" { value = test_thing.b.id }
        """#)
        try await harness.apply()
        let (plan, result, _) = try await harness.apply(PlanOptions(mode: .destroy))
        #expect(EngineHarness.actions(plan) == ["test_thing.a": .delete, "test_thing.b": .delete])
        #expect(result.destroyed == 2)
        #expect(harness.provider.calls.suffix(2) == ["delete thing-2", "delete thing-1"])
        #expect(try harness.store.read().objects.isEmpty)
        #expect(try harness.store.read().outputs.isEmpty)
    }

    @Test("prevent_destroy stops a plan that would destroy the resource, naming it")
    func preventDestroy() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        resource "test_thing" "a" {
          size = 1
          lifecycle { prevent_destroy = true }
        }
        """#)
        try await harness.apply()
        try harness.write(#"""
        resource "test_thing" "a" {
          size = 2
          lifecycle { prevent_destroy = true }
        }
        """#)
        let (plan, diagnostics) = try await harness.plan()
        #expect(plan == nil)
        #expect(diagnostics.map(\.summary) == ["Instance cannot be destroyed"])
        #expect(diagnostics.first?.detail.hasPrefix("Resource test_thing.a has lifecycle.prevent_destroy set") == true)
    }

    @Test("a failing create stops its dependents, keeps what finished, and the next run converges")
    func failureInTheMiddle() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        variable "fail" { default = true }
        resource "test_thing" "a" { value = "a" }
        resource "test_thing" "b" {
          value = test_thing.a.id
          fail  = var.fail
        }
        resource "test_thing" "c" { value = test_thing.b.id }
        """#)
        let (_, result, diagnostics) = try await harness.apply()
        #expect(diagnostics.map(\.summary) == ["Thing failed"])
        #expect(diagnostics.first?.objectAddress == "test_thing.b")
        #expect(result.added == 1)
        #expect(try harness.stateAddresses() == ["test_thing.a"])
        var fixed = harness
        fixed.variables = ["fail": .false]
        let (plan, retried, _) = try await fixed.apply()
        #expect(EngineHarness.actions(plan) == ["test_thing.a": .noOp, "test_thing.b": .create, "test_thing.c": .create])
        #expect(retried.added == 2)
    }

    @Test("references in a circle are reported with every member of the cycle")
    func cycle() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        resource "test_thing" "a" { value = test_thing.b.id }
        resource "test_thing" "b" { value = test_thing.a.id }
        """#)
        let (plan, diagnostics) = try await harness.plan()
        #expect(plan == nil)
        #expect(diagnostics.map(\.summary) == ["Cycle: test_thing.a, test_thing.b"])
    }

    @Test("sensitive arguments are marked in the plan and recorded as sensitive paths in state")
    func sensitive() async throws {
        let harness = try EngineHarness()
        try harness.write(#"resource "test_thing" "a" { secret = "hunter2" }"#)
        let (plan, _, _) = try await harness.apply()
        #expect(plan.changes.first?.after?.attributes?["secret"]?.isSensitive == true)
        #expect(try harness.store.read().objects.first?.sensitivePaths == [[.attribute("secret")]])
    }

    @Test("ignore_changes keeps the applied value; -replace and taint force a replacement")
    func lifecycleRules() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        resource "test_thing" "a" {
          value = "one"
          lifecycle { ignore_changes = [value] }
        }
        """#)
        try await harness.apply()
        try harness.write(#"""
        resource "test_thing" "a" {
          value = "two"
          lifecycle { ignore_changes = [value] }
        }
        """#)
        let (ignored, _) = try await harness.plan()
        #expect(ignored?.hasChanges == false)
        let address = ResourceInstanceAddress(resource: ResourceAddress(type: "test_thing", name: "a"))
        let (replaced, _) = try await harness.plan(PlanOptions(replace: [address]))
        #expect(replaced?.changes.first?.action == .deleteThenCreate)
        #expect(replaced?.changes.first?.reason == .replaceByRequest)
        var object = try #require(try harness.store.read().object(address))
        object.status = .tainted
        try harness.store.put(object)
        let (tainted, _) = try await harness.plan()
        #expect(tainted?.changes.first?.reason == .replaceBecauseTainted)
    }

    @Test("a data source with known configuration is read during plan")
    func dataSources() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        data "test_echo" "e" { input = "hi" }
        resource "test_thing" "a" { value = data.test_echo.e.output }
        """#)
        let (plan, _) = try await harness.plan()
        #expect(plan?.changes.first?.after?.attributes?["value"] == .string("echo:hi"))
    }

    @Test("a targeted plan covers the target and what it depends on, nothing else")
    func targets() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        resource "test_thing" "a" { value = "a" }
        resource "test_thing" "b" { value = test_thing.a.id }
        resource "test_thing" "c" { value = "c" }
        """#)
        let target = AddressTarget.resource(AbsoluteResourceAddress(resource: ResourceAddress(type: "test_thing", name: "b")))
        let (plan, _) = try await harness.plan(PlanOptions(targets: [target]))
        #expect(Set(plan?.changes.map(\.address.resource.name) ?? []) == ["a", "b"])
    }

    @Test("a saved plan round-trips through its file with unknown and sensitive parts")
    func planFile() async throws {
        let harness = try EngineHarness()
        try harness.write(#"resource "test_thing" "a" { secret = "s" }"#)
        let (planned, _) = try await harness.plan()
        let plan = try #require(planned)
        let data = try PlanFile.encode(plan, configurationDigest: "digest")
        let (decoded, digest) = try PlanFile.decode(data)
        #expect(digest == "digest")
        let after = try #require(decoded.changes.first?.after)
        #expect(after.attributes?["id"]?.isKnown == false)
        #expect(after.attributes?["secret"]?.isSensitive == true)
        #expect(decoded.changes.first?.action == .create)
    }

    @Test("an interrupted create with no object found is reported and dropped")
    func pendingCreates() async throws {
        let harness = try EngineHarness()
        let address = ResourceInstanceAddress(resource: ResourceAddress(type: "test_thing", name: "a"))
        try harness.store.recordPendingCreate(PendingCreate(
            address: address, provider: #"provider["registry.terraform.io/hashicorp/test"]"#, plannedJSON: #"{"value":"x"}"#, startedAt: Date()))
        let diagnostics = await PendingCreates.reconcile(try harness.store.read().pendingCreates, catalog: try harness.context().catalog, store: harness.store)
        #expect(diagnostics.map(\.summary) == ["Interrupted create"])
        #expect(try harness.store.read().pendingCreates.isEmpty)
    }
}

@Suite("child modules")
struct ModulePlanApplyTests {
    @Test("a module's resources are addressed under its path, its inputs and outputs flow, and removing it destroys them")
    func moduleLifecycle() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        variable "prefix" { type = string }
        resource "test_thing" "inner" { value = "${var.prefix}-inner" }
        output "id" { value = test_thing.inner.id }
        output "secret" {
          value     = "s"
          sensitive = true
        }
        """#, to: "modules/thing/main.tf")
        try harness.write(#"""
        module "one" {
          source = "./modules/thing"
          prefix = "one"
        }
        module "many" {
          source   = "./modules/thing"
          for_each = toset(["a", "b"])
          prefix   = each.key
        }
        resource "test_thing" "outer" { value = module.one.id }
        output "many" { value = { for k, m in module.many : k => m.id } }
        """#)
        let (plan, result, diagnostics) = try await harness.apply()
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(Set(plan.changes.map(\.address.text)) == [
            "module.one.test_thing.inner", #"module.many["a"].test_thing.inner"#, #"module.many["b"].test_thing.inner"#, "test_thing.outer",
        ])
        #expect(result.added == 4)
        let outer = try #require(try harness.store.read().objects.first { $0.address.text == "test_thing.outer" })
        #expect(outer.attributesJSON.contains(#""value":"thing-"#))
        #expect(try harness.store.read().outputs["many"]?.valueJSON.contains(#""a":"thing-"#) == true)
        let (again, _) = try await harness.plan()
        #expect(again?.hasChanges == false)
        try harness.write(#"resource "test_thing" "outer" { value = "alone" }"#)
        let (removal, _) = try await harness.plan()
        let reasons = Dictionary(removal?.changes.map { ($0.address.text, $0.reason) } ?? [], uniquingKeysWith: { first, _ in first })
        #expect(reasons["module.one.test_thing.inner"] == .deleteBecauseNoModule)
        #expect(removal?.changes.first { $0.address.text == "test_thing.outer" }?.action == .update)
    }
}

@Suite("custom conditions")
struct ConditionTests {
    @Test("a false precondition stops the plan with its error message at the condition")
    func precondition() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        variable "size" { default = 3 }
        resource "test_thing" "a" {
          size = var.size
          lifecycle {
            precondition {
              condition     = var.size < 2
              error_message = "Size must be below 2, not ${var.size}."
            }
          }
        }
        """#)
        let (plan, diagnostics) = try await harness.plan()
        #expect(plan == nil)
        #expect(diagnostics.map(\.summary) == ["Resource precondition failed"])
        #expect(diagnostics.first?.detail == "Size must be below 2, not 3.")
        #expect(diagnostics.first?.subject?.start.line == 6)
    }

    @Test("a postcondition on an unknown value waits for apply, then fails with self known")
    func postcondition() async throws {
        let harness = try EngineHarness()
        try harness.write(#"""
        resource "test_thing" "a" {
          value = "x"
          lifecycle {
            postcondition {
              condition     = self.computed == "never"
              error_message = "Computed was ${self.computed}."
            }
          }
        }
        output "checked" {
          value = test_thing.a.value
          precondition {
            condition     = test_thing.a.value == "x"
            error_message = "Unexpected value."
          }
        }
        """#)
        let (plan, planDiagnostics) = try await harness.plan()
        #expect(plan != nil, "\(planDiagnostics)")
        let (_, _, diagnostics) = try await harness.apply()
        #expect(diagnostics.map(\.summary) == ["Resource postcondition failed"])
        #expect(diagnostics.first?.detail == "Computed was computed-x.")
    }
}
