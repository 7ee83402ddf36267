import ProviderKit
import Values

extension BlockSchema {
    /// An object of this block with every attribute null and every nested block absent.
    var nullObject: Value {
        var attributes: [String: Value] = [:]
        for (name, attribute) in self.attributes { attributes[name] = .null(attribute.type) }
        for (name, nested) in blocks {
            attributes[name] = switch nested.nesting {
            case .single: .null(nested.impliedType)
            case .group: nested.block.nullObject
            case .list: .list([], elementType: nested.block.impliedType)
            case .set: .set([], elementType: nested.block.impliedType)
            case .map: .map([:], elementType: nested.block.impliedType)
            }
        }
        return .object(attributes)
    }
}
