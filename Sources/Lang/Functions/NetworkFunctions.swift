import Values

/// Terraform's IP network functions: `cidrhost`, `cidrnetmask`, `cidrsubnet` and `cidrsubnets`,
/// for IPv4 and IPv6 prefixes.
public enum NetworkFunctions {
    public static let all: [String: Function] = [
        "cidrhost": cidrhost,
        "cidrnetmask": cidrnetmask,
        "cidrsubnet": cidrsubnet,
        "cidrsubnets": cidrsubnets,
    ]

    static let cidrhost = Function(
        parameters: [FunctionParameter("prefix", .string), FunctionParameter("hostnum", .number)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let number = try bigInteger(arguments[1])
        let network = try network(arguments[0])
        do throws(NetworkError) {
            return .string(try network.host(number).description)
        } catch {
            throw .call(error.message)
        }
    }

    static let cidrnetmask = Function(
        parameters: [FunctionParameter("prefix", .string)],
        returns: .string
    ) { arguments throws(FunctionError) in
        let network = try network(arguments[0])
        guard network.address.ipv4 != nil, let mask = network.mask else {
            throw .call("IPv6 addresses cannot have a netmask: \(arguments[0].stringValue ?? "")")
        }
        return .string(IPAddress(bytes: mask.bytes).description)
    }

    static let cidrsubnet = Function(
        parameters: [
            FunctionParameter("prefix", .string), FunctionParameter("newbits", .number),
            FunctionParameter("netnum", .number),
        ],
        returns: .string
    ) { arguments throws(FunctionError) in
        guard let newBits = arguments[1].numberValue?.intValue else { throw .call(notAnInt) }
        let number = try bigInteger(arguments[2])
        let network = try network(arguments[0])
        do throws(NetworkError) {
            return .string(try network.subnet(newBits: newBits, number: number).description)
        } catch {
            throw .call(error.message)
        }
    }

    static let cidrsubnets = Function(
        parameters: [FunctionParameter("prefix", .string)],
        variadic: FunctionParameter("newbits", .number),
        returns: .list(.string)
    ) { arguments throws(FunctionError) in
        let network: IPNetwork
        do throws(NetworkError) {
            network = try IPNetwork(parsing: arguments[0].stringValue ?? "")
        } catch {
            throw .argument(index: 0, message: "invalid CIDR expression: \(error.message)")
        }
        let subnets = try consecutiveSubnets(in: network, extensions: Array(arguments.dropFirst()))
        return .list(subnets.map { .string($0.description) }, elementType: .string)
    }

    /// Subnets one after another inside `network`, each longer than it by the number of bits
    /// the matching argument gives.
    private static func consecutiveSubnets(in network: IPNetwork, extensions: [Value]) throws(FunctionError) -> [IPNetwork] {
        let startLength = network.size.ones
        let width = network.address.bytes.count * 8
        guard let first = extensions.first else { return [] }
        guard let firstLength = first.numberValue?.intValue else {
            throw .argument(index: 1, message: notAnInt)
        }
        var current = network.previousSubnet(prefixLength: firstLength &+ startLength)
        var subnets: [IPNetwork] = []
        for (offset, argument) in extensions.enumerated() {
            let index = offset + 1
            guard let extraBits = argument.numberValue?.intValue else {
                throw .argument(index: index, message: notAnInt)
            }
            guard extraBits >= 1 else {
                throw .argument(index: index, message: "must extend prefix by at least one bit")
            }
            guard extraBits <= 32 else {
                throw .argument(index: index, message: "may not extend prefix by more than 32 bits")
            }
            let length = extraBits + startLength
            guard length <= width else {
                let family = width == 32 ? "IPv4" : "IPv6"
                throw .argument(index: index, message: "would extend prefix to \(length) bits, which is too long for an \(family) address")
            }
            let next: (network: IPNetwork, wrapped: Bool)
            do throws(NetworkError) {
                next = try current.nextSubnet(prefixLength: length)
            } catch {
                throw .call(error.message)
            }
            guard !next.wrapped, network.contains(next.network.address) else {
                throw .argument(index: index, message: "not enough remaining address space for a subnet with a prefix of \(length) bits after \(current)")
            }
            current = next.network
            subnets.append(current)
        }
        return subnets
    }

    /// The network a `prefix` argument names; Terraform reports a bad one as a failed call.
    private static func network(_ prefix: Value) throws(FunctionError) -> IPNetwork {
        do throws(NetworkError) {
            return try IPNetwork(parsing: prefix.stringValue ?? "")
        } catch {
            throw .call("invalid CIDR expression: \(error.message)")
        }
    }

    /// A number argument as the exact integer go-cidr receives.
    private static func bigInteger(_ argument: Value) throws(FunctionError) -> WholeNumber {
        guard let number = argument.numberValue.flatMap(WholeNumber.init) else {
            throw .call("value must be a whole number")
        }
        return number
    }

    /// Terraform's complaint about a number that must be a Go `int`.
    private static let notAnInt = "value must be a whole number, between \(Int64.min) and \(Int64.max)"
}
