/// Terraform's `replace` for a substring written as `/pattern/`: every match of `pattern` (the
/// text between the slashes) in `string` is replaced by `replacement`, in which `$1`, `${1}`,
/// `$name` and `${name}` stand for capture groups and `$$` for a dollar sign, as in Go's
/// `Regexp.ReplaceAllString`.
func regexReplace(_ string: String, pattern: String, replacement: String) throws(FunctionError) -> String {
    let regex: RegexPattern
    do {
        regex = try RegexPattern(pattern)
    } catch {
        throw .call(error.description)
    }
    return regex.replacingMatches(in: string, with: replacement)
}
