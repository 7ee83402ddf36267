import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failed file system call, with the text Go's `os` package gives for it.
struct LocalFileError: Error, Equatable {
    /// The failed call ("open", "read", "stat"), or empty for a failure before any call.
    let operation: String
    /// The system error number (ENOENT, EISDIR, …), or 0 for a failure before any call.
    let code: Int32
    /// Go's text, such as `open files/x: no such file or directory`.
    let message: String

    var isNotFound: Bool { code == ENOENT }

    /// Go's `*PathError` text: the operation, the path and the lower-case system message.
    static func call(_ operation: String, _ path: String, code: Int32) -> LocalFileError {
        LocalFileError(operation: operation, code: code, message: "\(operation) \(path): \(systemMessage(code))")
    }

    private static func systemMessage(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}

/// What a path names, as Terraform's `fileexists` distinguishes it.
enum LocalFileKind: Equatable {
    case regular, directory, device, namedPipe, socket, other
}

/// File system access for the file functions, with Go's path handling and error texts:
/// `~` expansion, relative paths resolved against the module directory.
enum LocalFiles {
    /// The path with a leading `~` or `~/` replaced by the home directory (go-homedir's rules).
    static func expandHome(_ path: String) -> Result<String, LocalFileError> {
        guard path.utf8.first == UInt8(ascii: "~") else { return .success(path) }
        let rest = String(decoding: path.utf8.dropFirst(), as: UTF8.self)
        if let next = rest.utf8.first, next != UInt8(ascii: "/"), next != UInt8(ascii: "\\") {
            return .failure(LocalFileError(operation: "", code: 0, message: "cannot expand user-specific home dir"))
        }
        guard let home = homeDirectory() else {
            return .failure(LocalFileError(operation: "", code: 0, message: "blank output when reading home directory"))
        }
        return .success(GoPath.join(home, rest))
    }

    /// The home directory: `$HOME`, or the password database's entry for this user.
    static func homeDirectory() -> String? {
        if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { return home }
        guard let entry = getpwuid(getuid()), let directory = entry.pointee.pw_dir else { return nil }
        let home = String(cString: directory)
        return home.isEmpty ? nil : home
    }

    /// `path` with `~` expanded, joined to `base` unless absolute, and cleaned.
    static func resolve(_ path: String, base: String) -> Result<String, LocalFileError> {
        expandHome(path).map { expanded in
            GoPath.clean(GoPath.isAbsolute(expanded) ? expanded : GoPath.join(base, expanded))
        }
    }

    /// The whole contents of the file at an already resolved path.
    static func contents(of path: String) -> Result<[UInt8], LocalFileError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { return .failure(.call("open", path, code: errno)) }
        defer { close(descriptor) }
        var contents: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.call("read", path, code: errno))
            }
            if count == 0 { return .success(contents) }
            contents.append(contentsOf: buffer[0..<count])
        }
    }

    /// What the path names, following symbolic links.
    static func kind(_ path: String) -> Result<LocalFileKind, LocalFileError> {
        var status = stat()
        if stat(path, &status) != 0 { return .failure(.call("stat", path, code: errno)) }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .success(.regular)
        case S_IFDIR: return .success(.directory)
        case S_IFCHR, S_IFBLK: return .success(.device)
        case S_IFIFO: return .success(.namedPipe)
        case S_IFSOCK: return .success(.socket)
        default: return .success(.other)
        }
    }

    /// The working directory as Go reports it: `$PWD` when it names the same directory.
    static func workingDirectory() -> String {
        let current = FileManager.default.currentDirectoryPath
        guard let pwd = ProcessInfo.processInfo.environment["PWD"], GoPath.isAbsolute(pwd) else { return current }
        var pwdStatus = stat()
        var dotStatus = stat()
        guard stat(pwd, &pwdStatus) == 0, stat(".", &dotStatus) == 0,
            pwdStatus.st_dev == dotStatus.st_dev, pwdStatus.st_ino == dotStatus.st_ino
        else { return current }
        return pwd
    }
}
