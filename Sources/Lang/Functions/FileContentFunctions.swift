import Foundation
import Values

/// The functions that read a file's contents: `file`, `filebase64` and the file hash functions
/// (`filemd5`, `filesha256`, `filebase64sha512`, …).
enum FileContentFunctions {
    /// How `file`-like functions return the contents.
    enum ContentEncoding {
        /// As a string, which requires valid UTF-8 (`file`).
        case text
        /// As standard base64 (`filebase64`).
        case base64
    }

    static func file(baseDirectory: String, encoding: ContentEncoding) -> Function {
        Function(
            parameters: [FunctionParameter("path", .string, allowsMarked: true)], returns: .string
        ) { arguments throws(FunctionError) in
            let (plain, marks) = arguments[0].unmarked()
            let path = plain.stringValue ?? ""
            let contents: [UInt8]
            switch read(path, baseDirectory: baseDirectory) {
            case .success(let bytes):
                contents = bytes
            case .failure(let error) where error.isNotFound:
                throw .argument(
                    index: 0,
                    message: "no file exists at \(FilesystemFunctions.redacted(path, marks)); this function works "
                        + "only with files that are distributed as part of the configuration source code, so if "
                        + "this file will be created by a resource in this configuration you must instead obtain "
                        + "this result from an attribute of that resource"
                )
            case .failure(let error):
                let message = error.operation == "read" ? "failed to read file: " + error.message : error.message
                throw .argument(index: 0, message: message)
            }
            switch encoding {
            case .base64:
                return Value.string(Data(contents).base64EncodedString()).marked(marks)
            case .text:
                guard let text = String(validating: contents, as: UTF8.self) else {
                    throw .call(
                        "contents of \(FilesystemFunctions.redacted(path, marks)) are not valid UTF-8; use the "
                            + "filebase64 function to obtain the Base64 encoded contents or the other file "
                            + "functions (e.g. filemd5, filesha256) to obtain file hashing results instead"
                    )
                }
                return Value.string(text).marked(marks)
            }
        }
    }

    static func hash(
        baseDirectory: String, _ algorithm: HashAlgorithm, _ encoding: DigestEncoding
    ) -> Function {
        Function(parameters: [FunctionParameter("path", .string)], returns: .string) { arguments throws(FunctionError) in
            switch read(arguments[0].stringValue ?? "", baseDirectory: baseDirectory) {
            case .success(let contents): return .string(encoding.encode(algorithm.digest(contents)))
            case .failure(let error): throw .call(error.message)
            }
        }
    }

    /// The contents of the file, with Go's texts for failures: `failed to expand ~: …`,
    /// `open PATH: …` or `read PATH: …`.
    private static func read(_ path: String, baseDirectory: String) -> Result<[UInt8], LocalFileError> {
        switch LocalFiles.resolve(path, base: baseDirectory) {
        case .success(let resolved):
            return LocalFiles.contents(of: resolved)
        case .failure(let error):
            return .failure(LocalFileError(operation: "", code: 0, message: "failed to expand ~: " + error.message))
        }
    }
}
