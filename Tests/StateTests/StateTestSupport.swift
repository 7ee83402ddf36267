import Addresses
import Foundation
@testable import State

/// A fresh directory under the system's temporary directory, removed when released.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("state-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    /// The path of `name` inside the directory.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }
}

/// The fixture file `name` under Tests/Fixtures/state.
func stateFixture(_ name: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/state/\(name)")
    return try String(contentsOf: url, encoding: .utf8)
}

/// The instance address `text`, in tests where it is known to be valid.
func instance(_ text: String) -> ResourceInstanceAddress {
    (try? AddressParser.instance(text).get()) ?? ResourceInstanceAddress(resource: ResourceAddress(type: "invalid", name: "address"))
}

/// The resource address `text`, in tests where it is known to be valid.
func resource(_ text: String) -> AbsoluteResourceAddress {
    instance(text).containingResource
}

let localProvider = #"provider["registry.terraform.io/hashicorp/local"]"#

/// An object with only the required fields set.
func plainObject(_ address: String, attributes: String = #"{"id":"1"}"#) -> ResourceInstanceObject {
    ResourceInstanceObject(address: instance(address), provider: localProvider, attributesJSON: attributes)
}
