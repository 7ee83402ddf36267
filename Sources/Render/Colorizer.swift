/// Terraform's color markup (`[bold]`, `[red]`, `[reset]`, …) turned into terminal escape codes,
/// or removed when color is off. Like Terraform's colorizer, a fragment that used any code ends
/// with a reset.
struct Colorizer: Sendable {
    var enabled: Bool

    private static let codes: [String: String] = [
        "reset": "0", "bold": "1", "underline": "4",
        "red": "31", "green": "32", "yellow": "33", "blue": "34", "magenta": "35", "cyan": "36",
        "dark_gray": "90",
    ]

    /// The fragment with every known `[code]` replaced; unknown bracketed words stay as written.
    func callAsFunction(_ fragment: String) -> String {
        var result = ""
        var used = false
        var rest = Substring(fragment)
        while let open = rest.firstIndex(of: "[") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "]"),
                let code = Self.codes[String(rest[afterOpen..<close])]
            else {
                result.append("[")
                rest = rest[afterOpen...]
                continue
            }
            used = true
            if enabled { result += "\u{1B}[\(code)m" }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        if used && enabled { result += "\u{1B}[0m" }
        return result
    }

    /// The template colored, then each `%s` in it replaced by the next argument, so that the
    /// arguments are never read as markup (Terraform's `fmt.Sprintf(colorize.Color(…), …)`).
    func format(_ template: String, _ arguments: String...) -> String {
        var pieces = self(template).components(separatedBy: "%s")
        var result = pieces.removeFirst()
        for (index, piece) in pieces.enumerated() {
            result += (index < arguments.count ? arguments[index] : "") + piece
        }
        return result
    }
}
