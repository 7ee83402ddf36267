@testable import Config
import HCL
import Testing

@Suite("Version constraints")
struct VersionConstraintsTests {
    private func allows(_ constraint: String, _ version: String) -> Bool? {
        guard let constraints = VersionConstraints(parsing: constraint), let parsed = SemanticVersion(parsing: version) else { return nil }
        return constraints.allow(parsed)
    }

    @Test("operators compare as go-version does")
    func operators() {
        #expect(allows(">= 1.0", "1.15.5") == true)
        #expect(allows("< 1.0", "1.15.5") == false)
        #expect(allows("1.15.5", "1.15.5") == true)
        #expect(allows("!= 1.15.5", "1.15.5") == false)
        #expect(allows(">= 1.2, < 2.0", "1.15.5") == true)
        #expect(allows("v1.15.5", "1.15.5") == true)
    }

    @Test("~> allows the last given segment to grow")
    func pessimistic() {
        #expect(allows("~> 1.15.5", "1.15.9") == true)
        #expect(allows("~> 1.15.5", "1.16.0") == false)
        #expect(allows("~> 1.14.0", "1.15.5") == false)
        #expect(allows("~> 1.2", "1.15.5") == true)
        #expect(allows("~> 1.2", "2.0.0") == false)
        #expect(allows("~> 1", "1.15.5") == true)
    }

    @Test("malformed constraints are refused", arguments: ["", "nope", ">=", "1.0.0-", "1..0", "> 1, "])
    func malformed(_ text: String) {
        #expect(VersionConstraints(parsing: text) == nil)
    }

    @Test("prerelease parts are kept")
    func prerelease() {
        let constraints = VersionConstraints(parsing: "1.15.5-beta1")
        #expect(constraints?.constraints.first?.version.prerelease == "beta1")
        #expect(SemanticVersion(parsing: "1.0beta")?.prerelease == "beta")
    }
}

@Suite("Provider source addresses")
struct ProviderAddressTests {
    private func parse(_ source: String) -> (ProviderAddress?, String?) {
        switch ProviderAddress.parse(source: source) {
        case .success(let address): (address, nil)
        case .failure(let error): (nil, "\(error.summary): \(error.detail)")
        }
    }

    @Test("one, two or three parts, folded to lowercase")
    func forms() {
        #expect(parse("aws").0?.fullString == "registry.terraform.io/hashicorp/aws")
        #expect(parse("Hashicorp/AWS").0?.fullString == "registry.terraform.io/hashicorp/aws")
        #expect(parse("example.com/ns/thing").0?.displayString == "example.com/ns/thing")
        #expect(parse("-/x").0?.namespace == "hashicorp")
    }

    @Test("Terraform 1.15's messages for bad sources")
    func errors() {
        #expect(parse("a/b/c/d").1 == "Invalid provider source string: The \"source\" attribute must be in the format \"[hostname/][namespace/]name\"")
        #expect(parse("a/b.c").1 == "Invalid provider type: Invalid provider type \"b.c\" in source \"a/b.c\": dots are not allowed\"")
        #expect(parse("a--b/c").1 == "Invalid provider namespace: Invalid provider namespace \"\" in source \"a--b/c\": cannot use multiple consecutive dashes\"")
        #expect(parse("bad_host!/a/b").1 == "Invalid provider source hostname: Invalid provider source hostname namespace \"\" in source \"bad_host!/a/b\": idna: disallowed rune U+005F\"")
        #expect(parse("foo/terraform-provider-foo").1?.hasSuffix("Did you mean \"foo/foo\"?") == true)
        #expect(parse("foo/terraform-foo").1?.contains("\"registry.terraform.io/foo/terraform-foo\" has a type with the prefix \"terraform-\"") == true)
    }

    @Test("local names must be normalized letters, digits and dashes")
    func localNames() {
        #expect(ProviderDecoder.checkLocalName("aws", at: SourceRange(filename: "m.tf", at: .start)).isEmpty)
        let upper = ProviderDecoder.checkLocalName("TEST", at: SourceRange(filename: "m.tf", at: .start))
        #expect(upper.first?.detail == "Provider names must be normalized. Replace \"TEST\" with \"test\" to fix this error.")
        let underscore = ProviderDecoder.checkLocalName("my_test", at: SourceRange(filename: "m.tf", at: .start))
        #expect(underscore.first?.detail == "my_test is an invalid provider local name: must contain only letters, digits, and dashes, and may not use leading or trailing dashes")
    }
}

