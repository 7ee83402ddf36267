import Foundation

/// A failed file operation, worded as Go's `*os.PathError`: `open out/a.txt: permission denied`.
struct FileError: Error, CustomStringConvertible {
    var operation: String
    var path: String
    var code: Int32

    var description: String {
        let message = String(cString: strerror(code))
        return "\(operation) \(path): " + message.prefix(1).lowercased() + message.dropFirst()
    }

    /// Whether the file does not exist.
    var isNotFound: Bool { code == ENOENT }
}

/// The few file operations the local provider needs, done as Go's `os` package does them so
/// that modes, umask and errors match: paths are used as given, relative to the working
/// directory.
enum FileSystem {
    /// The whole content of the file at `path`.
    static func contents(of path: String) throws(FileError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileError(operation: "open", path: path, code: errno) }
        defer { close(descriptor) }
        var content: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileError(operation: "read", path: path, code: errno)
            }
            if count == 0 { return content }
            content += buffer[0..<count]
        }
    }

    /// Writes `content` to `path`, creating the file with `mode` (less the umask) or truncating
    /// an existing one, which keeps its mode.
    static func store(_ content: [UInt8], at path: String, mode: mode_t) throws(FileError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw FileError(operation: "open", path: path, code: errno) }
        var written = 0
        while written < content.count {
            let count = content.withUnsafeBytes { write(descriptor, $0.baseAddress.map { $0 + written }, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw FileError(operation: "write", path: path, code: code)
            }
            written += count
        }
        guard close(descriptor) == 0 else { throw FileError(operation: "close", path: path, code: errno) }
    }

    /// Whether something exists at `path`; the error when it cannot be looked at.
    static func status(_ path: String) -> FileError? {
        var information = stat()
        return stat(path, &information) == 0 ? nil : FileError(operation: "stat", path: path, code: errno)
    }

    /// Creates the directory `path` and any missing parents with `mode` (less the umask), like
    /// Go's `os.MkdirAll`.
    static func makeDirectories(_ path: String, mode: mode_t) throws(FileError) {
        var information = stat()
        if stat(path, &information) == 0 {
            if information.st_mode & S_IFMT == S_IFDIR { return }
            throw FileError(operation: "mkdir", path: path, code: ENOTDIR)
        }
        let parent = directory(of: path)
        if parent != path && parent != "." {
            try makeDirectories(parent, mode: mode)
        }
        if mkdir(path, mode) != 0 {
            let code = errno
            if stat(path, &information) == 0 && information.st_mode & S_IFMT == S_IFDIR { return }
            throw FileError(operation: "mkdir", path: path, code: code)
        }
    }

    /// Removes the file at `path`, if it can.
    static func remove(_ path: String) {
        unlink(path)
    }

    /// The directory part of `path`, as Go's `filepath.Dir` gives it: `.` for a bare name, `/`
    /// for a file at the root.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let directory = String(path[..<slash])
        if directory.isEmpty { return "/" }
        return cleaned(directory)
    }

    /// Repeated and trailing slashes and `.` components removed, as Go's `filepath.Clean` does
    /// (leaving `..` alone where it cannot be resolved).
    private static func cleaned(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == ".." && absolute && parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}
