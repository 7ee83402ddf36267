import Testing
import Values
@testable import Lang

/// Expected results are Terraform 1.15.5's, taken from `terraform console`.
@Suite("IP network functions")
struct NetworkFunctionsTests {
    private func number(_ text: String) -> Value {
        Number(parsing: text).map(Value.number) ?? .dynamicUnknown
    }

    private func call(_ name: String, _ arguments: Value...) -> Result<Value, FunctionError> {
        guard let function = NetworkFunctions.all[name] else { return .failure(.call("no function \(name)")) }
        return Result { () throws(FunctionError) in try function.call(arguments) }
    }

    private func text(_ name: String, _ arguments: Value...) -> String? {
        guard let function = NetworkFunctions.all[name], let result = try? function.call(arguments) else { return nil }
        return result.stringValue
    }

    private func failure(_ name: String, _ arguments: Value...) -> FunctionError? {
        failure(name, arguments)
    }

    private func failure(_ name: String, _ arguments: [Value]) -> FunctionError? {
        guard let function = NetworkFunctions.all[name] else { return nil }
        do throws(FunctionError) {
            _ = try function.call(arguments)
            return nil
        } catch {
            return error
        }
    }

    private static let overflow = FunctionError.call(
        "panic in function implementation: runtime error: index out of range [-1]")

    @Test("cidrhost counts hosts from the start, and from the end when negative")
    func hostNumbers() {
        #expect(text("cidrhost", .string("10.12.112.0/20"), .number(16)) == "10.12.112.16")
        #expect(text("cidrhost", .string("10.12.112.0/20"), .number(268)) == "10.12.113.12")
        #expect(text("cidrhost", .string("10.12.112.0/20"), .number(0)) == "10.12.112.0")
        #expect(text("cidrhost", .string("10.12.112.0/20"), .number(4095)) == "10.12.127.255")
        #expect(text("cidrhost", .string("10.12.112.0/20"), .number(-1)) == "10.12.127.255")
        #expect(text("cidrhost", .string("10.12.112.0/20"), .number(-4096)) == "10.12.112.0")
        #expect(text("cidrhost", .string("10.12.112.5/20"), .number(1)) == "10.12.112.1")
        #expect(text("cidrhost", .string("10.0.0.0/32"), .number(0)) == "10.0.0.0")
        #expect(text("cidrhost", .string("0.0.0.0/0"), .number(16_777_216)) == "1.0.0.0")
        #expect(text("cidrhost", .string("10.0.0.0/8"), number("1e3")) == "10.0.3.232")
        #expect(text("cidrhost", .string("10.0.0.0/8"), number("-0")) == "10.0.0.0")
    }

