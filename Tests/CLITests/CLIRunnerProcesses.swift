import Foundation

extension CLIRunner {
    /// Starts `iac` with `arguments` and kills it with SIGKILL after `delay`, if it is still running.
    static func runAndKill(_ arguments: [String], in directory: URL, after delay: Duration) throws {
        guard let binary else { throw CLIError.binaryNotBuilt }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Runs `count` copies of `iac` with `arguments` at the same time and collects each result.
    static func runConcurrently(count: Int, _ arguments: [String], in directory: URL) throws -> [Result] {
        guard let binary else { throw CLIError.binaryNotBuilt }
        var processes: [(Process, Pipe, Pipe)] = []
        for _ in 0..<count {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.currentDirectoryURL = directory
            let output = Pipe()
            let error = Pipe()
            process.standardOutput = output
            process.standardError = error
            process.standardInput = FileHandle.nullDevice
            processes.append((process, output, error))
        }
        for (process, _, _) in processes { try process.run() }
        return processes.map { process, output, error in
            let outData = output.fileHandleForReading.readDataToEndOfFile()
            let errData = error.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(
                status: process.terminationStatus,
                standardOutput: String(decoding: outData, as: UTF8.self),
                standardError: String(decoding: errData, as: UTF8.self))
        }
    }
}

extension CLIRunner {
    /// Runs `iac`, sends it `signal` after `delay`, and collects how it ended.
    static func runAndSignal(_ arguments: [String], in directory: URL, signal: Int32, after delay: Duration) throws -> Result {
        guard let binary else { throw CLIError.binaryNotBuilt }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: Double(delay.components.seconds) + Double(delay.components.attoseconds) / 1e18)
        if process.isRunning { kill(process.processIdentifier, signal) }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: outData, as: UTF8.self),
            standardError: String(decoding: errData, as: UTF8.self))
    }
}
