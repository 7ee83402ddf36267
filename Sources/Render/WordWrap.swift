/// Greedy word wrapping at spaces, as Terraform wraps diagnostic details.
enum WordWrap {
    static func wrap(_ text: String, width: Int) -> String {
        guard width > 0, text.count > width else { return text }
        var lines: [String] = []
        var current = ""
        var currentLength = 0
        var pendingSpaces = ""
        var word = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            if currentLength + pendingSpaces.count + word.count > width && currentLength > 0 {
                lines.append(current)
                current = word
                currentLength = word.count
            } else {
                current += pendingSpaces + word
                currentLength += pendingSpaces.count + word.count
            }
            pendingSpaces = ""
            word = ""
        }
        for character in text {
            if character == " " {
                flushWord()
                pendingSpaces.append(character)
            } else {
                word.append(character)
            }
        }
        flushWord()
        lines.append(current + pendingSpaces)
        return lines.joined(separator: "\n")
    }
}
