import Addresses
import Engine
import State
import Values

/// State as `iac show`, `iac state show` and `iac state list` print it: each object as a
/// `resource "type" "name" { … }` block with aligned attributes and sensitive values hidden,
/// then the outputs.
public struct StateRenderer: Sendable {
    /// Whether to print Terraform's colors (off for `-no-color`).
    public var color: Bool

    /// A renderer, in color or not.
    public init(color: Bool) {
        self.color = color
    }

    private var renderer: DiffRenderer { DiffRenderer(colorize: Colorizer(enabled: color), hidesSymbols: true) }

    private var options: DiffRenderer.Options {
        var options = DiffRenderer.Options()
        options.showUnchanged = true
        return options
    }

    /// `iac show`: every current object that has a value, in address order, then the outputs.
    public func state(_ snapshot: StateSnapshot, values: [ResourceInstanceAddress: Value]) -> String {
        let objects = snapshot.objects.filter { $0.deposedKey == nil && values[$0.address] != nil }.sorted { $0.address < $1.address }
        if objects.isEmpty && snapshot.outputs.isEmpty {
            return "The state file is empty. No resources are represented.\n"
        }
        var text = objects.compactMap { object in
            values[object.address].map { resource(object.address, value: $0.marking(paths: object.sensitivePaths, with: .sensitive), tainted: object.status == .tainted) }
        }.joined(separator: "\n")
        if !snapshot.outputs.isEmpty {
            text += "\n\nOutputs:\n\n"
            for name in snapshot.outputs.keys.sorted() {
                guard let output = snapshot.outputs[name], var value = try? OutputRenderer.decode(output) else { continue }
                if output.sensitive { value = value.marked(.sensitive) }
                let diff = ValueDiffer().diff(value, value)
                text += "\(name) = \(renderer.render(diff, indent: 0, options: options))\n"
            }
        }
        return text
    }

    /// `iac state show ADDRESS`: one object.
    public func resource(_ address: ResourceInstanceAddress, value: Value, tainted: Bool = false) -> String {
        let mode = address.resource.mode == .data ? "data" : "resource"
        let diff = ValueDiffer().block(value, value)
        return "# \(address.text):\(tainted ? " (tainted)" : "")\n"
            + "\(mode) \"\(address.resource.type)\" \"\(address.resource.name)\" "
            + renderer.render(diff, indent: 0, options: options) + "\n"
    }

    /// `iac state list`: every instance address, in order, one a line.
    public func list(_ snapshot: StateSnapshot) -> String {
        Set(snapshot.objects.map(\.address)).sorted().map { $0.text + "\n" }.joined()
    }
}
