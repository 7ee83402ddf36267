import Testing
@testable import Addresses

@Suite("command-line addresses")
struct AddressParserTests {
    @Test("a resource instance inside keyed module instances prints as it was written")
    func nestedInstance() throws {
        let text = #"module.net["a"].module.sub[0].aws_subnet.b["x"]"#
        let address = try AddressParser.instance(text).get()
        #expect(address.module.text == #"module.net["a"].module.sub[0]"#)
        #expect(address.resource == ResourceAddress(type: "aws_subnet", name: "b"))
        #expect(address.key == .key("x"))
        #expect(address.text == text)
    }

    @Test("data resources keep their prefix and a bare module is a module target")
    func targets() throws {
        #expect(try AddressParser.target("data.local_file.x").get() == .resource(AbsoluteResourceAddress(resource: ResourceAddress(mode: .data, type: "local_file", name: "x"))))
        #expect(try AddressParser.target("module.a").get() == .module(ModuleInstanceAddress.root.child("a")))
    }

    @Test("an address without a resource name is refused with Terraform's message")
    func missingName() {
        #expect(AddressParser.instance("foo") == .failure(AddressParser.Failure(summary: "Invalid address", detail: "Resource specification must include a resource type and name.")))
    }

    @Test("a module target contains the instances inside it, and only those")
    func containment() throws {
        let target = try AddressParser.target("module.a").get()
        #expect(target.contains(try AddressParser.instance("module.a.x.y").get()))
        #expect(target.contains(try AddressParser.instance("module.a.module.b.x.y[1]").get()))
        #expect(!target.contains(try AddressParser.instance("module.ab.x.y").get()))
        #expect(!target.contains(try AddressParser.instance("x.y").get()))
    }

    @Test("instances sort by module, then data before managed, then type, name and key")
    func ordering() throws {
        let texts = ["b.a[10]", "b.a[2]", "data.z.z", "a.z", "module.m.a.a", #"b.a["k"]"#]
        let sorted = try texts.map { try AddressParser.instance($0).get() }.sorted().map(\.text)
        #expect(sorted == ["data.z.z", "a.z", "b.a[2]", "b.a[10]", #"b.a["k"]"#, "module.m.a.a"])
    }
}
