import ArgumentParser
import Foundation
import HCL
import Render

/// `iac fmt`: rewrites configuration files in the canonical layout, with Terraform's options,
/// output and exit codes (0 done, 1 bad flags, 2 errors, 3 `-check` found unformatted input).
struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Reformat your configuration in the standard style",
        discussion: FmtCommand.usage)

    @Argument(parsing: .captureForPassthrough, help: "Options in Terraform's form (-list=false, -check, ...) and files or directories; - reads standard input.")
    var arguments: [String] = []

    static let usage = """
        Usage: iac [global options] fmt [options] [target...]

          Rewrites all Terraform configuration files to a canonical format. All
          configuration files (.tf), variables files (.tfvars), and testing files
          (.tftest.hcl) are updated. JSON files (.tf.json, .tfvars.json, or
          .tftest.json) are not modified.

          By default, fmt scans the current directory for configuration files. If you
          provide a directory for the target argument, then fmt will scan that
          directory instead. If you provide a file, then fmt will process just that
          file. If you provide a single dash ("-"), then fmt will read from standard
          input (STDIN).

          The content must be in the Terraform language native syntax; JSON is not
          supported.

        Options:

          -list=false    Don't list files whose formatting differs
                         (always disabled if using STDIN)

          -write=false   Don't write to source files
                         (always disabled if using STDIN or -check)

          -diff          Display diffs of formatting changes

          -check         Check if the input is formatted. Exit status will be 0 if all
                         input is properly formatted and non-zero otherwise.

          -no-color      If specified, output won't contain any color.

          -recursive     Also process files in subdirectories. By default, only the
                         given directory (or current directory) is processed.
        """

    func run() throws {
        let beforeSeparator = arguments.prefix { $0 != "--" }
        if beforeSeparator.contains(where: { ["-h", "-help", "--help"].contains($0) }) {
            Terminal.write(Self.usage + "\n")
            return
        }
        let defaults = ["list": true, "write": true, "diff": false, "check": false, "recursive": false, "no-color": false]
        let flags: BooleanFlags
        switch BooleanFlags.parse(arguments, defaults: defaults) {
        case .success(let parsed):
            flags = parsed
        case .failure(let error):
            Terminal.writeError(Self.usage + "\nError parsing command-line flags: \(error.message)\n\n")
            throw ExitCode(1)
        }

        var options = FmtRun.Options(
            list: flags["list"], write: flags["write"], diff: flags["diff"], check: flags["check"],
            recursive: flags["recursive"])
        let readsStandardInput = flags.positional.first == "-"
        if readsStandardInput {
            options.list = false
            options.write = false
        }
        var run = FmtRun(options: options)
        if readsStandardInput {
            run.formatStandardInput()
        } else {
            run.format(paths: flags.positional.isEmpty ? ["."] : flags.positional)
        }

        if !run.diagnostics.isEmpty {
            let color = !flags["no-color"] && Terminal.isTerminal(STDERR_FILENO)
            let renderer = DiagnosticRenderer(files: run.parsedFiles, color: color, width: Terminal.columns(STDERR_FILENO))
            // Terraform's fmt prints each diagnostic as a message of its own, one blank line after it.
            Terminal.writeError(DiagnosticOrder.sorted(run.diagnostics).map { renderer.render($0) + "\n" }.joined())
        }
        if run.diagnostics.hasErrors { throw ExitCode(2) }
        if options.check {
            if options.list && !run.output.isEmpty { FileHandle.standardOutput.write(Data(run.output.linesForDisplay)) }
            if !run.output.isEmpty { throw ExitCode(3) }
        }
    }
}
