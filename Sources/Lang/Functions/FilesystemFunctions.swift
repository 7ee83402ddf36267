import Values

/// Terraform's filesystem functions. Relative paths given to the functions that read files are
/// resolved against `baseDirectory`, the module's directory (`path.module`; "." for the root
/// module, which keeps error messages as Terraform prints them).
public enum FilesystemFunctions {
    public static func all(baseDirectory: String) -> [String: Function] {
        [
            "abspath": abspath,
            "basename": pathFunction { .success(GoPath.base($0)) },
            "dirname": pathFunction { .success(GoPath.dir($0)) },
            "pathexpand": pathFunction { path in LocalFiles.expandHome(path).mapError { .call($0.message) } },
            "file": FileContentFunctions.file(baseDirectory: baseDirectory, encoding: .text),
            "filebase64": FileContentFunctions.file(baseDirectory: baseDirectory, encoding: .base64),
            "fileexists": fileexists(baseDirectory: baseDirectory),
            "fileset": fileset(baseDirectory: baseDirectory),
            "filemd5": FileContentFunctions.hash(baseDirectory: baseDirectory, .md5, .hex),
            "filesha1": FileContentFunctions.hash(baseDirectory: baseDirectory, .sha1, .hex),
            "filesha256": FileContentFunctions.hash(baseDirectory: baseDirectory, .sha256, .hex),
            "filesha512": FileContentFunctions.hash(baseDirectory: baseDirectory, .sha512, .hex),
            "filebase64sha256": FileContentFunctions.hash(baseDirectory: baseDirectory, .sha256, .base64),
            "filebase64sha512": FileContentFunctions.hash(baseDirectory: baseDirectory, .sha512, .base64),
        ]
    }

    /// A function of one string `path` that computes a string from it.
    private static func pathFunction(
        _ transform: @escaping @Sendable (String) -> Result<String, FunctionError>
    ) -> Function {
        Function(parameters: [FunctionParameter("path", .string)], returns: .string) { arguments throws(FunctionError) in
            .string(try transform(arguments[0].stringValue ?? "").get())
        }
    }

    /// `abspath`: the path made absolute against the working directory, then cleaned.
    static let abspath = pathFunction { path in
        .success(GoPath.isAbsolute(path) ? GoPath.clean(path) : GoPath.join(LocalFiles.workingDirectory(), path))
    }

    static func fileexists(baseDirectory: String) -> Function {
        Function(
            parameters: [FunctionParameter("path", .string, allowsMarked: true)], returns: .bool
        ) { arguments throws(FunctionError) in
            let (plain, marks) = arguments[0].unmarked()
            let path: String
            switch LocalFiles.resolve(plain.stringValue ?? "", base: baseDirectory) {
            case .success(let resolved): path = resolved
            case .failure(let error): throw .call("failed to expand ~: " + error.message)
            }
            let name = redacted(path, marks)
            switch LocalFiles.kind(path) {
            case .failure(let error) where error.isNotFound: return Value.false.marked(marks)
            case .failure: throw .call("failed to stat \(name)")
            case .success(.regular): return Value.true.marked(marks)
            case .success(.directory): throw .call("\(name) is a directory, not a file")
            case .success(.device): throw .call("\(name) is a device node, not a regular file")
            case .success(.namedPipe): throw .call("\(name) is a named pipe, not a regular file")
            case .success(.socket): throw .call("\(name) is a unix domain socket, not a regular file")
            case .success(.other): throw .call("\(name) is not a regular file")
            }
        }
    }

    static func fileset(baseDirectory: String) -> Function {
        Function(
            parameters: [
                FunctionParameter("path", .string, allowsMarked: true),
                FunctionParameter("pattern", .string, allowsMarked: true),
            ],
            returns: .set(.string)
        ) { arguments throws(FunctionError) in
            let (pathValue, pathMarks) = arguments[0].unmarked()
            let (patternValue, patternMarks) = arguments[1].unmarked()
            let marks = pathMarks.union(patternMarks)
            var path = pathValue.stringValue ?? ""
            if !GoPath.isAbsolute(path) { path = GoPath.join(baseDirectory, path) }
            let pattern = GoPath.join(path, patternValue.stringValue ?? "")
            let matches: [String]
            do throws(Glob.BadPattern) {
                matches = try Glob.glob(pattern)
            } catch {
                throw .call("failed to glob pattern \(redacted(pattern, marks)): syntax error in pattern")
            }
            var found: [Value] = []
            for match in matches {
                switch LocalFiles.kind(match) {
                case .failure(let error): throw .call("failed to stat \(redacted(match, marks)): \(error.message)")
                case .success(let kind) where kind != .regular: continue
                case .success: break
                }
                switch GoPath.relative(match, to: path) {
                case .success(let relative): found.append(.string(relative))
                case .failure(let error):
                    throw .call("failed to trim path of match \(redacted(match, marks)): \(error.message)")
                }
            }
            return Value.set(found, elementType: .string).marked(marks)
        }
    }

    /// A path for an error message: quoted, or hidden when the argument was sensitive.
    static func redacted(_ path: String, _ marks: Set<Mark>) -> String {
        marks.contains(.sensitive) ? "(sensitive value)" : goQuoted(path)
    }
}
