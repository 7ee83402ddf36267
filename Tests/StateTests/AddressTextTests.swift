import Addresses
import Testing
@testable import State

@Suite("address texts kept in state")
struct AddressTextTests {
    @Test("module paths read back from the text addresses print, whatever their keys hold")
    func modules() {
        let module = ModuleInstanceAddress.root.child("net", key: .key("a.b[\"c\"]\n\t\\")).child("sub", key: .index(12)).child("leaf")
        #expect(AddressText.module(module.text) == module)
        #expect(AddressText.module("") == .root)
        #expect(AddressText.module("module.a") == ModuleInstanceAddress.root.child("a"))
    }

    @Test("resource addresses with modules and modes read back, and Go's escapes are understood")
    func resources() {
        let address = AbsoluteResourceAddress(
            module: ModuleInstanceAddress.root.child("a", key: .key("x\u{1}é")), resource: ResourceAddress(mode: .data, type: "aws_ami", name: "u"))
        #expect(AddressText.resource(address.text) == address)
        #expect(AddressText.resource(#"module.a["x\u0001\u00e9"].data.aws_ami.u"#) == address)
        #expect(AddressText.resource("module.child.terraform_data.inner") == AbsoluteResourceAddress(
            module: ModuleInstanceAddress.root.child("child"), resource: ResourceAddress(type: "terraform_data", name: "inner")))
    }

    @Test("malformed texts are refused")
    func malformed() {
        for text in ["", "a", "a.", ".a.b", "a.b[0]", #"module.m["x].a.b"#, "module.m[x].a.b", "module.a.b.c.d", "a..b"] {
            #expect(AddressText.resource(text) == nil, "\(text)")
        }
        #expect(AddressText.module("module") == nil)
        #expect(AddressText.module("module.a.b") == nil)
    }
}
