import Config
import ProviderKit

/// The providers this build of iac offers, by source address (`registry.terraform.io/hashicorp/local`).
/// The command line fills it; the engine asks it for a fresh provider per configuration.
public struct ProviderCatalog: Sendable {
    public typealias Factory = @Sendable () -> any Provider

    private let factories: [String: Factory]

    /// `factories` keyed by the full source address, e.g. `registry.terraform.io/hashicorp/random`.
    public init(_ factories: [String: Factory]) {
        self.factories = factories
    }

    public func factory(for address: ProviderAddress) -> Factory? {
        factories[address.fullString]
    }

    /// The addresses offered, for messages.
    public var addresses: [String] { factories.keys.sorted() }
}
