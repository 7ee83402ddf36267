import ArgumentParser

/// The `iac` command line: one subcommand per Terraform command that iac implements.
@main
struct IAC: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iac",
        abstract: "Infrastructure as code: Terraform-compatible configuration, plan and apply.",
        version: "0.1.0",
        subcommands: [ValidateCommand.self, FmtCommand.self, ConsoleCommand.self]
    )
}
