import Config
import HCL
import ProviderKit
import Values

/// The provider configurations one run uses, each a provider instance of its own, keyed the
/// way the module names them (`local`, `aws.west`).
final class RunProviders: Sendable {
    struct Entry: Sendable {
        var address: ProviderAddress
        var provider: any Provider
        /// How state records the configuration: `provider["registry.terraform.io/hashicorp/local"]`.
        var stateText: String
    }

    private let entries: [String: Entry]
    /// Instances for objects in state whose provider the configuration no longer uses, by
    /// state text; they are configured with an empty configuration.
    private let orphans: [String: Entry]

    /// Instances for every provider key `keys` lists and for every provider `stateProviders`
    /// names that no key covers; unknown providers are reported.
    init(
        keys: [String], stateProviders: Set<String>, module: Module, catalog: ProviderCatalog, ranges: [String: SourceRange]
    ) throws(DiagnosticList) {
        var entries: [String: Entry] = [:]
        var diagnostics: [Diagnostic] = []
        for key in keys {
            let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
            let name = parts[0]
            let address = module.requiredProviders[name]?.provider ?? ProviderAddress.implied(by: name)
            guard let factory = catalog.factory(for: address) else {
                diagnostics.append(.error(
                    "Unsupported provider",
                    "This configuration uses the provider \(address.displayString) (as \(goQuoted(name))), which iac does not offer. iac has these providers built in: \(catalog.addresses.joined(separator: ", ")).",
                    at: ranges[key] ?? module.requiredProviders[name]?.range))
                continue
            }
            var stateText = "provider[\"\(address.fullString)\"]"
            if parts.count > 1 { stateText += ".\(parts[1])" }
            entries[key] = Entry(address: address, provider: factory(), stateText: stateText)
        }
        var orphans: [String: Entry] = [:]
        let covered = Set(entries.values.map(\.stateText))
        for text in stateProviders.subtracting(covered).sorted() {
            guard let address = Self.address(inStateText: text) else { continue }
            guard let factory = catalog.factory(for: address) else {
                diagnostics.append(.error(
                    "Unsupported provider",
                    "The state has objects managed by \(address.displayString), which iac does not offer."))
                continue
            }
            orphans[text] = Entry(address: address, provider: factory(), stateText: text)
        }
        if !diagnostics.isEmpty { throw DiagnosticList(diagnostics) }
        self.entries = entries
        self.orphans = orphans
    }

    /// The source address in `provider["host/namespace/type"]` or `...].alias`.
    static func address(inStateText text: String) -> ProviderAddress? {
        guard let open = text.range(of: "[\""), let close = text.range(of: "\"]") else { return nil }
        let parts = text[open.upperBound..<close.lowerBound].split(separator: "/").map(String.init)
        guard parts.count == 3 else { return nil }
        return ProviderAddress(hostname: parts[0], namespace: parts[1], type: parts[2])
    }

    subscript(key: String) -> Entry? { entries[key] }

    /// The entry whose state text is `text`, for objects whose configuration is gone.
    func entry(stateText text: String) -> Entry? {
        entries.values.first { $0.stateText == text } ?? orphans[text]
    }

    /// The instances configured with an empty configuration.
    var orphanEntries: [Entry] { Array(orphans.values) }
}

/// Diagnostics thrown together.
struct DiagnosticList: Error {
    var diagnostics: [Diagnostic]
    init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
}
