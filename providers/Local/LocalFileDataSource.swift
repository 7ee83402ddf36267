import ProviderKit
import Values

/// The file data sources: they read `filename` and give its content, as text and as base64,
/// with its checksums.
struct LocalFileDataSource: Sendable {
    let kind: LocalFileKind

    func read(_ config: Value) throws(ProviderError) -> Value {
        let filename = config[attribute: "filename"]?.stringValue ?? ""
        let content: [UInt8]
        do {
            content = try FileSystem.contents(of: filename)
        } catch {
            throw ProviderError("Read local file data source error", "The file at given path cannot be read.\n\n+Original Error: \(error)")
        }
        var state = kind.dataSourceSchema.block.emptyValue
            .settingAttribute("filename", to: config[attribute: "filename"] ?? .null(.string))
            .settingAttribute("content", to: .string(String(decoding: content, as: UTF8.self)))
            .settingAttribute("content_base64", to: .string(Base64Text.encode(content)))
        for (name, value) in FileChecksums.attributes(of: content) {
            state = state.settingAttribute(name, to: value)
        }
        return state
    }
}
