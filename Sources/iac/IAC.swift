import ArgumentParser

/// The `iac` command line: one subcommand per Terraform command that iac implements.
@main
struct IAC: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "iac",
        abstract: "Infrastructure as code: Terraform-compatible configuration, plan and apply.",
        version: "0.1.0",
        subcommands: [
            InitCommand.self, ValidateCommand.self, PlanCommand.self, ApplyCommand.self, DestroyCommand.self,
            ConsoleCommand.self, FmtCommand.self, GraphCommand.self, OutputCommand.self, ShowCommand.self,
            StateCommand.self, TaintCommand.self, UntaintCommand.self, ForceUnlockCommand.self,
        ]
    )
}