    @Test("cidrhost reports a host number outside the prefix, after counting back from the end")
    func hostOutOfRange() {
        #expect(failure("cidrhost", .string("10.12.112.0/20"), .number(4096))
            == .call("prefix of 20 does not accommodate a host numbered 4096"))
        #expect(failure("cidrhost", .string("10.12.112.0/20"), .number(-4097))
            == .call("prefix of 20 does not accommodate a host numbered -1"))
        #expect(failure("cidrhost", .string("10.0.0.0/30"), .number(-5))
            == .call("prefix of 30 does not accommodate a host numbered -1"))
        #expect(failure("cidrhost", .string("10.0.0.0/32"), .number(1))
            == .call("prefix of 32 does not accommodate a host numbered 1"))
        #expect(failure("cidrhost", .string("2001:db8::/126"), .number(4))
            == .call("prefix of 126 does not accommodate a host numbered 4"))
        #expect(failure("cidrhost", .string("10.0.0.0/8"), number("-9223372036854775809"))
            == .call("prefix of 8 does not accommodate a host numbered -9223372036837998593"))
        #expect(failure("cidrhost", .string("10.0.0.0/24"), number("-340282366920938463463374607431768211457"))
            == .call("prefix of 24 does not accommodate a host numbered -340282366920938463463374607431768211201"))
        #expect(failure("cidrhost", .string("::/0"), number("-340282366920938463463374607431768211457"))
            == .call("prefix of 0 does not accommodate a host numbered -1"))
    }

    @Test("cidrhost on IPv6 uses the full 128 bits and prints RFC 5952 text")
    func ipv6Hosts() {
        #expect(text("cidrhost", .string("fd00:fd12:3456:7890:00a2::/72"), .number(34)) == "fd00:fd12:3456:7890::22")
        #expect(text("cidrhost", .string("fd00:fd12:3456:7890::/64"), .number(-1))
            == "fd00:fd12:3456:7890:ffff:ffff:ffff:ffff")
        #expect(text("cidrhost", .string("::/0"), .number(1)) == "::1")
        #expect(text("cidrhost", .string("::/0"), .number(-1)) == "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")
        #expect(text("cidrhost", .string("::/0"), number("340282366920938463463374607431768211455"))
            == "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff")
        #expect(text("cidrhost", .string("::/0"), number("-340282366920938463463374607431768211456")) == "::")
        #expect(text("cidrhost", .string("2001:db8::/32"), number("12345678901234567890")) == "2001:db8::ab54:a98c:eb1f:ad2")
        #expect(text("cidrhost", .string("2001:db8::/126"), .number(-4)) == "2001:db8::")
        #expect(text("cidrhost", .string("FD00::/8"), .number(255)) == "fd00::ff")
    }

    @Test("IPv6 text: leading zeros, the first longest zero run compressed, embedded IPv4")
    func ipv6Text() {
        #expect(text("cidrhost", .string("1:2:3:4:5:6:7:8/128"), .number(0)) == "1:2:3:4:5:6:7:8")
        #expect(text("cidrhost", .string("1:0:0:4:0:0:0:8/128"), .number(0)) == "1:0:0:4::8")
        #expect(text("cidrhost", .string("1:0:0:4:0:0:7:8/128"), .number(0)) == "1::4:0:0:7:8")
        #expect(text("cidrhost", .string("0:0:1:0:0:0:0:0/128"), .number(0)) == "0:0:1::")
        #expect(text("cidrhost", .string("1:2:3:4:5:6:7::/128"), .number(0)) == "1:2:3:4:5:6:7:0")
        #expect(text("cidrhost", .string("::1.2.3.4/128"), .number(0)) == "::102:304")
        #expect(text("cidrhost", .string("0000000001::/64"), .number(1)) == "1::1")
    }

    @Test("a host number's bits above 64 slip past the range check and are ORed into the address")
    func hostNumberQuirks() {
        #expect(text("cidrhost", .string("2001:db8::/64"), number("18446744073709551621")) == "2001:db8:0:1::5")
        #expect(failure("cidrhost", .string("10.0.0.0/8"), number("9223372036854775808")) == Self.overflow)
        #expect(failure("cidrhost", .string("10.0.0.0/8"), number("18446744073709551616")) == Self.overflow)
        #expect(failure("cidrhost", .string("10.0.0.0/8"), number("1e40")) == Self.overflow)
        #expect(failure("cidrhost", .string("::/0"), number("340282366920938463463374607431768211456")) == Self.overflow)
    }

    @Test("IPv4-mapped IPv6 prefixes follow go-cidr: the host number lands 96 bits up")
    func mappedHosts() {
        #expect(text("cidrhost", .string("::ffff:10.0.0.0/104"), .number(1)) == "0:1::ffff:a00:0")
        #expect(text("cidrhost", .string("::ffff:10.0.0.0/104"), .number(0)) == "10.0.0.0")
        #expect(text("cidrhost", .string("::ffff:10.0.0.0/96"), .number(0)) == "0.0.0.0")
        #expect(text("cidrhost", .string("::ffff:10.0.0.0/128"), .number(0)) == "10.0.0.0")
    }

    @Test("prefixes are read by Go's older parser: leading zeros are accepted, bad ones named")
    func prefixParsing() {
        #expect(text("cidrhost", .string("010.0.0.0/8"), .number(1)) == "10.0.0.1")
        #expect(text("cidrsubnet", .string("10.0.0.0/08"), .number(8), .number(5)) == "10.5.0.0/16")
        for prefix in [
            "10.0.0.0", "10.0.0.0/33", "10.0.0.256/8", "not a cidr", "", "1::2::3/64", "::1:2:3:4:5:6:7:8/128",
            "1.2.3/24", "1.2.3.4/24/", "1.2.3.4/+24", "1.2.3.4/ 24",
        ] {
            #expect(failure("cidrhost", .string(prefix), .number(1))
                == .call("invalid CIDR expression: invalid CIDR address: \(prefix)"))
        }
    }

    @Test("number arguments must be whole, and newbits must fit Go's int")
    func wholeNumbers() {
        #expect(failure("cidrhost", .string("10.0.0.0/8"), number("1.5")) == .call("value must be a whole number"))
        #expect(failure("cidrhost", .string("10.0.0.0/8"), .number(.infinity)) == .call("value must be a whole number"))
        #expect(failure("cidrsubnet", .string("10.0.0.0/8"), number("1.5"), .number(0))
            == .call("value must be a whole number, between -9223372036854775808 and 9223372036854775807"))
        #expect(failure("cidrsubnet", .string("10.0.0.0/8"), number("1e30"), .number(0))
            == .call("value must be a whole number, between -9223372036854775808 and 9223372036854775807"))
        #expect(failure("cidrsubnet", .string("10.0.0.0/8"), .number(4), number("1.5"))
            == .call("value must be a whole number"))
        #expect(failure("cidrsubnet", .string("bad"), number("1.5"), .number(0))
            == .call("value must be a whole number, between -9223372036854775808 and 9223372036854775807"))
    }

    @Test("nulls are rejected, unknowns give unknown results, sensitivity carries over")
    func nullUnknownSensitive() throws {
        #expect(failure("cidrhost", .null(.string), .number(1)) == .argument(index: 0, message: "argument must not be null"))
        #expect(failure("cidrhost", .string("10.0.0.0/8"), .null(.number))
            == .argument(index: 1, message: "argument must not be null"))
        #expect(failure("cidrsubnets", .string("10.0.0.0/24"), .null(.number))
            == .argument(index: 1, message: "argument must not be null"))
        #expect(try call("cidrhost", .unknown(.string), .number(1)).get() == .unknown(.string))
        #expect(try call("cidrsubnets", .string("10.0.0.0/8"), .unknown(.number)).get() == .unknown(.list(.string)))
        #expect(try call("cidrnetmask", Value.string("10.0.0.0/8").marked(.sensitive)).get()
            == Value.string("255.0.0.0").marked(.sensitive))
    }

    @Test("cidrnetmask gives the IPv4 mask and refuses IPv6")
    func netmasks() {
        #expect(text("cidrnetmask", .string("172.16.0.0/12")) == "255.240.0.0")
        #expect(text("cidrnetmask", .string("10.0.0.0/8")) == "255.0.0.0")
        #expect(text("cidrnetmask", .string("0.0.0.0/0")) == "0.0.0.0")
        #expect(text("cidrnetmask", .string("10.1.2.3/32")) == "255.255.255.255")
        #expect(text("cidrnetmask", .string("10.1.2.3/31")) == "255.255.255.254")
        #expect(text("cidrnetmask", .string("10.1.2.3/23")) == "255.255.254.0")
        #expect(text("cidrnetmask", .string("::ffff:10.0.0.0/104")) == "ffff:ffff:ffff:ffff:ffff:ffff:ff00:0")
        #expect(text("cidrnetmask", .string("::ffff:10.0.0.0/96")) == "ffff:ffff:ffff:ffff:ffff:ffff::")
        #expect(failure("cidrnetmask", .string("fd00::/64")) == .call("IPv6 addresses cannot have a netmask: fd00::/64"))
        #expect(failure("cidrnetmask", .string("::ffff:10.0.0.0/80"))
            == .call("IPv6 addresses cannot have a netmask: ::ffff:10.0.0.0/80"))
        #expect(failure("cidrnetmask", .string("10.0.0.0/40"))
            == .call("invalid CIDR expression: invalid CIDR address: 10.0.0.0/40"))
    }

    @Test("cidrsubnet extends the prefix and numbers the subnets")
    func subnets() {
        #expect(text("cidrsubnet", .string("172.16.0.0/12"), .number(4), .number(2)) == "172.18.0.0/16")
        #expect(text("cidrsubnet", .string("10.1.2.0/24"), .number(4), .number(15)) == "10.1.2.240/28")
        #expect(text("cidrsubnet", .string("10.1.2.0/24"), .number(0), .number(0)) == "10.1.2.0/24")
        #expect(text("cidrsubnet", .string("10.1.2.0/24"), .number(8), .number(255)) == "10.1.2.255/32")
        #expect(text("cidrsubnet", .string("10.1.2.3/24"), .number(2), .number(1)) == "10.1.2.64/26")
        #expect(text("cidrsubnet", .string("fd00:fd12:3456:7890::/56"), .number(16), .number(162))
            == "fd00:fd12:3456:7800:a200::/72")
        #expect(text("cidrsubnet", .string("2001:db8::/32"), .number(32), .number(65535)) == "2001:db8:0:ffff::/64")
        #expect(text("cidrsubnet", .string("2001:db8::/32"), .number(96), .number(0)) == "2001:db8::/128")
        #expect(text("cidrsubnet", .string("::/0"), .number(64), .number(1)) == "0:0:0:1::/64")
        #expect(text("cidrsubnet", .string("::/0"), .number(64), number("18446744073709551615")) == "ffff:ffff:ffff:ffff::/64")
        #expect(text("cidrsubnet", .string("::/0"), .number(100), .number(3)) == "::3000:0/100")
        #expect(text("cidrsubnet", .string("::/0"), .number(128), .number(3)) == "::3/128")
    }

    @Test("cidrsubnet reports a subnet number or extension that does not fit")
    func subnetErrors() {
        #expect(failure("cidrsubnet", .string("10.1.2.0/24"), .number(4), .number(16))
            == .call("prefix extension of 4 does not accommodate a subnet numbered 16"))
        #expect(failure("cidrsubnet", .string("10.1.2.0/24"), .number(0), .number(1))
            == .call("prefix extension of 0 does not accommodate a subnet numbered 1"))
        #expect(failure("cidrsubnet", .string("10.1.2.0/24"), .number(4), .number(-16))
            == .call("prefix extension of 4 does not accommodate a subnet numbered -16"))
        #expect(failure("cidrsubnet", .string("10.1.2.0/24"), .number(9), .number(0))
            == .call("insufficient address space to extend prefix of 24 by 9"))
        #expect(failure("cidrsubnet", .string("2001:db8::/32"), .number(97), .number(0))
            == .call("insufficient address space to extend prefix of 32 by 97"))
        #expect(failure("cidrsubnet", .string("10.0.0.0/8"), .number(64), .number(5))
            == .call("insufficient address space to extend prefix of 8 by 64"))
        #expect(failure("cidrsubnet", .string("10.0.0.0/8"), .number(4), number("18446744073709551616")) == Self.overflow)
        #expect(failure("cidrsubnet", .string("::/0"), .number(64), number("18446744073709551616")) == Self.overflow)
        #expect(failure("cidrsubnet", .string("10.0.0.0/8"), .number(Int.min), .number(1))
            == .call("panic in function implementation: runtime error: makeslice: len out of range"))
    }

    @Test("negative newbits and netnum give go-cidr's answers, including Go's <nil>")
    func subnetQuirks() {
        #expect(text("cidrsubnet", .string("10.1.2.0/24"), .number(4), .number(-1)) == "0.0.0.16/28")
        #expect(text("cidrsubnet", .string("255.255.255.0/24"), .number(4), .number(-1)) == "0.0.0.16/28")
        #expect(text("cidrsubnet", .string("fd00::/16"), .number(4), .number(-1)) == "0:1000::/20")
        #expect(text("cidrsubnet", .string("10.1.2.0/24"), .number(-1), .number(0)) == "10.1.2.0/23")
        #expect(text("cidrsubnet", .string("10.1.2.0/24"), .number(-8), .number(3)) == "10.3.2.0/16")
        #expect(text("cidrsubnet", .string("10.1.2.0/24"), .number(-24), .number(0)) == "10.1.2.0/0")
        #expect(text("cidrsubnet", .string("10.1.2.0/24"), .number(-24), .number(-1)) == "245.254.254.0/0")
        #expect(text("cidrsubnet", .string("10.1.2.0/24"), .number(-25), .number(0)) == "<nil>")
        #expect(text("cidrsubnet", .string("10.0.0.0/8"), .number(Int.max), .number(0)) == "<nil>")
    }

    @Test("IPv4-mapped subnets print as IPv4 when they stay mapped")
    func mappedSubnets() {
        #expect(text("cidrsubnet", .string("::ffff:10.0.0.0/104"), .number(8), .number(1)) == "10.1.0.0/16")
        #expect(text("cidrsubnet", .string("::ffff:10.0.0.0/96"), .number(8), .number(1)) == "1.0.0.0/8")
        #expect(text("cidrsubnet", .string("::ffff:10.0.0.0/80"), .number(8), .number(1)) == "::100:0:0/88")
    }

    private func subnetList(_ prefix: String, _ newBits: Int...) -> [String]? {
        guard let function = NetworkFunctions.all["cidrsubnets"],
              let result = try? function.call([.string(prefix)] + newBits.map { .number($0) })
        else { return nil }
        return result.elements?.compactMap(\.stringValue)
    }

    private func subnetsFailure(_ prefix: String, _ newBits: Int...) -> FunctionError? {
        failure("cidrsubnets", [.string(prefix)] + newBits.map { .number($0) })
    }

    @Test("cidrsubnets allocates consecutive subnets, aligning each to its size")
    func consecutiveSubnets() throws {
        #expect(subnetList("10.1.0.0/16", 4, 4, 8, 4) == ["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"])
        #expect(subnetList("fd00:fd12:3456:7890::/56", 16, 16, 16, 32) == [
            "fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72", "fd00:fd12:3456:7800:200::/72",
            "fd00:fd12:3456:7800:300::/88",
        ])
        #expect(subnetList("10.0.0.0/8") == [])
        #expect(try call("cidrsubnets", .string("10.0.0.0/8")).get() == .list([], elementType: .string))
        #expect(subnetList("10.0.0.0/24", 1, 1) == ["10.0.0.0/25", "10.0.0.128/25"])
        #expect(subnetList("10.0.0.0/24", 8, 1) == ["10.0.0.0/32", "10.0.0.128/25"])
        #expect(subnetList("10.0.0.0/24", 1, 8) == ["10.0.0.0/25", "10.0.0.128/32"])
        #expect(subnetList("10.0.0.0/24", 2, 2, 2, 2) == ["10.0.0.0/26", "10.0.0.64/26", "10.0.0.128/26", "10.0.0.192/26"])
        #expect(subnetList("255.255.255.0/24", 1, 1) == ["255.255.255.0/25", "255.255.255.128/25"])
    }

    @Test("cidrsubnets names the argument that does not fit")
    func consecutiveSubnetErrors() {
        #expect(subnetsFailure("10.0.0.0/24", 1, 1, 1) == .argument(
            index: 3, message: "not enough remaining address space for a subnet with a prefix of 25 bits after 10.0.0.128/25"))
        #expect(subnetsFailure("10.0.0.0/24", 2, 2, 2, 2, 2) == .argument(
            index: 5, message: "not enough remaining address space for a subnet with a prefix of 26 bits after 10.0.0.192/26"))
        #expect(subnetsFailure("10.0.0.0/24", 0) == .argument(index: 1, message: "must extend prefix by at least one bit"))
        #expect(subnetsFailure("10.0.0.0/24", -1) == .argument(index: 1, message: "must extend prefix by at least one bit"))
        #expect(subnetsFailure("10.0.0.0/8", 4, 0) == .argument(index: 2, message: "must extend prefix by at least one bit"))
        #expect(subnetsFailure("10.0.0.0/8", 33) == .argument(index: 1, message: "may not extend prefix by more than 32 bits"))
        #expect(subnetsFailure("10.0.0.0/8", 32) == .argument(
            index: 1, message: "would extend prefix to 40 bits, which is too long for an IPv4 address"))
        #expect(subnetsFailure("fd00::/120", 9) == .argument(
            index: 1, message: "would extend prefix to 129 bits, which is too long for an IPv6 address"))
        #expect(subnetsFailure("bad", 1) == .argument(index: 0, message: "invalid CIDR expression: invalid CIDR address: bad"))
        #expect(failure("cidrsubnets", .string("10.0.0.0/8"), .number(4), number("1.5")) == .argument(
            index: 2, message: "value must be a whole number, between -9223372036854775808 and 9223372036854775807"))
    }

    @Test("cidrsubnets stops where the address space wraps or leaves the family")
    func consecutiveSubnetEdges() {
        #expect(subnetsFailure("0.0.0.0/0", 1) == .argument(
            index: 1, message: "not enough remaining address space for a subnet with a prefix of 1 bits after 128.0.0.0/1"))
        #expect(subnetsFailure("0.0.0.0/1", 1, 1) == .argument(
            index: 1, message: "not enough remaining address space for a subnet with a prefix of 2 bits after 192.0.0.0/2"))
        #expect(subnetsFailure("::/0", 1, 1) == .argument(
            index: 1, message: "not enough remaining address space for a subnet with a prefix of 1 bits after 8000::/1"))
        #expect(subnetsFailure("::ffff:0:0/95", 1, 1) == .argument(
            index: 2, message: "not enough remaining address space for a subnet with a prefix of 96 bits after ::fffe:0:0/96"))
        #expect(subnetsFailure("::ffff:10.0.0.0/104", 8, 8) == .argument(
            index: 1, message: "not enough remaining address space for a subnet with a prefix of 112 bits after <nil>"))
    }
}
