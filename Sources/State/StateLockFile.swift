import Foundation

/// The state lock: an exclusive `flock` on a sidecar file next to the state, held through an
/// open descriptor, so that the kernel releases it when its holder exits, however it exits.
/// A `flock` belongs to one open file, so two stores in one process exclude each other too.
struct StateLockFile {
    let path: String

    /// Tries once to take the lock: the locked descriptor, or nil when someone else holds it.
    func acquire() throws(StateError) -> Int32? {
        while true {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { throw failure("cannot open the lock file") }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                let code = errno
                close(descriptor)
                if code == EWOULDBLOCK { return nil }
                throw failure("cannot lock the lock file", code: code)
            }
            // A releasing holder removes the file before it unlocks; a lock taken on the removed
            // file protects nothing, so take it again on the file now at the path.
            if isStillLinked(descriptor) { return descriptor }
            close(descriptor)
        }
    }

    /// Writes the holder's details into the locked file.
    func record(_ data: Data, descriptor: Int32) {
        ftruncate(descriptor, 0)
        _ = data.withUnsafeBytes { bytes in pwrite(descriptor, bytes.baseAddress, bytes.count, 0) }
    }

    /// Removes the file and unlocks it.
    func release(descriptor: Int32) {
        unlink(path)
        close(descriptor)
    }

    /// The details the current holder recorded, whether or not it is still alive.
    func recordedInfo() -> LockInfo? {
        FileManager.default.contents(atPath: path).flatMap(LockInfoRecord.info(from:))
    }

    /// Whether someone holds the lock now. Probes with a shared lock, released at once.
    func isHeld() -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { return errno == EWOULDBLOCK }
        flock(descriptor, LOCK_UN)
        return false
    }

    /// Empties the recorded details, leaving any holder's `flock` as it is.
    func clearRecordedInfo() {
        truncate(path, 0)
    }

    private func isStillLinked(_ descriptor: Int32) -> Bool {
        var opened = stat()
        var linked = stat()
        guard fstat(descriptor, &opened) == 0, stat(path, &linked) == 0 else { return false }
        return opened.st_dev == linked.st_dev && opened.st_ino == linked.st_ino
    }

    private func failure(_ what: String, code: Int32 = errno) -> StateError {
        .writeFailed("\(what) \(path): \(String(cString: strerror(code)))")
    }
}
