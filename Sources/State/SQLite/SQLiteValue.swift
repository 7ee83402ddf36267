import Foundation

/// A value bound to a statement parameter.
enum SQLiteValue: Sendable {
    case null
    case integer(Int)
    case real(Double)
    case text(String)
    case blob(Data)
}

extension SQLiteValue {
    /// Text or null.
    static func text(_ text: String?) -> SQLiteValue {
        text.map { SQLiteValue.text($0) } ?? .null
    }

    /// 1 for true, 0 for false.
    static func bool(_ flag: Bool) -> SQLiteValue {
        .integer(flag ? 1 : 0)
    }
}