@Suite("Module source addresses")
struct ModuleSourceAddressTests {
    @Test("local paths are cleaned, registry addresses split, anything go-getter knows is remote")
    func kinds() throws {
        #expect(try ModuleSourceAddress.parse("./a/../b/").get() == .local("./b"))
        #expect(try ModuleSourceAddress.parse("../x").get() == .local("../x"))
        #expect(try ModuleSourceAddress.parse("hashicorp/consul/aws").get()
            == .registry(host: "registry.terraform.io", namespace: "hashicorp", name: "consul", system: "aws", subdirectory: nil))
        #expect(try ModuleSourceAddress.parse("app.terraform.io/org/mod/aws//sub").get()
            == .registry(host: "app.terraform.io", namespace: "org", name: "mod", system: "aws", subdirectory: "sub"))
        #expect(try ModuleSourceAddress.parse("git::https://example.com/x.git").get() == .remote("git::https://example.com/x.git"))
        #expect(try ModuleSourceAddress.parse("github.com/org/repo").get() == .remote("github.com/org/repo"))
    }

    @Test("relative paths without ./ are probably a mistake")
    func maybeRelative() {
        guard case .failure(.maybeRelativePath(let address)) = ModuleSourceAddress.parse("modules/vpc") else {
            Issue.record("expected a relative-path error")
            return
        }
        #expect(address == "modules/vpc")
    }

    @Test("a version makes the source a registry address, with its own messages")
    func registryErrors() {
        func reason(_ raw: String) -> String? {
            if case .failure(.invalid(let reason)) = ModuleSourceAddress.parseRegistry(raw) { return reason }
            return nil
        }
        #expect(reason("../boop") == "can't use local directory \"../boop\" as a module registry address")
        #expect(reason("---.com/HashiCorp/Consul/aws") == "invalid module registry hostname \"---.com\"; internationalized domain names must be given as direct unicode characters, not in punycode")
        #expect(reason("git::https://example.com/x.git") == "invalid module registry hostname \"git::https:\"")
        #expect(reason("a/b") == "a module registry source address must have either three or four slash-separated components")
        #expect(reason("github.com/a/b/c") == "can't use \"github.com\" as a module registry host, because it's reserved for installing directly from version control repositories")
    }
}

@Suite("References and addresses")
struct ReferenceParsingTests {
    private func traversal(_ text: String) -> StaticTraversal? {
        let (expression, _) = Parser.parseExpression(SourceFile(filename: "t.tf", text: text))
        return StaticTraversal(expression)
    }

    private func subject(_ text: String) -> ReferenceSubject? {
        guard let traversal = traversal(text), case .success(let reference) = ReferenceParser.parse(traversal) else { return nil }
        return reference.subject
    }

    @Test("references are classified as Terraform's ParseRef does")
    func subjects() {
        #expect(subject("var.a") == .inputVariable("a"))
        #expect(subject("local.b.c") == .localValue("b"))
        #expect(subject("aws_instance.web[0].id") == .resource(.managed, type: "aws_instance", name: "web", instance: true))
        #expect(subject("resource.aws_instance.web") == .resource(.managed, type: "aws_instance", name: "web", instance: false))
        #expect(subject("data.aws_ami.a.id") == .resource(.data, type: "aws_ami", name: "a", instance: false))
        #expect(subject("module.net.vpc_id") == .moduleOutput(call: "net", output: "vpc_id"))
        #expect(subject("module.net[\"a\"]") == .moduleCall("net"))
        #expect(subject("each.key") == .forEachAttribute("key"))
        #expect(subject("self.id") == .self)
    }

    @Test("malformed references get Terraform's messages")
    func malformed() {
        guard let bare = traversal("not_a_reference"), case .failure(let error) = ReferenceParser.parse(bare) else {
            Issue.record("expected an error")
            return
        }
        #expect(error.detail == "A reference to a resource type must be followed by at least one attribute access, specifying the resource name.")
        guard let variable = traversal("var"), case .failure(let varError) = ReferenceParser.parse(variable) else {
            Issue.record("expected an error")
            return
        }
        #expect(varError.detail == "The \"var\" object cannot be accessed directly. Instead, access one of its attributes.")
    }

    @Test("attribute steps cover their dot, as HCL's ranges do")
    func stepRanges() throws {
        let parsed = try #require(traversal("module.x.module"))
        #expect(parsed.steps.map { $0.range.start.column } == [7, 9])
        let (address, diagnostics) = ConfigAddressParser.moveEndpoint(parsed)
        #expect(address == nil)
        #expect(diagnostics.first?.detail == "Prefix \"module.\" must be followed by a module name.")
        #expect(diagnostics.first?.subject?.start.column == 9)
    }

    @Test("removed blocks name modules and resources, never instances or data sources")
    func removeTargets() throws {
        #expect(ConfigAddressParser.removeTarget(try #require(traversal("module.a.aws_instance.b"))).0?.text == "module.a.aws_instance.b")
        #expect(ConfigAddressParser.removeTarget(try #require(traversal("aws_instance.b[0]"))).1.first?.summary == "Resource instance keys not allowed")
        #expect(ConfigAddressParser.removeTarget(try #require(traversal("module.a[1]"))).1.first?.summary == "Module instance keys not allowed")
        #expect(ConfigAddressParser.removeTarget(try #require(traversal("data.a.b"))).1.first?.summary == "Data source address not allowed")
    }
}
