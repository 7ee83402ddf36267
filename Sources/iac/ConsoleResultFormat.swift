import Config
import Render

extension ConsoleValueFormat {
    /// A console result as `terraform console` prints it.
    static func format(_ result: ConsoleSession.Result) -> String {
        switch result {
        case .value(let value): format(value)
        case .type(let type): ConsoleTypeFormat.format(type)
        case .typeOfType: "type"
        }
    }
}
